/**
 * One Chromium for every chat of a run: launched lazily on the first contact (a run without web
 * chats never starts a browser) and shared by all contexts, because 200 browsers would not fit on
 * a small machine but 200 contexts in one browser do. Debian's Chromium, never a download.
 */
import { access, constants } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import type { BrowserConfig } from '../../config/types.js';
import type { InteractionError } from '../../interaction/types.js';
import { CHAT_WINDOW_ARGS } from './chat-context.js';
import { reapedLaunch } from './chromium-reaper.js';
import { browserLaunchFailed, browserMissing } from './errors.js';
import { watchNetworkServicePriority } from './network-priority.js';

/** Flags that work on this kind of host (no sandbox in containers, no GPU, no background traffic). */
export const REQUIRED_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // No site isolation: a vendor's chat iframe (another site than the shop page) would get a
  // renderer process of its own in the full Chromium — two renderers per chat; the headless shell
  // never isolates sites, so this makes both executables alike. We are a test client: isolating the
  // shop page from the vendor's frame protects nothing of ours. Measured (full Chromium, a
  // cross-site vendor-launcher chat): 17 → 8 renderers for 8 chats, launcher click and frame
  // lookup 34 → 18 and 23 → 19 CDP messages (no out-of-process frame to attach).
  '--disable-site-isolation-trials',
  // ONE --disable-features list (Chromium keeps only the last one; chromiumArgs merges the config's in).
  // The WebUI omnibox popups cost a renderer each; disabling them halves memory per context.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,IsolateOrigins,site-per-process',
];

/** Switches whose values are lists: Chromium keeps only the LAST occurrence of each. */
const LIST_SWITCHES = ['--disable-features=', '--enable-features='] as const;

/**
 * The launch flags: ours, the window size, then the config's. A feature list given twice would
 * not add up — Chromium keeps only the last `--disable-features` (measured: an extra flag that
 * silently dropped the WebUI popups from the list cost 7× the renderer CPU) — so every
 * `--disable-features=` / `--enable-features=` is merged into one flag, at the first one's place.
 */
export function chromiumArgs(config: BrowserConfig): string[] {
  return mergeFeatureLists([...REQUIRED_CHROMIUM_ARGS, ...CHAT_WINDOW_ARGS, ...config.extraArgs]);
}

export function mergeFeatureLists(args: readonly string[]): string[] {
  const out: string[] = [];
  const lists = new Map<string, { index: number; names: string[] }>();
  for (const arg of args) {
    const prefix = LIST_SWITCHES.find((p) => arg.startsWith(p));
    if (!prefix) {
      out.push(arg);
      continue;
    }
    const names = arg.slice(prefix.length).split(',').map((n) => n.trim()).filter(Boolean);
    const list = lists.get(prefix);
    if (list) {
      for (const name of names) if (!list.names.includes(name)) list.names.push(name);
    } else {
      lists.set(prefix, { index: out.length, names: [...new Set(names)] });
      out.push(prefix);
    }
  }
  for (const [prefix, { index, names }] of lists) out[index] = prefix + names.join(',');
  return out;
}

/** Debian's package `chromium-headless-shell`: the same Chromium build without the desktop browser. */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The executable to start. A headless run with the default Chromium uses the headless shell when
 * it is installed: measured on 2 cores (npm run bench -- chat-start), a chat's start costs about
 * half the CPU (≈200 vs ≈400 ms, the browser process's share 54 vs 178 ms: the shell creates a
 * context without the desktop browser's per-profile services) and chats start twice as fast.
 * An executable chosen in the config is always used as given.
 */
export async function chooseExecutable(config: BrowserConfig, preferHeadlessShell: boolean, shell = HEADLESS_SHELL): Promise<string> {
  if (!preferHeadlessShell || !config.headless || config.executablePath !== DEFAULT_CHROMIUM) return config.executablePath;
  try {
    await access(shell, constants.X_OK);
    return shell;
  } catch {
    return config.executablePath;
  }
}

export type BrowserResult = { ok: true; browser: Browser } | { ok: false; error: InteractionError };

export interface SharedBrowserOptions {
  /** How long Chromium may take to start on a busy machine. @default 60000 */
  launchTimeoutMs?: number;
  /**
   * Start Chromium through the reaper wrapper (chromium-reaper.ts) so none of its processes is
   * left behind as a zombie after close. @default true
   */
  reapChildren?: boolean;
  /**
   * Headless with the default executable: use `chromium-headless-shell` when it is installed
   * (see chooseExecutable). @default true
   */
  preferHeadlessShell?: boolean;
  /** Renice Chromium's network service to the browser process's priority (network-priority.ts). @default false */
  networkServicePriority?: boolean;
}

export class SharedBrowser {
  private launching: Promise<BrowserResult> | null = null;
  private closed = false;

  constructor(
    private readonly config: BrowserConfig,
    private readonly options: SharedBrowserOptions = {},
  ) {}

  /**
   * The running browser, launched on first use. Failures are data (missing executable, launch
   * error) and are not cached, so a later contact tries again (e.g. after `npm run setup`).
   */
  get(): Promise<BrowserResult> {
    if (this.closed) {
      return Promise.resolve({ ok: false, error: { code: 'E_BROWSER_CLOSED', message: 'the web-chat channel was closed' } });
    }
    this.launching ??= this.launch().then((result) => {
      if (!result.ok) this.launching = null;
      return result;
    });
    return this.launching;
  }

  private async launch(): Promise<BrowserResult> {
    const { headless } = this.config;
    const executablePath = await chooseExecutable(this.config, this.options.preferHeadlessShell ?? true);
    try {
      await access(executablePath, constants.X_OK);
    } catch {
      return { ok: false, error: browserMissing(executablePath) };
    }
    try {
      const target = await reapedLaunch(executablePath, this.options.reapChildren ?? true);
      const browser = await chromium.launch({
        executablePath: target.executablePath,
        ...(target.env ? { env: target.env } : {}),
        headless,
        args: chromiumArgs(this.config),
        timeout: this.options.launchTimeoutMs ?? 60_000,
        // The runner owns Ctrl-C: it aborts contacts, lets them finish as "abandoned", then closes us.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      // A crashed browser is replaced on the next contact instead of failing every later one.
      browser.on('disconnected', () => {
        if (this.launching) this.launching = null;
      });
      if (this.closed) {
        await browser.close().catch(() => {});
        return { ok: false, error: { code: 'E_BROWSER_CLOSED', message: 'the web-chat channel was closed' } };
      }
      if (this.options.networkServicePriority) void watchNetworkServicePriority(() => !this.closed && browser.isConnected()).catch(() => {});
      return { ok: true, browser };
    } catch (err) {
      return { ok: false, error: browserLaunchFailed(executablePath, (err as Error).message) };
    }
  }

  /** Close the browser if it was started. Idempotent. */
  async close(): Promise<void> {
    this.closed = true;
    const launching = this.launching;
    this.launching = null;
    if (!launching) return;
    const result = await launching;
    if (result.ok) await result.browser.close().catch(() => {});
  }
}
