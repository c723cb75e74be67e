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

/** Flags that work on this kind of host (no sandbox in containers, no GPU, no background traffic). */
export const REQUIRED_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // The WebUI omnibox popups cost a renderer each; disabling them halves memory per context.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

export function chromiumArgs(config: BrowserConfig): string[] {
  return [...REQUIRED_CHROMIUM_ARGS, ...CHAT_WINDOW_ARGS, ...config.extraArgs];
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
