/**
 * resolution's reading of a fact left unstated that was answered all the same, with a number the scenario does
 * not list (fact-accuracy judges the number).
 */
import type { FactSpec } from '../../harness/scenario/schema.js';
import type { PreparedTranscript } from '../context.js';
import { escapeRegExp } from '../text/regexp-escape.js';
import { mayHoldValue, valueChars, valueFormOf, valueFormOfText } from '../text/values.js';
import type { FactResult } from './facts.js';

/**
 * The fact was answered with a value the scenario does not list: the expected value's shape with another
 * number (每月15日 expected, 每月10日 said; 取车前24小时 expected, 取车前6小时 said). The question got an
 * answer — a wrong one, fact-accuracy's business — so it did not go unanswered. Only a shape with words
 * besides the number and its unit (每月…日, 考前…天) says alone what it is about: a bare number and unit
 * (3天, 8个, 0.75%) may answer anything, and the corpora show vague replies that carry one.
 */
export function answeredWithUnlistedValue(p: PreparedTranscript, r: FactResult): boolean {
  const shapes = specificShapes(r.fact);
  if (!shapes.length) return false;
  for (const t of p.agent) {
    for (const shape of shapes) {
      // (the value form built only for a line holding the shape's words: most lines say none of them)
      if (mayHoldValue(t.view.norm, shape.needs) && shape.re.test(valueFormOf(t.view).norm)) return true;
    }
  }
  return false;
}

interface ValueShape {
  re: RegExp;
  /** Words besides the number and a one-character unit: the shape alone says what it is about. */
  specific: boolean;
  /** Its Han characters (text/values.ts valueChars): a line may hold the shape only where mayHoldValue says so. */
  needs: string[];
}

const NUMBER = /\d+(?:\.\d+)?/gu;

/**
 * The fact's specific value shapes, once per scenario fact: built per contact, their expressions were compiled
 * anew each time a fact went unstated (~3 % of scoring an unseen contact).
 */
const shapesByFact = new WeakMap<FactSpec, ValueShape[]>();
function specificShapes(fact: FactSpec): ValueShape[] {
  let shapes = shapesByFact.get(fact);
  if (!shapes) {
    shapes = [fact.expected, ...(fact.variants ?? [])].map(valueShape).filter((x): x is ValueShape => x !== null && x.specific);
    shapesByFact.set(fact, shapes);
  }
  return shapes;
}

/** The value with its number(s) as a wildcard; null when it has no number (免费, 原路退回). */
function valueShape(value: string): ValueShape | null {
  const form = valueFormOfText(value);
  if (!/\d/u.test(form)) return null;
  const parts = form.split(NUMBER);
  const words = parts.join('').replace(/[个%.:-]/gu, '');
  const re = new RegExp(parts.map(escapeRegExp).join('(?<!\\d)\\d+(?:\\.\\d+)?(?!\\d)'), 'u');
  return { re, specific: words.length >= 3, needs: valueChars(form) };
}
