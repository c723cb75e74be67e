/**
 * What question a fact value answers: how much (an amount of money, or free), when / how long (a duration, a date, a
 * time of day), or something else (a way, a place, a condition). A cue of one fact near a value of another kind does
 * not take the value from its own fact (fact-cues.ts otherFactsCue): a reply can name one fact's topic and state
 * another's amount.
 */
import type { FactSpec } from '../../harness/scenario/schema.js';
import { valueFormOfText } from '../text/values.js';

export type ValueKind = 'money' | 'time' | 'when' | 'other';

// (the canonical value form, text/values.ts: 两百块 → 200元, 不收费 → 免费; 十分钟 keeps its numeral)
const MONEY = /\d元|免费|[块毛角](?:钱)?$|费/u;
const TIME = /工作日|小时|分钟|[天日周月年秒]|点|号|[上下中]午|晚上|凌晨|星期|礼拜/u;

// round 24: a time splits into a point in time that answers "when" (周六上午八点 / 2月26日 / 后天上午) and a length or a
// lead that answers "how long / how early" (提前二十四小时 / 五个工作日): a cue of a fact whose value is a point (练车 of the
// booked slot) does not claim a length said beside it (退掉这次练车得提前二十四小时 is the cancelling rule)
// (read on the value as written: the canonical form says 7日 for both 七号 and 七天)
const N = '[\\d一二三四五六七八九十两几半]';
const POINT = new RegExp(`星期|礼拜|周[一二三四五六日天末]|[上下中]午|早上|晚上|傍晚|凌晨|${N}点|${N}月${N}|${N}[日号]$|[今明后昨前]天`, 'u');
const LENGTH = new RegExp(`小时|钟头|分钟|工作日|${N}(?:个)?(?:天|周|星期|礼拜|年)|${N}个月|提前|以内|之内|[内后]$`, 'u');

const kinds = new Map<string, ValueKind>();

/** The kind of a value as written in a scenario (memoised: values are few and asked for again and again). */
export function valueKind(value: string): ValueKind {
  let k = kinds.get(value);
  if (k === undefined) {
    const form = valueFormOfText(value);
    k = MONEY.test(form) ? 'money' : TIME.test(form) ? (POINT.test(value) && !LENGTH.test(value) ? 'when' : 'time') : 'other';
    kinds.set(value, k);
  }
  return k;
}

/** A fact's kind: its expected value's (the answer the scenario wants says what was asked). */
export function factKind(fact: FactSpec): ValueKind {
  return valueKind(fact.expected);
}
