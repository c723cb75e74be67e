/** Builders for labelled test transcripts (not a test file: shared by the scorer tests). */
import type { Interaction, InteractionEvent, Speaker } from '../../harness/interaction/types.js';
import { loadRubric } from '../../harness/scoring/rubric-loader.js';
import type { Rubric } from '../../scorers/rubric/schema.js';
import { forbiddenWords } from '../../scorers/checks/norms.js';
import { empathy, politeness } from '../../scorers/checks/professionalism.js';
import type { Finding, ScoringScenario } from '../../scorers/scorer.js';

export const rubric: Rubric = await loadRubric();

type Line = [Speaker, string, number] | [Speaker, string, number, number];

/** A chat: each line is [speaker, text, atMs] (chat turns have startMs = endMs). */
export function chat(lines: Line[], extra: Partial<Interaction> = {}): Interaction {
  return build('webchat', lines, extra);
}

/** A call: each line is [speaker, text, startMs, endMs]. */
export function call(lines: Line[], extra: Partial<Interaction> = {}): Interaction {
  return build('voice', lines, extra);
}

function build(channel: Interaction['channel'], lines: Line[], extra: Partial<Interaction>): Interaction {
  const turns = lines.map(([speaker, text, start, end]) => ({ speaker, text, startMs: start, endMs: end ?? start }));
  const last = turns.reduce((m, t) => Math.max(m, t.endMs), 0);
  const events: InteractionEvent[] = channel === 'voice' ? [{ type: 'ringing', atMs: 300 }, { type: 'answered', atMs: 2000 }] : [{ type: 'page-loaded', atMs: 300 }];
  return {
    schemaVersion: 1,
    contactId: 'test-1',
    scenarioId: 'test',
    channel,
    startedAt: 1_795_420_800_000,
    durationMs: last + 3000,
    events,
    turns,
    outcome: 'completed',
    transcriptSource: channel === 'voice' ? 'emulator' : 'chat-dom',
    ...extra,
  };
}

export const scenario = (extra: Partial<ScoringScenario> = {}): ScoringScenario => ({ id: 'test', title: '测试场景', ...extra });

/** The single finding of a check (fails the test when there are several). */
export function only(findings: Finding[]): Finding {
  if (findings.length !== 1) throw new Error(`expected one finding, got ${findings.length}`);
  return findings[0]!;
}

/**
 * empathy's verdict on a short chat: the agent greets, the customer says `said`, the agent answers `reply`
 * and goes on with `next`. false: a complaint left without empathy; 'na': no complaint heard; true: answered.
 */
export function empathyAfter(said: string, reply: string, next: string): Finding['pass'] {
  const contact = chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', said, 2000],
    ['agent', reply, 3000],
    ['agent', next, 4000],
  ]);
  return only(empathy(contact, scenario(), rubric)).pass;
}

/**
 * A short chat around one agent line: the agent greets, the customer says `asked`, the agent answers `said` and
 * closes courteously — the line under test in the place a 忌语 usually stands.
 */
export function agentReplies(said: string, asked = '我想问一下我的事'): Interaction {
  return chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', asked, 2000],
    ['agent', said, 3000],
    ['agent', '好的，谢谢您', 4000],
  ]);
}

/** forbidden-words' categories for `said` as the answer to `asked` (agentReplies); [] when it is clean. */
export function forbiddenCategories(said: string, asked?: string): string[] {
  const f = only(forbiddenWords(agentReplies(said, asked), scenario(), rubric));
  return f.pass === false ? (f.details as { categories: string[] }).categories : [];
}

/**
 * A desk's call or chat around one agent reply (voice when `said` holds a speech pause, a space; chat otherwise): the
 * agent opens with `opening`, the customer asks `asked`, the agent answers `said`, the customer takes it and the agent
 * closes courteously. `rude` and `forbidden` are politeness' and forbidden-words' verdicts on the reply: the frame's
 * own lines are clean, so a failure is the reply's.
 */
export function replyAtDesk(opening: string, asked: string) {
  const lines = (said: string): Line[] => [
    ['agent', opening, 1000, 2500],
    ['customer', asked, 3000, 4500],
    ['agent', said, 5000, 8000],
    ['customer', '好吧', 8500, 9000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 9500, 11000],
  ];
  const contact = (said: string) => (said.includes(' ') ? call(lines(said)) : chat(lines(said)));
  return {
    contact,
    rude: (said: string) => only(politeness(contact(said), scenario(), rubric)).pass === false,
    forbidden: (said: string) => only(forbiddenWords(contact(said), scenario(), rubric)).pass === false,
  };
}
