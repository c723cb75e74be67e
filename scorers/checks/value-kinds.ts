/**
 * What question a fact value answers: how much (an amount of money, or free), when / how long (a duration, a date, a
 * time of day), or something else (a way, a place, a condition). A cue of one fact near a value of another kind does
 * not take the value from its own fact (fact-cues.ts otherFactsCue): a reply can name one fact's topic and state
 * another's amount.
 */
import type { FactSpec } from '../../harness/scenario/schema.js';
import { valueFormOfText } from '../text/values.js';

export type ValueKind = 'money' | 'time' | 'other';

// (the canonical value form, text/values.ts: 两百块 → 200元, 不收费 → 免费; 十分钟 keeps its numeral)
const MONEY = /\d元|免费|[块毛角](?:钱)?$|费/u;
const TIME = /工作日|小时|分钟|[天日周月年秒]|点|号|[上下中]午|晚上|凌晨|星期|礼拜/u;

const kinds = new Map<string, ValueKind>();

/** The kind of a value as written in a scenario (memoised: values are few and asked for again and again). */
export function valueKind(value: string): ValueKind {
  let k = kinds.get(value);
  if (k === undefined) {
    const form = valueFormOfText(value);
    k = MONEY.test(form) ? 'money' : TIME.test(form) ? 'time' : 'other';
    kinds.set(value, k);
  }
  return k;
}

/** A fact's kind: its expected value's (the answer the scenario wants says what was asked). */
export function factKind(fact: FactSpec): ValueKind {
  return valueKind(fact.expected);
}
