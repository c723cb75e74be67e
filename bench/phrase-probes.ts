/**
 * Phrase banks (test/corpus/phrases-<name>/phrases.jsonl): short labelled exchanges written apart
 * from the scorers — an agent's reply, a customer's complaint, the line before a hold, a first or
 * last turn, a reference number — each set into a plain, courteous contact that is clean on every
 * check, so that a check's verdict on the contact is its verdict on the phrase. A contact-level
 * corpus holds one 忌语 or complaint per contact; a bank holds hundreds of wordings per category,
 * which is what tells whether a vocabulary generalises to words nobody here chose.
 */
import type { Interaction, Speaker, Turn } from '../harness/interaction/types.js';
import type { CheckId } from '../scorers/rubric/schema.js';
import type { Finding, ScoringScenario } from '../scorers/scorer.js';

export const PROBES = ['reply', 'complaint', 'hold', 'opening', 'closing', 'reference'] as const;
export type Probe = (typeof PROBES)[number];

/** One line of a phrase bank, as its authors write it. */
export interface PhraseItem {
  id: string;
  probe: Probe;
  /** @default 'webchat' */
  channel?: 'webchat' | 'voice';
  domain?: string;
  /** The customer's line the agent answers (reply, complaint). */
  customer?: string;
  /** The phrase under test, said by the agent (reply, complaint: the agent's answer). */
  agent: string;
  /** hold: the agent's line when it comes back after the silence. */
  agentAfter?: string;
  labels: Record<string, boolean>;
  category?: string;
  why?: string;
}

/** What one label of a probe measures: the check whose verdict answers it, and when it fires. */
export interface PhraseMeasure {
  /** Shown in the table: probe/label. */
  name: string;
  /** Labels the item must carry for this measure. */
  needs: readonly string[];
  /** Items the measure applies to (e.g. thanks after a hold only when the hold was announced). */
  applies?: (labels: Record<string, boolean>) => boolean;
  /** Whether a correct scorer should fire (report a defect / detect the thing) on this item. */
  expected: (labels: Record<string, boolean>) => boolean;
  /** The check whose verdict answers the label. */
  check: CheckId;
  /** Whether the scorer fired, from its findings on the wrapped contact. */
  fired: (findings: readonly Finding[]) => boolean;
}

/** The check fails on the contact (a defect found), or judges it at all (pass or fail: the thing was detected). */
const fails = (check: CheckId) => ({ check, fired: (findings: readonly Finding[]) => findings.some((f) => f.check === check && f.pass === false) });
const judged = (check: CheckId) => ({ check, fired: (findings: readonly Finding[]) => findings.some((f) => f.check === check && f.pass !== 'na') });

/** The measures per probe; label names are the bank's (see the phrase-bank brief in each set's README). */
export const MEASURES: Record<Probe, readonly PhraseMeasure[]> = {
  reply: [
    { name: 'reply/forbidden → forbidden-words', needs: ['forbidden'], expected: (l) => l.forbidden!, ...fails('forbidden-words') },
    { name: 'reply/rude → politeness', needs: ['rude'], expected: (l) => l.rude!, ...fails('politeness') },
    { name: 'reply/nonAnswer → resolution', needs: ['nonAnswer'], expected: (l) => l.nonAnswer!, ...fails('resolution') },
  ],
  complaint: [
    { name: 'complaint/complaint → empathy applies', needs: ['complaint'], expected: (l) => l.complaint!, ...judged('empathy') },
    {
      name: 'complaint/not empathic → empathy',
      needs: ['complaint', 'empathic'],
      applies: (l) => l.complaint!,
      expected: (l) => !l.empathic,
      ...fails('empathy'),
    },
  ],
  hold: [
    { name: 'hold/not announced → dead-air', needs: ['announced'], expected: (l) => !l.announced, ...fails('dead-air') },
    {
      name: 'hold/not thanked → hold-etiquette',
      needs: ['announced', 'thanked'],
      applies: (l) => l.announced!,
      expected: (l) => !l.thanked,
      ...fails('hold-etiquette'),
    },
  ],
  opening: [
    { name: 'opening/no greeting → greeting', needs: ['greeting'], expected: (l) => !l.greeting, ...fails('greeting') },
    { name: 'opening/no id → agent-id', needs: ['agentId'], expected: (l) => !l.agentId, ...fails('agent-id') },
  ],
  closing: [
    { name: 'closing/no closing → closing', needs: ['closing'], expected: (l) => !l.closing, ...fails('closing') },
    { name: 'closing/no survey → survey-offered', needs: ['survey'], expected: (l) => !l.survey, ...fails('survey-offered') },
  ],
  reference: [
    { name: 'reference/no reference → record-reference', needs: ['reference'], expected: (l) => !l.reference, ...fails('record-reference') },
  ],
};

