/**
 * `probe`: from a centre's URL to a scenario skeleton. Opens the page in the project's Chromium
 * (SharedBrowser: same executable, flags and failure reporting as a run), reaches the chat
 * (open-chat.ts), names its parts with verified selectors, and — only when the user gave lines to
 * send — sends them and watches which bubbles appear, to tell the customer's own messages from
 * the centre's (analyse.ts). Never sends anything without `send` lines.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { BrowserConfig } from '../../../config/types.js';
import { HarnessError } from '../../../errors.js';
import { SharedBrowser } from '../browser.js';
import { guessesFromAnalysis, type Analysis } from './analyse.js';
import { callIn, countThroughChain, frameChain, liveFrames, pageFunction, settle, type ComposerScan, type ScoredPart } from './frames.js';
import { openChat } from './open-chat.js';
import type { Confidence, Guess, ProbeFindings, SentLine } from './types.js';

export interface ProbeOptions {
  url: string;
  /** Lines to send, in order; none = look only. @default [] */
  send?: string[];
  /** Bound of every wait: the chat opening, a reply arriving. @default 20000 */
  timeoutMs?: number;
  /** Replies are complete when nothing new appeared for this long. @default 3000 */
  quietMs?: number;
  browser: BrowserConfig;
  /** A browser already running (tests share one); otherwise probe launches its own. */
  launched?: Browser;
  /** Typed into a pre-chat name field (the skeleton says {{persona.name}}). @default "测试访客" */
  personaName?: string;
  /** Where to save a screenshot of what probe saw at the end. */
  screenshotPath?: string;
  /** Called before the page is closed, e.g. by tests comparing findings with the page. */
  inspect?: (view: ProbeView) => Promise<void>;
}

export interface ProbeView {
  page: Page;
  chatFrame?: Frame;
  findings: ProbeFindings;
}

export class ProbeError extends HarnessError {}

function confidenceOf(score: number, high: number, medium: number): Confidence {
  return score >= high ? 'high' : score >= medium ? 'medium' : 'low';
}

export function toGuess(part: ScoredPart, confidence: Confidence, extra?: string): Guess {
  // A position chain works today and breaks with the next release of the widget: never "high".
  const capped = part.quality === 'fragile' ? 'low' : part.quality === 'scoped-tag' && confidence === 'high' ? 'medium' : confidence;
  const why = [...part.why, ...(extra ? [extra] : [])].join(', ');
  return { selector: part.selector, confidence: capped, why, quality: part.quality as Guess['quality'], element: part.element };
}

/** The page URL with `ref` as the harness will pass it, so the page behaves as in a run. */
function withProbeRef(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('ref')) u.searchParams.set('ref', `probe-${Date.now().toString(36)}`);
  return u.toString();
}

export async function probeChat(options: ProbeOptions): Promise<ProbeFindings> {
  const shared = new SharedBrowser(options.browser);
  const launched = options.launched ? { ok: true as const, browser: options.launched } : await shared.get();
  if (!launched.ok) throw new ProbeError(launched.error.code, launched.error.message, launched.error.hint);
  let context: BrowserContext | undefined;
  try {
    context = await launched.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs ?? 20_000);
    await page.goto(withProbeRef(options.url), { waitUntil: 'load', timeout: options.timeoutMs ?? 20_000 }).catch((err: Error) => {
      throw new ProbeError('E_CENTRE_UNREACHABLE', `the page ${options.url} could not be loaded: ${err.message.split('\n')[0]}`,
        'check the URL in a browser; probe needs the page that shows the chat (or its launcher)');
    });
    await settle(page, 5000);
    return await probeOpenPage(page, options);
  } finally {
    await context?.close().catch(() => {});
    await shared.close();
  }
}

