/**
 * What the customer asked since the agent's last turn, and whether an agent's value answers that question
 * rather than the fact: facts.ts ties a bare value to a how-much question, and lets a value that answers a
 * new question on another topic go.
 */
import type { PreparedTranscript, PreparedTurn } from '../context.js';
import { clauseBounds, LINE_TEST, lineTest, type TextView } from '../text/view.js';
import { turnAsksQuestion } from './non-answer-forms.js';

/** The turn says nothing but the value (and particles), and the question asks an amount, a count or a time. */
export function bareAnswer(t: PreparedTurn, m: { start: number; end: number }, question: PreparedTurn): boolean {
  const rest = t.view.norm.slice(0, m.start) + t.view.norm.slice(m.end);
  return BARE_REST.test(rest) && HOW_MUCH.test(question.view.norm);
}
const BARE_REST = /^(?:嗯|啊|哦|呃|是|就|要|收|共|一共|总共|大概|的|吧|呢|哈|啊)*$/u;
const HOW_MUCH = /多少|几[天个次年月块元位]|多久|多长时间/u;
/** A question word asking for a value: an amount, a duration, a time, a place, a body. */
const ASKS_VALUE = /多少|几|多久|多长|多大|多快|多远|什么时候|啥时候|何时|哪|谁/u;
/** ASKS_VALUE of a line's norm, decided once per line (view.ts lineTest). */
const asksValueOf = (view: TextView): boolean => ASKS_VALUE.test(view.norm);

/**
 * `t` is the agent's reply to `question`, a question asking for a value — how much, how long, when, where, who (修一次要
 * 几天？/ 去哪儿申请？) — with no dialogue turn between them (the customer added nothing, the agent said nothing first). A
 * yes-no question or a press (沙窗能单独换吗 / 总得有个办法吧) asks for no value: one said in reply may be about anything.
 */
/** The question asks for a value (how much, how long, when, where, who). */
export function asksValue(question: PreparedTurn): boolean {
  return lineTest(question.view, LINE_TEST.asksValue, asksValueOf);
}

export function repliesTo(p: PreparedTranscript, t: PreparedTurn, question: PreparedTurn): boolean {
  if (!lineTest(question.view, LINE_TEST.asksValue, asksValueOf)) return false;
  for (let k = question.index + 1; k < t.index; k++) {
    const who = p.turns[k]!.turn.speaker;
    if (who === 'customer' || who === 'agent') return false;
  }
  return true;
}

/**
 * For each agent turn (in p.agent order), the last customer turn since the agent's previous turn that asks a
 * question, or undefined: one walk over the customer turns, each asked about once.
 */
export function newQuestions(p: PreparedTranscript): (PreparedTurn | undefined)[] {
  const out: (PreparedTurn | undefined)[] = [];
  let k = 0;
  for (const t of p.agent) {
    let asked: PreparedTurn | undefined;
    for (; k < p.customer.length && p.customer[k]!.index < t.index; k++) if (turnAsksQuestion(p.customer[k]!)) asked = p.customer[k];
    out.push(asked);
  }
  return out;
}

/**
 * The value's clause repeats a word of the question (two Han characters side by side, not a function
 * word): 改签本身不收费 after 那改签要钱吗. A value answering the same question in other words (扣多少？— 扣5%)
 * shares none and stays with its fact.
 */
export function sharesTopic(t: PreparedTurn, m: { start: number; end: number }, question: PreparedTurn): boolean {
  const [start, end] = clauseBounds(t.view, m.start, m.end);
  const clause = t.view.norm.slice(start, m.start) + '|' + t.view.norm.slice(m.end, end);
  const asked = question.view.norm;
  for (let i = 0; i + 1 < clause.length; i++) {
    const pair = clause.slice(i, i + 2);
    if (HAN_PAIR.test(pair) && !FUNCTION_PAIRS.has(pair) && asked.includes(pair)) return true;
  }
  return false;
}
const HAN_PAIR = /^\p{Script=Han}{2}$/u;
/** Words any question and answer share whatever the topic. */
const FUNCTION_PAIRS = new Set(['这个', '那个', '我们', '你们', '您的', '你的', '我的', '可以', '的话', '一下', '什么', '怎么', '多少', '现在', '就是', '还是', '这边', '是不', '不是', '要不', '能不', '有没', '没有', '这样', '那么', '时候', '需要', '知道', '请问', '一个', '这里']);
