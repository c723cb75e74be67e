/** Score sheets as assessors hand them in (Appendix D layout: 评价项目, 评价内容, 分值, 得分, 备注). */
import type { ChannelKind, Outcome } from '../../harness/interaction/types.js';
import type { CheckId, SheetGroup } from '../rubric/schema.js';
import type { ContactStatus } from '../contact-status.js';
import type { Finding } from '../scorer.js';

/** scored: points computed; na: not applicable (excluded from the maximum); manual: the assessor fills it in; veto: zeroed by a critical failure. */
export type ItemStatus = 'scored' | 'na' | 'manual' | 'veto';

export interface SheetItemResult {
  /** 评价项目 */
  item: string;
  /** 评价内容 */
  content: string;
  /** 分值 */
  max: number;
  /** 得分 (null for N/A and manual items) */
  score: number | null;
  status: ItemStatus;
  /** 备注: evidence summary — which checks passed/failed and why. */
  note: string;
  checks: readonly CheckId[];
  /** Aggregated sheets: contacts in which the item applied / was vetoed. */
  applicable?: number;
  vetoed?: number;
}

export interface ScoreSheet {
  sheetId: string;
  title: string;
  dimension: string;
  group: SheetGroup;
  supplementary: boolean;
  level: 'contact' | 'run';
  items: SheetItemResult[];
  /** 合计: sum of scored (and vetoed = 0) items. */
  total: number;
  /** Maximum of the items that were scored (N/A and manual excluded). */
  max: number;
  /** Maximum of manual items still to be filled in by the assessor. */
  manualMax: number;
  /** total / max × 100, null when nothing was scorable. */
  normalised: number | null;
  /** Set when a veto check failed (per contact), with the finding's reason. */
  veto?: { check: CheckId; reason: string; finding: string };
  /** Aggregated sheets: number of contacts and how many were vetoed. */
  contacts?: number;
  vetoedContacts?: number;
}

export interface GroupScore {
  group: SheetGroup;
  label: string;
  /** 0–100, null when no sheet of the group was scorable. */
  score: number | null;
  /** Appendix C weight, percent. */
  weight: number;
  /** score × weight / 100 */
  weighted: number | null;
}

/** Appendix C.1 服务特性评价得分 = Σ(二级指标得分 × 权重). */
export interface AppendixC {
  groups: GroupScore[];
  /** Σ weighted over applicable groups (out of the applicable weights' sum). */
  weightedTotal: number;
  applicableWeight: number;
  /** weightedTotal rescaled to 0–100 over the applicable weights. */
  normalised: number | null;
}

export interface ContactScore {
  contactId: string;
  scenarioId: string;
  channel: ChannelKind;
  outcome: Outcome;
  /** served: judged; not-connected: N/A on every check (counts in 呼叫接通率 only). */
  status: ContactStatus;
  findings: Finding[];
  sheets: ScoreSheet[];
  /** 服务质量 0–100 (quality-group sheets). */
  qualityScore: number | null;
  /** qualityScore ≥ passLine (ch.9). */
  pass: boolean | null;
}

export interface TargetRow {
  category: string;
  indicator: string;
  unit: 'score' | 'rate' | 'ms' | 'count';
  target: number | null;
  direction: 'min' | 'max';
  actual: number | null;
  /** null when there is no target or no actual value. */
  met: boolean | null;
  note?: string;
}
