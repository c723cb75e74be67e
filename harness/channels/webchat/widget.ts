/**
 * Reaching a vendor chat widget (scenario `target.widget`): click the launcher(s) in the top page,
 * enter the iframe chain to the chat's frame (cross-origin frames too: Playwright drives them like
 * any other), and fill the pre-chat form there. Everything after this is resolved inside the
 * returned frame. Each failure names the selector and the frame it was looked for in.
 */
import type { Frame, Page } from 'playwright-core';
import { interpolate } from '../../interaction/match.js';
import type { InteractionEvent } from '../../interaction/types.js';
import type { WidgetClickSpec, WidgetSpec } from '../../scenario/schema.js';
import { WebchatFailure, failureFromPlaywright, isTimeout, widgetStepFailed } from './errors.js';
import { leanChildFrame, leanClick } from './lean-input.js';

/** How long an optional click (a cookie banner shown only sometimes) is waited for. */
export const OPTIONAL_CLICK_WAIT_MS = 3_000;

export interface ChatFrame {
  frame: Frame;
  /** The iframe selectors walked from the top page; empty when the chat is on the page itself. */
  path: string[];
  /** The window a launcher opened for the chat (`open: [{ click, popup: true }]`); absent: the contact's own page. */
  popup?: Page;
}

export interface OpenWidgetOptions {
  /** Wait for each launcher click, iframe and form element. @default 30000 */
  actionTimeoutMs: number;
  vars: Record<string, string | number>;
  onEvent: (event: Omit<InteractionEvent, 'atMs'>) => void;
  /**
   * Click the launcher(s) with lean-input.ts's direct mouse events when the element is plainly
   * clickable at once (in the light DOM, visible, enabled, nothing covering it), and find each
   * iframe's frame by one evaluation when it is plainly identified; otherwise, and when false,
   * Playwright's actions, which wait, run the banner handler and name failures. @default false
   */
  lean?: boolean;
}

/** "in the top page (url)" / "in the chat frame iframe#a → iframe#b (url)", for error messages. */
export function describeFrame(path: readonly string[], frame: Frame | null, popup = false): string {
  const url = frame ? safeUrl(frame) : '';
  const at = url ? ` (${url})` : '';
  const top = popup ? 'the chat window the launcher opened' : 'the top page';
  return path.length ? `in the chat frame ${path.join(' → ')}${popup ? ` of ${top}` : ''}${at}` : `in ${top}${at}`;
}

/** Where a ChatFrame is, for error messages. */
export const describeChat = (chat: ChatFrame): string => describeFrame(chat.path, chat.frame, chat.popup !== undefined);

function safeUrl(frame: Frame): string {
  try {
    return frame.url();
  } catch {
    return '';
  }
}

/** Whether one of the widget's open clicks opens the chat in a window of its own. */
export function opensChatWindow(widget: WidgetSpec | undefined): boolean {
  return (widget?.open ?? []).some((click) => clickSpec(click).popup === true);
}

function clickSpec(spec: WidgetClickSpec): { click: string; optional: boolean; timeoutMs?: number; popup?: boolean } {
  return typeof spec === 'string' ? { click: spec, optional: false } : { optional: false, ...spec };
}

function asFailure(err: unknown, step: 'open' | 'frame' | 'prechat', selector: string, where: string, timeoutMs: number): WebchatFailure {
  return failureFromPlaywright(err, {
    which: `${step} selector`,
    selector,
    fallbackCode: `E_WIDGET_${step.toUpperCase()}`,
    fallbackMessage: (line) => `widget ${step}: "${selector}" ${where} failed: ${line}`,
    onTimeout: (message) => widgetStepFailed(step, selector, where, timeoutMs, message),
  });
}

/**
 * Open the widget and return the chat's frame (the page's main frame when `widget` is absent or
 * has no `frame`). Throws a WebchatFailure with a stable code; `lastFrame` tells the caller where
 * the harness was when it failed (for the failure snapshot).
 */
