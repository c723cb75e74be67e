/**
 * Findings → one contact's score sheets. Per item: proportional credit over its checks (each
 * check's findings averaged, N/A left out, weights from the rubric), minus deductions per
 * occurrence, floored at 0; an item whose checks are all N/A is N/A and leaves the maximum; manual
 * items wait for the assessor; a failed veto check zeroes the whole sheet.
 */
import type { ChannelKind } from '../../harness/interaction/types.js';
import { CHECK_IDS, type CheckId, type Rubric, type RubricItem, type RubricSheet } from '../rubric/schema.js';
import { findingCredit, findingOccurrences, type Finding } from '../scorer.js';
import { CHECK_LABELS } from './labels.js';
import type { ScoreSheet, SheetItemResult } from './types.js';

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Per-contact note parts, by the check's position in CHECK_IDS (an array: cheaper than a Map per contact). */
export type NoteCache = (string | undefined)[];
const CHECK_SLOT = Object.fromEntries(CHECK_IDS.map((c, i) => [c, i])) as Record<CheckId, number>;

/**
 * A contact's findings by check, in a list per check at the check's position in CHECK_IDS: an array per contact,
 * not a Map (its entries and string-keyed lookups, ~40 per contact, showed in the cold profile).
 */
export class FindingsByCheck {
  readonly lists: (Finding[] | undefined)[] = new Array(CHECK_IDS.length);
  /** The findings of `check`, in the order given (none: an empty list). */
  of(check: CheckId): readonly Finding[] {
    return this.lists[CHECK_SLOT[check]] ?? NONE;
  }
}
const NONE: readonly Finding[] = [];

/**
 * What scoring an item reads of it, worked out once per rubric item (itemPlan): its check references and deductions
 * as positions in CHECK_IDS, and the distinct checks its note lists. (Per contact, refs and the unique check list
 * were looked up in a WeakMap per item, and every reference went through a Map keyed by check id.)
 */
interface ItemPlan {
  refSlots: number[];
  refWeights: number[];
  deductSlots: number[];
  deductPoints: number[];
  /** The item's distinct checks, references first (SheetItemResult.checks). */
  checks: CheckId[];
  checkSlots: number[];
}

const plans = new WeakMap<RubricSheet, ItemPlan[]>();

/** The plans of a sheet's items (built on its first contact). */
function sheetPlan(sheet: RubricSheet): ItemPlan[] {
  let plan = plans.get(sheet);
  if (!plan) plans.set(sheet, (plan = sheet.items.map(itemPlan)));
  return plan;
}

function itemPlan(item: RubricItem): ItemPlan {
  const refs = item.checks.map((c) => (typeof c === 'string' ? { check: c, weight: 1 } : { check: c.check, weight: c.weight ?? 1 }));
  const checks = [...new Set([...refs.map((r) => r.check), ...item.deduct.map((d) => d.check)])];
  return {
    refSlots: refs.map((r) => CHECK_SLOT[r.check]),
    refWeights: refs.map((r) => r.weight),
    deductSlots: item.deduct.map((d) => CHECK_SLOT[d.check]),
    deductPoints: item.deduct.map((d) => d.points),
    checks,
    checkSlots: checks.map((c) => CHECK_SLOT[c]),
  };
}

/** A finding's part of an item note. */
function fragment(f: Finding): string {
  const label = CHECK_LABELS[f.check];
  return f.pass === true ? `${label}✓` : `${label}${f.pass === 'na' ? '—' : '✗'}（${f.reason}）`;
}

/**
 * The note part of each check, built once per contact (`notes` is the contact's cache): a check
 * feeds up to three items (dead-air: 服务标准执行, 沟通能力, 服务响应及时性) and rebuilding its
 * fragments per item was the top self-time of cold scoring after GC.
 */
function checkNote(slot: number, byCheck: FindingsByCheck, notes: NoteCache): string {
  let note = notes[slot];
  if (note === undefined) {
    const list = byCheck.lists[slot];
    note = '';
    if (list) for (let i = 0; i < list.length; i++) note = i ? `${note}；${fragment(list[i]!)}` : fragment(list[i]!);
    notes[slot] = note;
  }
  return note;
}

function noteFor(plan: ItemPlan, byCheck: FindingsByCheck, notes: NoteCache): string {
  let note = '';
  const slots = plan.checkSlots;
  for (let i = 0; i < slots.length; i++) {
    const part = checkNote(slots[i]!, byCheck, notes);
    if (part) note = note ? `${note}；${part}` : part;
  }
  return note;
}

function result(item: RubricItem, checks: readonly CheckId[], score: number | null, status: SheetItemResult['status'], note: string): SheetItemResult {
  // a plain literal, not a spread: this runs ~30 times per contact and spreads showed up in profiles
  return { item: item.item, content: item.content, max: item.max, score, status, note, checks };
}

