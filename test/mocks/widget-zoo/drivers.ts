/**
 * How the self-test reaches and drives each zoo page with plain playwright-core, read from the
 * page's own scenario (mocks/widget-zoo/scenarios/<pageId>.yaml): the clicks that open it, the
 * frames to walk into, the pre-chat form, where its composer and bubbles are, and the lines to say.
 * So the self-test also proves every scenario's selectors against the real page. This is a small
 * reading of the widget contract written for the test, independent of the harness's web-chat channel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type ElementHandle, type Frame, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { ZOO_PAGE_IDS, type ZooPageId } from '../../../mocks/widget-zoo/types.js';

export const SCENARIO_DIR = join(import.meta.dirname, '../../../mocks/widget-zoo/scenarios');

/** The part of a scenario the self-test reads (the widget contract's `target` and the steps). */
export interface ZooScenario {
  id: string;
  target: {
    chatUrl: string;
    widget?: {
      open?: (string | { click: string; optional?: boolean; popup?: boolean })[];
      frame?: string | string[];
      prechat?: { fields: Record<string, string>; submit: string };
    };
    selectors: Record<string, string>;
  };
  persona: Record<string, string | number>;
  steps: Record<string, unknown>[];
}

export interface PageDriver {
  id: ZooPageId;
  scenario: ZooScenario;
  /**
   * Clicked in order on the top page before the chat shows (optional ones only when present); after
   * a `popup` click, the window it opened is the top page for the rest (clicks, frames, selectors).
   */
  clicks: { selector: string; optional: boolean; popup: boolean }[];
  /** iframes to walk into, outermost first. */
  frames: string[];
  /** Run inside the chat frame before the first line (the pre-chat form). */
  prepare?: (chat: Frame | Page) => Promise<void>;
  input: string;
  /** Without it, Enter is pressed in the input. */
  send?: string;
  /** Centre-side bubbles (agent, bot and system selectors together). */
  centreMessage: string;
  /** Inside a bubble, the element(s) holding its text (joined). */
  text?: string;
  typing?: string;
  /** The customer's lines in step order (`say`, and `handoff` with its default 转人工). */
  lines: string[];
}

export function readScenario(pageId: ZooPageId): ZooScenario {
  return parse(readFileSync(join(SCENARIO_DIR, `${pageId}.yaml`), 'utf8')) as ZooScenario;
}

function fill(template: string, persona: ZooScenario['persona']): string {
  return template.replace(/\{\{\s*persona\.(\w+)\s*\}\}/gu, (whole, key: string) => (key in persona ? String(persona[key]) : whole));
}

/** The customer's lines of a scenario, in order. */
export function scenarioLines(scenario: ZooScenario): string[] {
  const lines: string[] = [];
  for (const step of scenario.steps) {
    if (typeof step.say === 'string') lines.push(step.say);
    const handoff = step.handoff as { say?: string } | undefined;
    if (handoff && handoff.say !== '') lines.push(handoff.say ?? '转人工');
  }
  return lines;
}

export function driverFor(pageId: ZooPageId): PageDriver {
  const scenario = readScenario(pageId);
  const { widget, selectors } = scenario.target;
  const frame = widget?.frame;
  const prechat = widget?.prechat;
  return {
    id: pageId,
    scenario,
    clicks: (widget?.open ?? []).map((o) =>
      typeof o === 'string' ? { selector: o, optional: false, popup: false } : { selector: o.click, optional: o.optional === true, popup: o.popup === true },
    ),
    frames: frame === undefined ? [] : Array.isArray(frame) ? frame : [frame],
    prepare: prechat
      ? async (chat) => {
          for (const [selector, value] of Object.entries(prechat.fields)) await chat.fill(selector, fill(value, scenario.persona));
          await chat.click(prechat.submit);
        }
      : undefined,
    input: selectors.input!,
    send: selectors.send,
    centreMessage: [selectors.agentMessage, selectors.botMessage, selectors.systemMessage].filter(Boolean).join(', '),
    text: selectors.text,
    typing: selectors.typing,
    lines: scenarioLines(scenario),
  };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

/** The Chromium the self-test drives the pages with. */
export function launchZooBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Every page that holds a conversation (closed-shadow cannot be driven by selectors). */
export const DRIVERS: PageDriver[] = ZOO_PAGE_IDS.filter((id) => id !== 'closed-shadow').map(driverFor);

/** The scenario's chatUrl on this zoo, with the contact's `ref` added to its query (which it may already have). */
export function hostUrl(baseUrl: string, driver: PageDriver, ref: string): string {
  const url = new URL(driver.scenario.target.chatUrl.replace('{{centre}}', baseUrl));
  url.searchParams.set('ref', ref);
  return url.href;
}

/** Open a driver's page for contact `ref` and return the frame (or page: a chat window) that holds its chat. */
export async function openChat(page: Page, baseUrl: string, driver: PageDriver, ref: string): Promise<Frame | Page> {
  await page.goto(hostUrl(baseUrl, driver, ref));
  let top = page;
  for (const { selector, optional, popup } of driver.clicks) {
    // The contract: an optional click is skipped when its element is absent within 3 s.
    if (optional && !(await top.waitForSelector(selector, { timeout: 3_000 }).catch(() => null))) continue;
    if (!popup) {
      await top.click(selector);
      continue;
    }
    // The chat opens in a window of its own (window.open): follow it, and go on there.
    const [opened] = await Promise.all([top.waitForEvent('popup'), top.click(selector)]);
    top = opened;
  }
  let scope: Frame | Page = top;
  for (const selector of driver.frames) {
    const handle: ElementHandle | null = await scope.waitForSelector(selector);
    const frame: Frame | null = await handle!.contentFrame();
    if (!frame) throw new Error(`${selector} has no content frame`);
    scope = frame;
  }
  await scope.waitForLoadState('load');
  return scope;
}

/** Type a line and send it the way the page expects (button or Enter). */
export async function sayLine(chat: Frame | Page, driver: PageDriver, text: string): Promise<void> {
  const input = chat.locator(driver.input);
  await input.fill(text);
  if (driver.send) await chat.locator(driver.send).click();
  else await input.press('Enter');
}

/** Text of the last centre-side bubble still in the DOM. */
export async function lastCentreText(chat: Frame | Page, driver: PageDriver): Promise<string> {
  const last = chat.locator(driver.centreMessage).last();
  const parts = driver.text ? await last.locator(driver.text).allTextContents() : [await last.textContent()];
  return parts.join('');
}

/**
 * Count typing indicators inserted from now on, in the document and every open shadow root
 * (a MutationObserver per root, because mutations inside a shadow root do not reach the document).
 */
export async function countTypingFromNow(chat: Frame | Page, selector: string): Promise<void> {
  await chat.evaluate((sel) => {
    const w = window as unknown as { __zooTyping: number };
    w.__zooTyping = 0;
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of Array.from(roots[i]!.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element && n.matches(sel)) w.__zooTyping++;
    });
    for (const root of roots) observer.observe(root, { childList: true, subtree: true });
  }, selector);
}

export async function typingCount(chat: Frame | Page): Promise<number> {
  return chat.evaluate(() => (window as unknown as { __zooTyping: number }).__zooTyping);
}
