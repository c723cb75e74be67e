/**
 * The customer's line typed and sent with the same trusted input as Playwright's `fill` and
 * `click` (CDP Input.insertText, Input.dispatchMouseEvent at the element's centre), but with a
 * handful of browser round trips instead of ~30. Measured on 2 cores (a say = fill + click + blur
 * on the simulated centre): Playwright's actions cost ≈50 ms of Chromium CPU and ≈35 ms of Node
 * per line (each action resolves its selector in the injected script, checks visibility,
 * enabledness, stability over two animation frames and the hit target, scrolls, reads content
 * quads, then releases its handles); the lean path ≈30 and ≈20 ms. A chat sends several lines and
 * 200 chats send hundreds a minute: this is most of what a chat costs once it is started.
 *
 * The lean path is taken only when it is plainly the same action: the chat is the page's own
 * frame (page coordinates are frame coordinates), the element is found in the light DOM, is
 * visible, enabled and editable (input) or is what a click at its centre would hit (send).
 * Anything else — a widget in an iframe, shadow DOM, a disabled or covered button, a banner in
 * the way, an element not there yet — returns false and the caller uses Playwright's action,
 * which waits, runs the locator handlers (consent banners) and names the failure as before.
 * A widget's launcher clicks and frame chain (widget.ts) take the same lean path when they can.
 */
import type { Frame } from 'playwright-core';
import { isClosedError } from './errors.js';

/**
 * The one element matching the selector in the document and its open shadow roots, however deep
 * (as Playwright's CSS engine pierces them); null when none or more than one match, since then
 * which one Playwright would take depends on its tree walk: its own action decides.
 */
const DEEP_ONE = String.raw`function (selector) {
  var found = [];
  var roots = [document];
  while (roots.length && found.length < 2) {
    var root = roots.shift();
    found = found.concat(Array.prototype.slice.call(root.querySelectorAll(selector)));
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) if (all[i].shadowRoot) roots.push(all[i].shadowRoot);
  }
  return found.length === 1 ? found[0] : null;
}`;

/** Input types whose value is plain text that `insertText` replaces, as Playwright's fill does. */
const TEXT_INPUT_TYPES = ['', 'text', 'search', 'email', 'tel', 'url', 'password'];

/**
 * Focuses the input and selects its content, so the inserted text replaces it. Page-side source
 * as text, not a function: tsx/esbuild may add helpers to functions that do not exist in the page.
 */
const FOCUS_INPUT = String.raw`(function (a) {
  var el = a.deep ? (${DEEP_ONE})(a.selector) : document.querySelector(a.selector);
  if (!el || !el.isConnected) return false;
  var r = el.getBoundingClientRect();
  if (!r.width || !r.height || getComputedStyle(el).visibility !== 'visible') return false;
  var tag = el.tagName;
  if (tag === 'TEXTAREA' || (tag === 'INPUT' && a.types.indexOf((el.getAttribute('type') || '').toLowerCase()) >= 0)) {
    if (el.disabled || el.readOnly || el.closest('fieldset[disabled]')) return false;
    el.focus();
    if (document.activeElement !== el) return false;
    if (!a.focusOnly) el.select();
    return true;
  }
  if (el.isContentEditable) {
    el.focus();
    var active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    if (active !== el && !el.contains(active)) return false;
    if (a.focusOnly) return true;
    var range = document.createRange();
    range.selectNodeContents(el);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }
  return false;
})`;

/** The centre of a visible, enabled element that a click there would hit, in viewport pixels. */
const CLICK_POINT = String.raw`(function (a) {
  var el = document.querySelector(a.selector);
  if (!el || !el.isConnected) return null;
  if (el.disabled || el.closest('fieldset[disabled]') || el.closest('[aria-disabled="true"]')) return null;
  if (getComputedStyle(el).visibility !== 'visible') return null;
  var r = el.getBoundingClientRect();
  if (!r.width || !r.height) return null;
  if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    r = el.getBoundingClientRect();
  }
  var x = r.left + r.width / 2, y = r.top + r.height / 2;
  var hit = document.elementFromPoint(x, y);
  if (!hit || (hit !== el && !el.contains(hit))) return null;
  return { x: x, y: y };
})`;

/**
 * Takes the focus off a focused text field (the caret's blinking repaints the page), also one in an
 * open shadow root (the document's activeElement is then the shadow host).
 */
const BLUR_EDITABLE = String.raw`(function () {
  var el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable)) el.blur();
  return true;
})`;