async function probeOpenPage(page: Page, options: ProbeOptions): Promise<ProbeFindings> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const send = options.send ?? [];
  const findings: ProbeFindings = {
    url: options.url, launcherAlternatives: [], frames: [], sendByEnter: false, roles: {}, samples: {}, sent: [], closedShadowHosts: [], todo: [],
  };
  const opened = await openChat(page, { waitMs: Math.min(timeoutMs, 10_000), mayFillPrechat: send.length > 0, personaName: options.personaName ?? '测试访客' });
  if (opened.consent) findings.consent = toGuess(opened.consent, 'medium', 'clicked; kept optional');
  if (opened.launcher) findings.launcher = toGuess(opened.launcher, opened.launcher.quality === 'fragile' ? 'low' : 'high', 'clicking it opened the chat');
  if (opened.popup) findings.launcherOpensWindow = true;
  // From here on everything happens where the chat is: a window the launcher opened, or the page.
  const chatPage = opened.popup ?? page;
  findings.launcherAlternatives = opened.launcherAlternatives.slice(0, 3).map((l) => toGuess(l, 'low'));
  const chatFrame = opened.composer?.frame ?? opened.prechat?.frame;
  if (opened.prechat) {
    const submit = opened.prechat.found.submit;
    findings.prechat = {
      fields: opened.prechat.fields,
      ...(submit ? { submit: toGuess(submit, 'medium') } : {}),
      submitted: opened.prechat.submitted,
    };
  }
  if (chatFrame) {
    const chain = await frameChain(chatFrame);
    if (chain) {
      findings.frames = chain.map((step) => ({ selector: step.selector, confidence: step.quality === 'fragile' ? 'low' : 'high', why: 'holds the chat', quality: step.quality as Guess['quality'], element: step.element }));
    } else {
      findings.todo.push('name the chat iframe(s) in target.widget.frame: probe could not build a unique selector for them');
    }
  }
  if (!opened.composer) {
    for (const frame of liveFrames(chatPage)) findings.closedShadowHosts.push(...((await callIn<string[]>(frame, 'closedShadowHosts')) ?? []));
    if (findings.closedShadowHosts.length && !findings.launcher && opened.triedLaunchers[0]) {
      // The click probably worked; what it opened is out of sight in the closed root.
      const tried = opened.launcherAlternatives.find((l) => l.selector === opened.triedLaunchers[0]);
      if (tried) findings.launcher = toGuess(tried, 'low', 'clicked; what it opened is hidden in a closed shadow root');
    }
    findings.todo.push(whyNoComposer(findings, opened.triedLaunchers));
    const links = (await callIn<string[]>(page.mainFrame(), 'chatLinks')) ?? [];
    if (links.length) findings.todo.push(`this page links to what may be a chat page: ${links.join(', ')} — probe that URL`);
    await finish(chatPage, undefined, findings, options);
    return findings;
  }
  // The composer often shows before the conversation renders: look again once the frame settled.
  await settle(chatPage, 3000);
  const { frame } = opened.composer;
  const found = (await callIn<ComposerScan>(frame, 'findComposer')) ?? opened.composer.found;
  const chain = findings.frames.map((f) => f.selector);
  await verifyComposer(chatPage, frame, chain, found, findings);
  if (findings.input && (findings.messages || send.length)) {
    await callIn(frame, 'watchStart');
    for (const line of send) findings.sent.push(await sendLine(chatPage, frame, findings, line, timeoutMs, options.quietMs ?? 3000));
  }
  if (findings.messages) {
    const analysis = await callIn<Analysis>(frame, 'analyse', findings.messages.selector, send);
    if (analysis && !('error' in analysis && analysis.error)) guessesFromAnalysis(analysis, findings, send.length > 0);
  }
  await finish(chatPage, frame, findings, options);
  return findings;
}

async function verifyComposer(page: Page, frame: Frame, chain: string[], found: ComposerScan, findings: ProbeFindings): Promise<void> {
  const exactlyOne = async (sel: string) => (await countThroughChain(page, chain, sel)) === 1;
  if (found.input && (await exactlyOne(found.input.selector))) {
    findings.input = toGuess(found.input, confidenceOf(found.input.score, 5, 3));
  } else if (found.input) {
    // Unique in its own document, yet not through the frame chain as the harness resolves it.
    findings.todo.push(`input: ${found.input.selector} is not one element when reached through ${chain.join(' → ') || 'the page'}; check the frame selectors`);
  }
  if (found.send && (await exactlyOne(found.send.selector))) {
    findings.send = toGuess(found.send, confidenceOf(found.send.score, 6, 4));
  } else {
    findings.sendByEnter = true;
  }
  if (found.messages && (await exactlyOne(found.messages.selector))) {
    findings.messages = toGuess(found.messages, confidenceOf(found.messages.score, 6, 4));
  }
  const end = await callIn<ScoredPart | null>(frame, 'findEnd');
  if (end && (await exactlyOne(end.selector))) findings.end = toGuess(end, 'medium', 'not clicked');
}

