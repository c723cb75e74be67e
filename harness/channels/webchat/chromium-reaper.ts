/**
 * Why a run used to leave Chromium zombies behind, and the fix. On close, Chromium's browser
 * process exits a moment before its two zygote processes (and the crashpad handlers it starts
 * with a double fork); the kernel hands those orphans to PID 1, and whether they are ever reaped
 * depends on PID 1 — a container without an init (or `node` as PID 1) never reaps them, a
 * sandbox's process manager does so seconds later. Playwright cannot help: it only waits for the
 * process it spawned.
 *
 * So Chromium is started through chromium-reaper.pl, a few lines of Perl that make themselves a
 * child subreaper (prctl), run Chromium as their child and wait for every process it leaves
 * behind before exiting. Playwright waits for the wrapper, so `browser.close()` returns once
 * nothing of the browser is left. Perl because perl-base is Essential on Debian (the same host
 * where `npm run setup` installs Chromium); without Perl, or on an architecture whose prctl
 * syscall number we do not know, Chromium is started directly, as before.
 */
import { constants } from 'node:fs';
import { access, chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const REAPER_SCRIPT = fileURLToPath(new URL('./chromium-reaper.pl', import.meta.url));
const PERL = '/usr/bin/perl';

/** prctl(2)'s syscall number per Node architecture (Linux). */
const PRCTL_SYSCALL: Partial<Record<string, number>> = { x64: 157, arm64: 167, arm: 172, ia32: 172 };

export interface LaunchTarget {
  /** What Playwright starts: the wrapper, or Chromium itself. */
  executablePath: string;
  /** Environment for it (the wrapper reads the real executable from it); undefined = inherit. */
  env?: Record<string, string | undefined>;
  reaped: boolean;
}

async function executable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * How to start `chromium` so its processes are reaped. `enabled: false` (or no Perl, no known
 * syscall number, not Linux) starts it directly.
 */
export async function reapedLaunch(chromium: string, enabled = true): Promise<LaunchTarget> {
  const prctl = PRCTL_SYSCALL[process.arch];
  if (!enabled || process.platform !== 'linux' || prctl === undefined || !(await executable(PERL))) {
    return { executablePath: chromium, reaped: false };
  }
  // Git keeps the script's exec bit, a tarball may not: restore it, or do without the wrapper.
  if (!(await executable(REAPER_SCRIPT))) await chmod(REAPER_SCRIPT, 0o755).catch(() => {});
  if (!(await executable(REAPER_SCRIPT))) return { executablePath: chromium, reaped: false };
  return {
    executablePath: REAPER_SCRIPT,
    env: { ...process.env, MS_CHROMIUM_EXECUTABLE: chromium, MS_PRCTL_SYSCALL: String(prctl) },
    reaped: true,
  };
}
