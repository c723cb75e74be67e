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

function refsOf(item: RubricItem): { check: CheckId; weight: number }[] {
  return item.checks.map((c) => (typeof c === 'string' ? { check: c, weight: 1 } : { check: c.check, weight: c.weight ?? 1 }));
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
function checkNote(check: CheckId, byCheck: Map<CheckId, Finding[]>, notes: NoteCache): string {
  const slot = CHECK_SLOT[check];
  let note = notes[slot];
  if (note === undefined) {
    const list = byCheck.get(check);
    note = '';
    if (list) for (let i = 0; i < list.length; i++) note = i ? `${note}；${fragment(list[i]!)}` : fragment(list[i]!);
    notes[slot] = note;
  }
  return note;
}

/** Per-contact note parts, by the check's position in CHECK_IDS (an array: cheaper than a Map per contact). */
export type NoteCache = (string | undefined)[];
const CHECK_SLOT = Object.fromEntries(CHECK_IDS.map((c, i) => [c, i])) as Record<CheckId, number>;

function noteFor(checks: readonly CheckId[], byCheck: Map<CheckId, Finding[]>, notes: NoteCache): string {
  let note = '';
  for (let i = 0; i < checks.length; i++) {
    const part = checkNote(checks[i]!, byCheck, notes);
    if (part) note = note ? `${note}；${part}` : part;
  }
  return note;
}

function result(item: RubricItem, checks: readonly CheckId[], score: number | null, status: SheetItemResult['status'], note: string): SheetItemResult {
  // a plain literal, not a spread: this runs ~30 times per contact and spreads showed up in profiles
  return { item: item.item, content: item.content, max: item.max, score, status, note, checks };
}

const checksOfItem = new WeakMap<RubricItem, { refs: { check: CheckId; weight: number }[]; checks: CheckId[] }>();

function itemChecks(item: RubricItem): { refs: { check: CheckId; weight: number }[]; checks: CheckId[] } {
  let c = checksOfItem.get(item);
  if (!c) {
    const refs = refsOf(item);
    c = { refs, checks: [...new Set([...refs.map((r) => r.check), ...item.deduct.map((d) => d.check)])] };
    checksOfItem.set(item, c);
  }
  return c;
}

export function scoreItem(item: RubricItem, byCheck: Map<CheckId, Finding[]>, channel: ChannelKind, notes: NoteCache = []): SheetItemResult {
  const { refs, checks } = itemChecks(item);
  if (item.na !== undefined) return result(item, checks, null, 'na', item.na);
  if (item.naChannels.includes(channel)) return result(item, checks, null, 'na', `${channel === 'voice' ? '语音' : '文字'}渠道不适用`);
  if (item.manual) return result(item, checks, null, 'manual', '待评估人员人工评分');
  let weighted = 0;
  let weights = 0;
  for (const r of refs) {
    let sum = 0;
    let n = 0;
    for (const f of byCheck.get(r.check) ?? []) {
      const c = findingCredit(f);
      if (c === null) continue;
      sum += c;
      n++;
    }
    if (!n) continue;
    weighted += r.weight * (sum / n);
    weights += r.weight;
  }
  let deducted = 0;
  let deductApplicable = false;
  for (const d of item.deduct) {
    for (const f of byCheck.get(d.check) ?? []) {
      if (f.pass === 'na') continue;
      deductApplicable = true;
      deducted += findingOccurrences(f) * d.points;
    }
  }
  if (weights === 0 && !deductApplicable) return result(item, checks, null, 'na', noteFor(checks, byCheck, notes) || '相关检查均不适用');
  const earned = weights > 0 ? item.max * (weighted / weights) : item.max;
  const score = round2(Math.max(0, Math.min(item.max, earned - deducted)));
  const note = noteFor(checks, byCheck, notes) + (deducted > 0 ? `；扣${round2(deducted)}分` : '');
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

export function groupFindings(findings: readonly Finding[]): Map<CheckId, Finding[]> {
  const byCheck = new Map<CheckId, Finding[]>();
  for (const f of findings) {
    const list = byCheck.get(f.check);
    if (list) list.push(f);
    else byCheck.set(f.check, [f]);
  }
  return byCheck;
}

export function buildSheet(sheet: RubricSheet, findings: readonly Finding[] | Map<CheckId, Finding[]>, channel: ChannelKind, notes: NoteCache = []): ScoreSheet {
  const byCheck = findings instanceof Map ? findings : groupFindings(findings);
  let items: SheetItemResult[] = [];
  for (const it of sheet.items) items.push(scoreItem(it, byCheck, channel, notes));
  let veto: ScoreSheet['veto'];
  for (const v of sheet.veto) {
    const failed = (byCheck.get(v.check) ?? []).find((f) => f.pass === false);
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
