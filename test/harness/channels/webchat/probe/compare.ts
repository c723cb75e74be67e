/**
 * Compares what probe proposed with a hand-written scenario on the same live page: not the
 * selector strings, the elements they resolve to (through the iframe chain, piercing open shadow
 * roots). Used by the zoo and fixture tests; the verdict per page is found / partly / missed.
 */
import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { parse } from 'yaml';
import { callIn, pageFunction } from '../../../../../harness/channels/webchat/probe/frames.js';
import type { ProbeView } from '../../../../../harness/channels/webchat/probe/probe.js';

export interface HandWritten {
  open: string[];
  frames: string[];
  prechat: boolean;
  selectors: Record<string, string>;
}

export async function readHandWritten(file: string): Promise<HandWritten> {
  const doc = parse(await readFile(file, 'utf8')) as { target?: { widget?: Record<string, unknown>; selectors?: Record<string, string> } };
  const widget = doc.target?.widget ?? {};
  const open = ((widget.open as unknown[]) ?? []).filter((s) => typeof s === 'string' || !(s as { optional?: boolean }).optional).map((s) => (typeof s === 'string' ? s : (s as { click: string }).click));
  const frame = widget.frame as string | string[] | undefined;
  return { open, frames: frame === undefined ? [] : Array.isArray(frame) ? frame : [frame], prechat: !!widget.prechat, selectors: doc.target?.selectors ?? {} };
}

/** Parts compared; `launcher` and `frame` only when the scenario has them. */
export const PARTS = ['launcher', 'frame', 'prechat', 'input', 'send', 'messages', 'agentMessage', 'botMessage', 'customerMessage', 'systemMessage', 'text', 'end'] as const;
export type Part = (typeof PARTS)[number];
/**
 * same: the very same elements; nested: the same messages one level up or down (row vs bubble),
 * one to one — equivalent for the harness; equivalent (text): probe needs no text selector
 * because every message's whole text is what the hand-written one picks; unseen: the page never showed that role, so neither
 * side could be checked.
 */
export type PartResult = 'same' | 'nested' | 'equivalent' | 'overlap' | 'different' | 'missing' | 'extra' | 'n/a' | 'unseen';

export interface Comparison {
  parts: Partial<Record<Part, PartResult>>;
  verdict: 'found' | 'partly' | 'missed';
}

const SAME_SET = pageFunction<string[], 'same' | 'nested' | 'overlap' | 'different' | 'none'>(
  'args',
  `var P = window.__msProbe; var a = P.deepAll(args[0]); var b = P.deepAll(args[1]);
   if (!a.length && !b.length) return 'none';
   var common = a.filter(function (x) { return b.indexOf(x) >= 0; }).length;
   if (common === a.length && common === b.length) return 'same';
   // The same messages taken one level up or down (a row vs the bubble inside it), one to one.
   var pairs = function (xs, ys) { return xs.every(function (x) { return ys.filter(function (y) { return x.contains(y) || y.contains(x); }).length === 1; }); };
   if (a.length === b.length && pairs(a, b) && pairs(b, a)) return 'nested';
   return common ? 'overlap' : 'different';`,
);

const COUNT = pageFunction<string, number>('sel', 'return window.__msProbe.deepAll(sel).length;');

async function compareIn(frame: Frame, hand: string | undefined, probed: string | undefined): Promise<PartResult> {
  if (!hand && !probed) return 'n/a';
  if (!hand) return 'extra';
  if (!probed) return 'missing';
  await callIn(frame, 'roots');
  const r = await frame.evaluate(SAME_SET, [hand, probed]).catch(() => 'different' as const);
  return r === 'none' ? 'different' : r;
}

/**
 * Two message containers are the same for the harness when each holds (Node.contains: the
 * harness does not cross shadow boundaries there) exactly the same message elements.
 */
const SAME_CONTAINER = pageFunction<string[], 'same' | 'different' | 'none'>(
  'args',
  `var P = window.__msProbe; var a = P.deepAll(args[0])[0]; var b = P.deepAll(args[1])[0];
   if (!a || !b) return 'none';
   var msgs = P.deepAll(args[2]);
   if (!msgs.length) return a === b ? 'same' : 'different';
   var inA = msgs.filter(function (m) { return a.contains(m); }).length;
   var inB = msgs.filter(function (m) { return b.contains(m); }).length;
   return inA === msgs.length && inB === msgs.length ? 'same' : 'different';`,
);