// The frame's own lines: courteous and complete, so that only the phrase can make a check fire.
const GREETING = '您好，很高兴为您服务，我是客服专员林悦，工号8021，请问有什么可以帮您？';
const QUESTION = '你好，我想问一下我之前反映的那个问题现在处理到哪一步了？';
const ANSWER = '好的，我帮您看了一下，您反映的问题已经转给专人处理，预计三个工作日内会有结果。';
const CUSTOMER_DONE = '好的，我知道了，没有别的问题了。';
const CLOSING = '好的，感谢您的耐心，祝您生活愉快，再见！';
const FOLLOW_UP = '行吧，那你们抓紧处理。';
const FOLLOW_UP_ANSWER = '好的，我这边马上为您加急处理，处理结果会短信通知您。';
const REGISTER_ASK = '那这个问题麻烦你们给我登记一下吧。';
const REGISTER_DONE = '好的，已经为您登记好了。';

type Line = readonly [Speaker, string] | readonly ['silence', number];

/** The silence of a hold probe: over both channels' hold and dead-air thresholds. @default */
const HOLD_SILENCE_MS = { webchat: 40_000, voice: 20_000 } as const;

function linesOf(item: PhraseItem): Line[] {
  const customer = item.customer ?? QUESTION;
  switch (item.probe) {
    case 'reply':
      return [['agent', GREETING], ['customer', customer], ['agent', item.agent], ['customer', CUSTOMER_DONE], ['agent', CLOSING]];
    case 'complaint':
      return [['agent', GREETING], ['customer', customer], ['agent', item.agent], ['customer', FOLLOW_UP], ['agent', FOLLOW_UP_ANSWER], ['customer', CUSTOMER_DONE], ['agent', CLOSING]];
    case 'hold':
      return [
        ['agent', GREETING], ['customer', customer], ['agent', item.agent],
        ['silence', HOLD_SILENCE_MS[item.channel ?? 'webchat']],
        ['agent', item.agentAfter ?? ANSWER], ['customer', CUSTOMER_DONE], ['agent', CLOSING],
      ];
    case 'opening':
      return [['agent', item.agent], ['customer', customer], ['agent', ANSWER], ['customer', CUSTOMER_DONE], ['agent', CLOSING]];
    case 'closing':
      return [['agent', GREETING], ['customer', customer], ['agent', ANSWER], ['customer', CUSTOMER_DONE], ['agent', item.agent]];
    case 'reference':
      return [['agent', GREETING], ['customer', REGISTER_ASK], ['agent', REGISTER_DONE], ['agent', item.agent], ['customer', CUSTOMER_DONE], ['agent', CLOSING]];
  }
}

/** Voice: an unhurried 4 spoken characters a second; chat messages are instants. */
const voiceMs = (text: string) => Math.max(1200, Math.round((text.replace(/[\s，。！？、,.!?：:；;…~]/gu, '').length / 4) * 1000));
/** Gap before a turn: chat replies come after a few seconds, voice turns follow each other closely. */
const GAP_MS = { webchat: 4_000, voice: 700 } as const;

/** The phrase set into a contact, and the scenario it is scored against. */
export function phraseContact(item: PhraseItem, startedAt = 1_764_720_000_000): { interaction: Interaction; scenario: ScoringScenario } {
  const channel = item.channel ?? 'webchat';
  const turns: Turn[] = [];
  let t = 1_000;
  for (const line of linesOf(item)) {
    if (line[0] === 'silence') {
      t += line[1] as number;
      continue;
    }
    const [speaker, text] = line as readonly [Speaker, string];
    t += GAP_MS[channel];
    const endMs = channel === 'voice' ? t + voiceMs(text) : t;
    turns.push(channel === 'voice' ? { speaker, text, startMs: t, endMs, confidence: 0.92 } : { speaker, text, startMs: t, endMs });
    t = endMs;
  }
  const durationMs = t + 1_000;
  const events = channel === 'voice'
    ? [{ type: 'started', atMs: 0 }, { type: 'answered', atMs: 500 }, { type: 'agent-joined', atMs: 500 }, { type: 'hangup', atMs: durationMs - 200, detail: { by: 'customer' } }, { type: 'ended', atMs: durationMs }]
    : [{ type: 'started', atMs: 0 }, { type: 'page-loaded', atMs: 300 }, { type: 'agent-joined', atMs: 500 }, { type: 'ended', atMs: durationMs }];
  const interaction: Interaction = {
    schemaVersion: 1,
    contactId: item.id,
    scenarioId: `phrase-${item.probe}`,
    channel,
    startedAt,
    durationMs,
    events,
    turns,
    outcome: 'completed',
    transcriptSource: channel === 'voice' ? 'deepgram' : 'chat-dom',
  };
  const scenario: ScoringScenario = {
    id: `phrase-${item.probe}`,
    title: '短语探针',
    requires: { verification: false, empathy: false, reference: item.probe === 'reference', survey: item.probe === 'closing' },
  };
  return { interaction, scenario };
}