export async function openWidget(page: Page, widget: WidgetSpec | undefined, options: OpenWidgetOptions, lastFrame: { current: ChatFrame }): Promise<ChatFrame> {
  let top: ChatFrame = { frame: page.mainFrame(), path: [] };
  lastFrame.current = top;
  if (!widget) return top;

  for (const raw of widget.open ?? []) {
    const spec = clickSpec(raw);
    const where = describeChat(top);
    if (spec.popup) {
      top = await clickIntoPopup(top.frame.page(), spec.click, spec.timeoutMs ?? options.actionTimeoutMs, where, options);
      lastFrame.current = top;
      continue;
    }
    const host = top.frame.page();
    if (options.lean) {
      const clicked = await leanClick(host.mainFrame(), spec.click).catch((err: unknown) => {
        throw asFailure(err, 'open', spec.click, where, options.actionTimeoutMs);
      });
      if (clicked) {
        options.onEvent({ type: 'widget-opened', detail: { selector: spec.click, lean: true } });
        continue;
      }
    }
    const target = host.locator(spec.click).first();
    if (spec.optional) {
      const shown = await target
        .waitFor({ state: 'visible', timeout: OPTIONAL_CLICK_WAIT_MS })
        .then(() => true)
        .catch((err: unknown) => {
          if (isTimeout(err)) return false;
          throw asFailure(err, 'open', spec.click, where, OPTIONAL_CLICK_WAIT_MS);
        });
      if (!shown) {
        options.onEvent({ type: 'widget-open-skipped', detail: { selector: spec.click } });
        // Consent banners often come late (a slow consent script, a busy machine) and then cover
        // the launcher or the input: Playwright dismisses it before any later action it blocks.
        await host.addLocatorHandler(
          target,
          async (banner) => {
            await banner.click({ timeout: options.actionTimeoutMs });
            options.onEvent({ type: 'widget-opened', detail: { selector: spec.click, late: true } });
          },
          { times: 1 },
        );
        continue;
      }
    }
    const timeout = spec.timeoutMs ?? options.actionTimeoutMs;
    try {
      await target.click({ timeout });
    } catch (err) {
      // An optional element (a banner) may vanish between being seen and clicked: that is fine.
      if (spec.optional && isTimeout(err)) continue;
      throw asFailure(err, 'open', spec.click, where, timeout);
    }
    options.onEvent({ type: 'widget-opened', detail: { selector: spec.click } });
  }

  const frames = widget.frame === undefined ? [] : Array.isArray(widget.frame) ? widget.frame : [widget.frame];
  let current = top;
  for (const selector of frames) {
    const where = describeChat(current);
    const timeout = options.actionTimeoutMs;
    let frame: Frame | null;
    try {
      frame = options.lean ? await leanChildFrame(current.frame, selector) : null;
      if (!frame) {
        const handle = await current.frame.locator(selector).first().elementHandle({ timeout });
        frame = await handle.contentFrame();
        await handle.dispose();
      }
    } catch (err) {
      throw asFailure(err, 'frame', selector, where, timeout);
    }
    if (!frame) {
      throw new WebchatFailure(
        'E_WIDGET_FRAME',
        `widget frame: "${selector}" ${where} is not an iframe (or its document is gone)`,
        'target.widget.frame must select <iframe> elements, outermost first',
      );
    }
    current = { ...current, frame, path: [...current.path, selector] };
    lastFrame.current = current;
    await frame.waitForLoadState('domcontentloaded', { timeout }).catch((err: unknown) => {
      throw asFailure(err, 'frame', selector, where, timeout);
    });
  }
  options.onEvent({ type: 'widget-frame', detail: { path: current.path, url: safeUrl(current.frame) } });

  if (widget.prechat) await fillPrechat(current, widget.prechat, options);
  return current;
}

/**
 * A launcher that opens the chat in a window of its own (window.open, a target=_blank link: 网易七鱼,
 * Udesk and 53KF do so by default on desktop): click it with Playwright's action (it waits and
 * names failures) while listening for the window it opens, then wait for that window's document.
 * The page clock is installed in the whole browser context, so the new window's messages are timed
 * from its first line, in the contact's time base like any frame's.
 */
async function clickIntoPopup(host: Page, selector: string, timeout: number, where: string, options: OpenWidgetOptions): Promise<ChatFrame> {
  const opened = host.waitForEvent('popup', { timeout });
  // Without a handler a rejected wait (the click failed first) would be an unhandled rejection.
  opened.catch(() => {});
  try {
    await host.locator(selector).first().click({ timeout });
  } catch (err) {
    throw asFailure(err, 'open', selector, where, timeout);
  }
  let popup: Page;
  try {
    popup = await opened;
  } catch (err) {
    if (!isTimeout(err)) throw asFailure(err, 'open', selector, where, timeout);
    throw new WebchatFailure(
      'E_WIDGET_OPEN',
      `widget open: clicking "${selector}" ${where} opened no new window within ${timeout} ms`,
      'drop `popup: true` if the chat opens on the page itself (then give `target.widget.frame` if it is in an iframe), or check that the click is the one that opens the chat window',
    );
  }
  await popup.waitForLoadState('domcontentloaded', { timeout }).catch((err: unknown) => {
    throw asFailure(err, 'open', selector, `in the window it opened (${popup.url()})`, timeout);
  });
  options.onEvent({ type: 'widget-popup', detail: { selector, url: popup.url() } });
  return { frame: popup.mainFrame(), path: [], popup };
}

/** Pre-chat forms have selects and consent checkboxes besides text boxes: set each the way it takes a value. */
async function setField(frame: Frame, selector: string, value: string, timeout: number): Promise<void> {
  const field = frame.locator(selector).first();
  await field.waitFor({ state: 'attached', timeout });
  const kind = await field.evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type ?? ''}`.toLowerCase(), undefined, { timeout });
  if (kind.startsWith('select:')) {
    // By value first, then by visible label (forms often show 咨询类型 labels with coded values).
    await field.selectOption(value, { timeout }).catch(() => field.selectOption({ label: value }, { timeout }));
  } else if (kind === 'input:checkbox' || kind === 'input:radio') {
    await field.setChecked(!/^(false|no|off|0|)$/iu.test(value.trim()), { timeout });
  } else {
    await field.fill(value, { timeout });
  }
}

async function fillPrechat(chat: ChatFrame, prechat: NonNullable<WidgetSpec['prechat']>, options: OpenWidgetOptions): Promise<void> {
  const where = describeChat(chat);
  const timeout = options.actionTimeoutMs;
  for (const [selector, value] of Object.entries(prechat.fields)) {
    try {
      await setField(chat.frame, selector, interpolate(String(value), options.vars), timeout);
    } catch (err) {
      throw asFailure(err, 'prechat', selector, where, timeout);
    }
  }
  try {
    await chat.frame.locator(prechat.submit).first().click({ timeout });
  } catch (err) {
    throw asFailure(err, 'prechat', prechat.submit, where, timeout);
  }
  options.onEvent({ type: 'prechat-submitted', detail: { fields: Object.keys(prechat.fields) } });
}