const isPageFrame = (frame: Frame): boolean => frame === frame.page().mainFrame();

/** Runs page-side source in the frame; null when the page answered nothing usable. Closed pages throw. */
async function evaluateIn<T>(frame: Frame, source: string, arg: unknown): Promise<T | null> {
  try {
    return (await frame.evaluate(`${source}(${JSON.stringify(arg ?? null)})`)) as T;
  } catch (err) {
    if (isClosedError(err)) throw err;
    return null; // navigated meanwhile, a page that broke the DOM API …: Playwright's action decides
  }
}

/** Where the lean path may be taken: the page's own frame (@default true), a widget's frame (@default false). */
export interface LeanWhere {
  inPage?: boolean;
  inFrames?: boolean;
}

/**
 * Replaces the input's text like Playwright's fill (focus, select its content, Input.insertText,
 * which goes to the focused element of whichever frame holds it); false when the caller should
 * use fill. In the page's own frame the input is looked up in the light DOM; with `inFrames`, a
 * widget's frame too, where the input is the one match in the document and its open shadow roots.
 */
export async function leanFill(frame: Frame, selector: string, text: string, where: LeanWhere = {}): Promise<boolean> {
  const deep = !isPageFrame(frame);
  if (!text || !(deep ? where.inFrames : (where.inPage ?? true))) return false;
  const focused = await evaluateIn<boolean>(frame, FOCUS_INPUT, { selector, types: TEXT_INPUT_TYPES, deep });
  if (focused !== true) return false;
  await frame.page().keyboard.insertText(text);
  return true;
}

/**
 * Presses a key in the input like Playwright's press (focus the element, then the key's down and
 * up events); the input is looked up as leanFill does. False when the caller should use press.
 */
export async function leanPress(frame: Frame, selector: string, key: string, where: LeanWhere = {}): Promise<boolean> {
  const deep = !isPageFrame(frame);
  if (!(deep ? where.inFrames : (where.inPage ?? true))) return false;
  const focused = await evaluateIn<boolean>(frame, FOCUS_INPUT, { selector, types: TEXT_INPUT_TYPES, deep, focusOnly: true });
  if (focused !== true) return false;
  await frame.page().keyboard.press(key);
  return true;
}

/** Clicks the element's centre like Playwright's click; false when the caller should use click. */
export async function leanClick(frame: Frame, selector: string): Promise<boolean> {
  if (!isPageFrame(frame)) return false;
  const point = await evaluateIn<{ x: number; y: number }>(frame, CLICK_POINT, { selector });
  if (!point || !Number.isFinite(point.x) || !Number.isFinite(point.y)) return false;
  await frame.page().mouse.click(point.x, point.y);
  return true;
}

/**
 * Blurs the focused text field of the frame (any frame: no coordinates involved), in one evaluation;
 * false when the caller should blur with Playwright. Used after every line, lean or not: Playwright's
 * blur resolves the selector first, and under load its short best-effort timeout ran out, leaving
 * the caret blinking — a repaint twice a second per chat that made the load worse.
 */
export async function leanBlur(frame: Frame): Promise<boolean> {
  return (await evaluateIn<boolean>(frame, BLUR_EDITABLE, null)) === true;
}

/** The iframe the selector finds first in this document: its name and src, to find its Frame by. */
const IFRAME_IDENTITY = String.raw`(function (a) {
  var el = document.querySelector(a.selector);
  if (!el || el.tagName !== 'IFRAME' || !el.isConnected) return null;
  return { name: el.name || '', src: el.src || '' };
})`;

/**
 * The child frame of the iframe `selector` finds in `parent` (light DOM), by one evaluation instead
 * of Playwright's element handle (injected script, handle, content frame, release): matched on the
 * iframe's name, or its src, among the parent's child frames — only when exactly one child frame
 * matches. Null when the caller should take Playwright's way (no such iframe yet, a selector that is
 * not CSS, no unique match).
 */
export async function leanChildFrame(parent: Frame, selector: string): Promise<Frame | null> {
  const id = await evaluateIn<{ name: string; src: string }>(parent, IFRAME_IDENTITY, { selector });
  if (!id || (!id.name && !id.src)) return null;
  const children = parent.childFrames().filter((f) => !f.isDetached());
  const byName = id.name ? children.filter((f) => f.name() === id.name) : [];
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) return null;
  const bySrc = id.src ? children.filter((f) => f.url() === id.src) : [];
  return bySrc.length === 1 ? bySrc[0]! : null;
}
