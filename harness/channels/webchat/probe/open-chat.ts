/**
 * Getting from a host page to a chat composer: the chat may already be there (on the page or in
 * an embedded iframe); otherwise dismiss a consent banner, click the most likely launcher and wait
 * for a composer or a pre-chat form to appear in any frame, trying the next launcher candidate
 * when one opens nothing. Pre-chat forms are filled and submitted only when the user allowed
 * sending (`--send`): submitting one already tells the centre something. A launcher that opens
 * the chat in a window of its own (网易七鱼, Udesk, 53KF on desktop) is followed into that window.
 */
import type { Frame, Page } from 'playwright-core';
import {
  callIn,
  findComposerFrame,
  findPrechatFrame,
  settle,
  type ComposerScan,
  type FrameHit,
  type PrechatScan,
  type ScoredPart,
} from './frames.js';
import type { PrechatField, PrechatFieldKind } from './types.js';

export interface OpenResult {
  consent?: ScoredPart;
  launcher?: ScoredPart;
  launcherAlternatives: ScoredPart[];
  /** Launcher candidates that were clicked and opened nothing. */
  triedLaunchers: string[];
  composer?: FrameHit<ComposerScan>;
  prechat?: FrameHit<PrechatScan> & { fields: PrechatField[]; submitted: boolean };
  /** The window the launcher opened the chat in; absent: the chat is in the page itself. */
  popup?: Page;
}

export interface OpenOptions {
  /** How long to wait for a chat to appear after a click. */
  waitMs: number;
  /** Whether probe may submit a pre-chat form. */
  mayFillPrechat: boolean;
  /** The name typed into a pre-chat name field (the scenario gets {{persona.name}}). */
  personaName: string;
  /** Launcher candidates to try at most. @default 3 */
  maxLaunchers?: number;
}

type Opened = ({ kind: 'composer'; hit: FrameHit<ComposerScan> } | { kind: 'prechat'; hit: FrameHit<PrechatScan> }) & { page: Page };

/** Looks for a chat in each of the pages (the shop page, and windows a launcher opened) until one shows. */
async function waitForChat(pages: () => Page[], waitMs: number): Promise<Opened | null> {
  const deadline = Date.now() + waitMs;
  do {
    for (const page of pages()) {
      if (page.isClosed()) continue;
      // A pre-chat form first: its question textarea would otherwise pass for a composer.
      const prechat = await findPrechatFrame(page);
      if (prechat) return { kind: 'prechat', hit: prechat, page };
      const composer = await findComposerFrame(page);
      if (composer) return { kind: 'composer', hit: composer, page };
    }
    await pages()[0]!.waitForTimeout(400);
  } while (Date.now() < deadline);
  return null;
}

export async function openChat(page: Page, options: OpenOptions): Promise<OpenResult> {
  const result: OpenResult = { launcherAlternatives: [], triedLaunchers: [] };
  let opened = await waitForChat(() => [page], 600);
  if (!opened) {
    const consent = await callIn<ScoredPart | null>(page.mainFrame(), 'findConsent');
    if (consent) {
      const clicked = await page.locator(consent.selector).first().click({ timeout: 3000 }).then(() => true, () => false);
      if (clicked) {
        result.consent = consent;
        await settle(page, 1500);
      }
    }
    const launchers = (await callIn<ScoredPart[]>(page.mainFrame(), 'findLaunchers')) ?? [];
    result.launcherAlternatives = launchers;
    const startUrl = page.url();
    const windows: Page[] = [];
    const onPopup = (popup: Page) => windows.push(popup);
    page.on('popup', onPopup);
    for (const candidate of launchers.slice(0, options.maxLaunchers ?? 3)) {
      const clicked = await page.locator(candidate.selector).first().click({ timeout: 3000 }).then(() => true, () => false);
      if (!clicked) continue;
      if (page.url().split('#')[0] !== startUrl.split('#')[0]) {
        // A link after all: go back to the shop page and try the next candidate.
        result.triedLaunchers.push(candidate.selector);
        await page.goto(startUrl, { waitUntil: 'load' }).catch(() => {});
        continue;
      }
      opened = await waitForChat(() => [page, ...windows], options.waitMs);
      if (opened) {
        result.launcher = candidate;
        if (opened.page !== page) result.popup = opened.page;
        break;
      }
      result.triedLaunchers.push(candidate.selector);
      // A window this candidate opened without a chat in it (an ad, a help page) is not kept.
      for (const extra of windows.splice(0)) await extra.close().catch(() => {});
    }
    page.off('popup', onPopup);
    result.launcherAlternatives = launchers.filter((l) => l !== result.launcher);
  }
  if (!opened) return result;
  if (opened.kind === 'composer') {
    result.composer = opened.hit;
    return result;
  }
  const fields = opened.hit.found.fields.map(withValue);
  result.prechat = { ...opened.hit, fields, submitted: false };
  if (!options.mayFillPrechat || !opened.hit.found.submit) return result;
  result.prechat.submitted = await submitPrechat(opened.hit.frame, fields, opened.hit.found.submit.selector, options.personaName);
  if (result.prechat.submitted) {
    const after = await waitForChat(() => [opened.page], options.waitMs);
    if (after?.kind === 'composer') result.composer = after.hit;
  }
  return result;
}

const VALUES: Partial<Record<PrechatFieldKind, string>> = {
  name: '{{persona.name}}',
  phone: '13800001111',
  email: 'shopper@example.com',
  question: '你好，想咨询一下',
};

function withValue(f: { selector: string; kind: string; label: string; required: boolean }): PrechatField {
  const kind = (['name', 'phone', 'email', 'question', 'checkbox', 'select', 'other'].includes(f.kind) ? f.kind : 'other') as PrechatFieldKind;
  const value = VALUES[kind];
  return { selector: f.selector, kind, label: f.label, required: f.required, ...(value ? { value } : {}) };
}

async function submitPrechat(frame: Frame, fields: PrechatField[], submit: string, personaName: string): Promise<boolean> {
  try {
    for (const field of fields) {
      const locator = frame.locator(field.selector).first();
      if (field.kind === 'checkbox') {
        // A required "I agree" box blocks the form; an optional one is left alone.
        if (field.required) await locator.check({ timeout: 3000 });
        continue;
      }
      if (field.kind === 'select') {
        if (field.required) await locator.selectOption({ index: 1 }, { timeout: 3000 });
        continue;
      }
      const value = (field.value ?? (field.required ? '无' : '')).replace('{{persona.name}}', personaName);
      if (value) await locator.fill(value, { timeout: 3000 });
    }
    await frame.locator(submit).first().click({ timeout: 3000 });
    return true;
  } catch {
    return false;
  }
}