function scoreItem(item: RubricItem, plan: ItemPlan, byCheck: FindingsByCheck, channel: ChannelKind, notes: NoteCache): SheetItemResult {
  const checks = plan.checks;
  if (item.na !== undefined) return result(item, checks, null, 'na', item.na);
  if (item.naChannels.includes(channel)) return result(item, checks, null, 'na', `${channel === 'voice' ? '语音' : '文字'}渠道不适用`);
  if (item.manual) return result(item, checks, null, 'manual', '待评估人员人工评分');
  const lists = byCheck.lists;
  let weighted = 0;
  let weights = 0;
  for (let k = 0; k < plan.refSlots.length; k++) {
    const list = lists[plan.refSlots[k]!];
    if (!list) continue;
    let sum = 0;
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const c = findingCredit(list[i]!);
      if (c === null) continue;
      sum += c;
      n++;
    }
    if (!n) continue;
    weighted += plan.refWeights[k]! * (sum / n);
    weights += plan.refWeights[k]!;
  }
  let deducted = 0;
  let deductApplicable = false;
  for (let k = 0; k < plan.deductSlots.length; k++) {
    const list = lists[plan.deductSlots[k]!];
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      if (f.pass === 'na') continue;
      deductApplicable = true;
      deducted += findingOccurrences(f) * plan.deductPoints[k]!;
    }
  }
  if (weights === 0 && !deductApplicable) return result(item, checks, null, 'na', noteFor(plan, byCheck, notes) || '相关检查均不适用');
  const earned = weights > 0 ? item.max * (weighted / weights) : item.max;
  const score = round2(Math.max(0, Math.min(item.max, earned - deducted)));
  const note = noteFor(plan, byCheck, notes) + (deducted > 0 ? `；扣${round2(deducted)}分` : '');
  return result(item, checks, score, 'scored', note);
}

export function totals(items: SheetItemResult[]): Pick<ScoreSheet, 'total' | 'max' | 'manualMax' | 'normalised'> {
  let total = 0;
  let max = 0;
  let manualMax = 0;
  for (const it of items) {
    if (it.status === 'scored' || it.status === 'veto') {
      total += it.score ?? 0;
      max += it.max;
    } else if (it.status === 'manual') manualMax += it.max;
  }
  return { total: round2(total), max: round2(max), manualMax: round2(manualMax), normalised: max > 0 ? round2((total / max) * 100) : null };
}

export function groupFindings(findings: readonly Finding[]): FindingsByCheck {
  const byCheck = new FindingsByCheck();
  const lists = byCheck.lists;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    const slot = CHECK_SLOT[f.check];
    const list = lists[slot];
    if (list) list.push(f);
    else lists[slot] = [f];
  }
  return byCheck;
}

export function buildSheet(sheet: RubricSheet, findings: readonly Finding[] | FindingsByCheck, channel: ChannelKind, notes: NoteCache = []): ScoreSheet {
  const byCheck = findings instanceof FindingsByCheck ? findings : groupFindings(findings);
  const plan = sheetPlan(sheet);
  let items: SheetItemResult[] = [];
  for (let i = 0; i < sheet.items.length; i++) items.push(scoreItem(sheet.items[i]!, plan[i]!, byCheck, channel, notes));
  let veto: ScoreSheet['veto'];
  for (const v of sheet.veto) {
    const failed = byCheck.of(v.check).find((f) => f.pass === false);
    if (failed) {
      veto = { check: v.check, reason: v.reason, finding: failed.reason };
      break;
    }
  }
  if (veto) {
    const why = `一票否决：${veto.reason}（${veto.finding}）`;
    items = items.map((it) => (it.status === 'scored' ? { item: it.item, content: it.content, max: it.max, score: 0, status: 'veto', note: `${why}；${it.note}`, checks: it.checks } : it));
  }
  const t = totals(items);
  const out: ScoreSheet = {
    sheetId: sheet.id,
    title: sheet.title,
    dimension: sheet.dimension,
    group: sheet.group,
    supplementary: sheet.supplementary,
    level: sheet.level,
    items,
    total: t.total,
    max: t.max,
    manualMax: t.manualMax,
    normalised: t.normalised,
  };
  if (veto) out.veto = veto;
  return out;
}

/** The contact-level sheets of a rubric (run-level sheets such as D.2.1 are built from a whole run). */
export function buildContactSheets(rubric: Rubric, findings: readonly Finding[], channel: ChannelKind): ScoreSheet[] {
  const byCheck = groupFindings(findings);
  const out: ScoreSheet[] = [];
  const notes: NoteCache = [];
  for (const s of rubric.sheets) if (s.level === 'contact') out.push(buildSheet(s, byCheck, channel, notes));
  return out;
}
