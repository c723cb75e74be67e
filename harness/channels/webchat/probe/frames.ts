/**
 * Node-side access to the in-page helpers across a page's frames: install them, call them, wait
 * for a page to settle, find the frame that holds a chat, and name the iframe chain that leads to
 * it with selectors the harness can resolve (`target.widget.frame`).
 */
import type { Frame, Page } from 'playwright-core';
import { probeCall, probeScript } from './probe-script.js';

const SCRIPT = probeScript();

/** Run an in-page helper in a frame, installing the helpers first; undefined if the frame went away. */
export async function callIn<T>(frame: Frame, name: string, ...args: unknown[]): Promise<T | undefined> {
  try {
    await frame.evaluate(SCRIPT);
    return (await frame.evaluate(probeCall(name, ...args))) as T;
  } catch {
    // Detached or navigating frames are normal while a widget opens; the caller polls again.
    return undefined;
  }
}

/**
 * A page function built at run time from source text: Playwright passes arguments only to
 * functions (a string is evaluated as an expression, its argument dropped), and a Function made
 * here is never rewritten by tsx.
 */
export function pageFunction<A, R>(param: string, body: string): (arg: A) => R {
  return new Function(param, body) as (arg: A) => R;
}

/** Same, for a helper that takes an element of this frame (e.g. an iframe's own element). */
export async function callWithElement<T>(frame: Frame, name: string, element: unknown): Promise<T | undefined> {
  try {
    await frame.evaluate(SCRIPT);
    return (await frame.evaluate(pageFunction<unknown, T>('el', `return window.__msProbe.${name}(el);`), element)) as T;
  } catch {
    return undefined;
  }
}

export function liveFrames(page: Page): Frame[] {
  return page.frames().filter((f) => !f.isDetached());
}

/**
 * Wait until the page stops changing (frame count and element count the same twice in a row),
 * bounded: widget loaders inject their iframes a moment after `load`.
 */
export async function settle(page: Page, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = '';
  let stable = 0;
  while (Date.now() < deadline && stable < 2) {
    await page.waitForTimeout(300);
    const counts: string[] = [];
    for (const f of liveFrames(page)) {
      counts.push(String((await f.evaluate('document.getElementsByTagName("*").length').catch(() => -1)) as number));
    }
    const now = counts.join(',');
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

export interface ScoredPart {
  selector: string;
  quality: string;
  score: number;
  why: string[];
  element: string;
  visible: boolean;
}

export interface ComposerScan {
  input: ScoredPart | null;
  send?: ScoredPart | null;
  messages?: ScoredPart | null;
}

export interface PrechatScan {
  form: string;
  fields: { selector: string; quality: string; kind: string; label: string; required: boolean }[];
  submit: ScoredPart | null;
}

export interface FrameHit<T> {
  frame: Frame;
  found: T;
}

/** The frame with the most convincing composer (a message list next to it counts). */
export async function findComposerFrame(page: Page, minScore = 3): Promise<FrameHit<ComposerScan> | null> {
  let best: FrameHit<ComposerScan> | null = null;
  let bestScore = -Infinity;
  for (const frame of liveFrames(page)) {
    const scan = await callIn<ComposerScan>(frame, 'findComposer');
    if (!scan?.input) continue;
    const score = scan.input.score + (scan.messages ? 2 : 0) + (scan.send ? 1 : 0);
    if (scan.input.score >= minScore && score > bestScore) {
      best = { frame, found: scan };
      bestScore = score;
    }
  }
  return best;
}

export async function findPrechatFrame(page: Page): Promise<FrameHit<PrechatScan> | null> {
  for (const frame of liveFrames(page)) {
    const scan = await callIn<PrechatScan | null>(frame, 'findPrechat');
    if (scan && scan.submit) return { frame, found: scan };
  }
  return null;
}

export interface FrameStep {
  selector: string;
  quality: string;
  element: string;
}

/**
 * Selectors for the iframes from the top page down to `frame`, outermost first, each resolved in
 * its parent document. Null if an iframe element cannot be named uniquely.
 */
export async function frameChain(frame: Frame): Promise<FrameStep[] | null> {
  const chain: FrameStep[] = [];
  for (let f: Frame | null = frame; f?.parentFrame(); f = f.parentFrame()) {
    const parent = f.parentFrame()!;
    const handle = await f.frameElement().catch(() => null);
    if (!handle) return null;
    const sel = await callWithElement<{ selector: string; quality: string } | null>(parent, 'selectorFor', handle);
    const element = await callWithElement<string>(parent, 'describe', handle);
    await handle.dispose().catch(() => {});
    if (!sel) return null;
    chain.unshift({ selector: sel.selector, quality: sel.quality, element: element ?? '' });
  }
  return chain;
}

/**
 * Check with Playwright's own engine (the one the harness uses) that a selector matches exactly
 * one element in the frame reached through `chain` from the top page.
 */
export async function countThroughChain(page: Page, chain: string[], selector: string): Promise<number> {
  try {
    if (!chain.length) return await page.locator(selector).count();
    let fl = page.frameLocator(chain[0]!);
    for (const step of chain.slice(1)) fl = fl.frameLocator(step);
    return await fl.locator(selector).count();
  } catch {
    return -1;
  }
}