/** Type one line, send it, and wait until it shows and the replies have stopped coming. */
async function sendLine(page: Page, frame: Frame, findings: ProbeFindings, text: string, timeoutMs: number, quietMs: number): Promise<SentLine> {
  const before = await itemCount(frame, findings);
  const input = frame.locator(findings.input!.selector).first();
  await input.click({ timeout: 5000 }).catch(() => {});
  await input.fill(text, { timeout: 5000 });
  if (findings.send) {
    await frame.locator(findings.send.selector).first().click({ timeout: 5000 }).catch(() => {});
  } else {
    await input.press('Enter');
  }
  let delivered = await waitShown(page, frame, findings, text, 4000);
  if (!delivered && findings.send) {
    // The "send" button did nothing: try Enter before calling the line lost.
    const left = await input.evaluate(pageFunction<Element, string>('el', 'return (el.value !== undefined ? el.value : el.textContent) || "";')).catch(() => '');
    if (String(left).includes(text)) {
      await input.press('Enter').catch(() => {});
      delivered = await waitShown(page, frame, findings, text, 4000);
      if (delivered) {
        findings.todo.push(`the button ${findings.send.selector} did not send; Enter did — the skeleton uses Enter`);
        delete findings.send;
        findings.sendByEnter = true;
      }
    }
  }
  if (!delivered) delivered = await waitShown(page, frame, findings, text, timeoutMs - 4000);
  // Replies: wait until the list has grown past our line and then kept still for quietMs.
  const deadline = Date.now() + timeoutMs;
  let last = await itemCount(frame, findings);
  let stillSince = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(400);
    const now = await itemCount(frame, findings);
    if (now !== last) { last = now; stillSince = Date.now(); }
    if (last > before + 1 && Date.now() - stillSince >= quietMs) break;
  }
  const replies = Math.max(0, last - before - (delivered ? 1 : 0));
  return { text, delivered, replies };
}

/** The line showed somewhere else than in the guessed message list: take that place instead. */
async function relocateContainer(page: Page, frame: Frame, findings: ProbeFindings, text: string): Promise<boolean> {
  const found = await callIn<ScoredPart | null>(frame, 'containerForSent', text, findings.messages?.selector ?? null);
  if (!found || found.selector === findings.messages?.selector) return false;
  if ((await countThroughChain(page, findings.frames.map((f) => f.selector), found.selector)) !== 1) return false;
  const previous = findings.messages?.selector;
  findings.messages = toGuess(found, 'medium');
  if (previous) findings.todo.push(`messages: the first guess ${previous} did not show the sent line; ${found.selector} did — check it`);
  const a = await callIn<Analysis>(frame, 'analyse', found.selector, [text]);
  return !!a && a.observedCustomer > 0;
}

async function itemCount(frame: Frame, findings: ProbeFindings): Promise<number> {
  return (await callIn<number>(frame, 'itemCount', findings.messages?.selector ?? '')) ?? 0;
}

/** Until the line shows as a new bubble in the message list (moving the list if it showed elsewhere). */
async function waitShown(page: Page, frame: Frame, findings: ProbeFindings, text: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + Math.max(ms, 0);
  do {
    if (findings.messages) {
      const a = await callIn<Analysis>(frame, 'analyse', findings.messages.selector, [text]);
      if (a && a.observedCustomer > 0) return true;
    }
    if (await relocateContainer(page, frame, findings, text)) return true;
    await page.waitForTimeout(300);
  } while (Date.now() < deadline);
  return false;
}

async function finish(page: Page, chatFrame: Frame | undefined, findings: ProbeFindings, options: ProbeOptions): Promise<void> {
  if (options.screenshotPath) await page.screenshot({ path: options.screenshotPath }).catch(() => {});
  if (options.inspect) await options.inspect({ page, ...(chatFrame ? { chatFrame } : {}), findings });
}

function whyNoComposer(f: ProbeFindings, tried: string[]): string {
  if (f.prechat && !f.prechat.submitted) {
    return 'a pre-chat form stands before the chat: re-run with --send <line> to let probe fill and submit it (that tells the centre something), or fill target.widget.prechat by hand';
  }
  if (f.closedShadowHosts.length) return `the chat seems to live in a closed shadow root (${f.closedShadowHosts.join(', ')}): the harness cannot enter it`;
  if (f.launcher || f.frames.length) return 'the chat opened but probe found no text box in it: check the screenshot and write target.selectors by hand';
  if (tried.length) return `clicked ${tried.join(', ')} but no chat appeared: check the screenshot; if the chat opens from a menu, write target.widget.open by hand`;
  return 'no chat and no chat button found on this page: give probe the page that shows the chat (or its launcher)';
}