async function compareContainers(frame: Frame, hand: HandWritten, probed: string | undefined): Promise<PartResult> {
  const own = hand.selectors.messages;
  if (!own) return probed ? 'extra' : 'n/a';
  if (!probed) return 'missing';
  const roles = ['agentMessage', 'botMessage', 'customerMessage', 'systemMessage'].map((k) => hand.selectors[k]).filter(Boolean).join(', ');
  await callIn(frame, 'roots');
  const r = await frame.evaluate(SAME_CONTAINER, [own, probed, roles]).catch(() => 'different' as const);
  return r === 'none' ? 'different' : r;
}

/** Without a text selector the harness reads a message's whole text: fine when that equals the picked text. */
const WHOLE_TEXT_IS_TEXT = pageFunction<string[], boolean>(
  'args',
  `var P = window.__msProbe; var msgs = P.deepAll(args[0]); if (!msgs.length) return false;
   return msgs.every(function (m) {
     var picked = P.clean(Array.prototype.map.call(m.querySelectorAll(args[1]), function (x) { return x.textContent; }).join(''));
     return picked === P.clean(m.textContent) || picked.replace(/\s+/g, '') === P.clean(m.textContent).replace(/\s+/g, '');
   });`,
);

async function resolveChain(page: Page, chain: string[]): Promise<Frame | undefined> {
  let frame: Frame = page.mainFrame();
  for (const sel of chain) {
    const handle = await frame.locator(sel).first().elementHandle({ timeout: 2000 }).catch(() => null);
    const inner = await handle?.contentFrame();
    if (!inner) return undefined;
    frame = inner;
  }
  return frame;
}

export async function compareWithScenario(view: ProbeView, hand: HandWritten): Promise<Comparison> {
  const { page, findings } = view;
  const parts: Comparison['parts'] = {};
  if (hand.open.length) {
    const last = hand.open[hand.open.length - 1];
    // A launcher that opened the chat in a window of its own is on the page that opened it.
    const host = (await page.opener()) ?? page;
    parts.launcher = await compareIn(host.mainFrame(), last, findings.launcher?.selector);
  } else if (findings.launcher) {
    parts.launcher = 'extra';
  }
  const handFrame = await resolveChain(page, hand.frames);
  if (hand.frames.length || findings.frames.length) {
    parts.frame = !view.chatFrame ? 'missing' : handFrame === view.chatFrame ? 'same' : 'different';
  }
  if (hand.prechat || findings.prechat) {
    parts.prechat = !hand.prechat ? 'extra' : !findings.prechat ? 'missing' : findings.prechat.submitted ? 'same' : 'overlap';
  }
  const frame = handFrame ?? view.chatFrame;
  const probed: Record<string, string | undefined> = {
    input: findings.input?.selector,
    send: findings.send?.selector,
    messages: findings.messages?.selector,
    agentMessage: findings.roles.agentMessage?.selector,
    botMessage: findings.roles.botMessage?.selector,
    customerMessage: findings.roles.customerMessage?.selector,
    systemMessage: findings.roles.systemMessage?.selector,
    text: findings.text?.selector,
    end: findings.end?.selector,
  };
  for (const part of ['input', 'send', 'messages', 'agentMessage', 'botMessage', 'customerMessage', 'systemMessage', 'text', 'end'] as const) {
    if (!frame || view.chatFrame !== frame) {
      parts[part] = hand.selectors[part] ? 'missing' : 'n/a';
      continue;
    }
    if (part === 'text' && hand.selectors.text && !probed.text) {
      const msgs = [probed.agentMessage, probed.botMessage, probed.customerMessage, probed.systemMessage].filter(Boolean).join(', ');
      const ok = msgs ? await frame.evaluate(WHOLE_TEXT_IS_TEXT, [msgs, hand.selectors.text]).catch(() => false) : false;
      parts.text = ok ? 'equivalent' : 'missing';
      continue;
    }
    parts[part] = part === 'messages' ? await compareContainers(frame, hand, probed[part]) : await compareIn(frame, hand.selectors[part], probed[part]);
    // A role the page never showed (no element matches the hand-written selector either) cannot be learnt.
    if (parts[part] === 'missing' && !(await frame.evaluate(COUNT, hand.selectors[part]!).catch(() => 0))) parts[part] = 'unseen';
  }
  const required: Part[] = ['input', 'messages', 'agentMessage'];
  if (hand.open.length) required.push('launcher');
  if (hand.frames.length) required.push('frame');
  const values = Object.values(parts);
  const good = (v: PartResult | undefined) => v === 'same' || v === 'nested' || v === 'equivalent';
  const allGood = values.every((v) => good(v) || v === 'n/a' || v === 'extra' || v === 'unseen');
  const reached = parts.input === 'same';
  const verdict = allGood && required.every((p) => good(parts[p])) ? 'found' : reached || values.some(good) ? 'partly' : 'missed';
  return { parts, verdict };
}
