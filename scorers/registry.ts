/**
 * Check id → scorer. A plain literal map (no discovery): what is scored is what you read here.
 * Order is the catalogue order of ARCHITECTURE.md and is the order of findings.json.
 */
import { accuracyChecks } from './checks/accuracy.js';
import { completenessChecks } from './checks/completeness.js';
import { normsChecks } from './checks/norms.js';
import { professionalismChecks } from './checks/professionalism.js';
import { deadAir, holdEtiquette } from './checks/silence-checks.js';
import { interruption, speechRate } from './checks/speech.js';
import { timelinessChecks } from './checks/timeliness.js';
import type { CheckId } from './rubric/schema.js';
import type { Scorer } from './scorer.js';

export const SCORERS: Readonly<Record<CheckId, Scorer>> = {
  greeting: normsChecks.greeting,
  'agent-id': normsChecks['agent-id'],
  closing: normsChecks.closing,
  'forbidden-words': normsChecks['forbidden-words'],
  verification: normsChecks.verification,
  'hold-etiquette': holdEtiquette,
  politeness: professionalismChecks.politeness,
  interruption,
  'dead-air': deadAir,
  'speech-rate': speechRate,
  empathy: professionalismChecks.empathy,
  resolution: professionalismChecks.resolution,
  'answer-time': timelinessChecks['answer-time'],
  'first-response': timelinessChecks['first-response'],
  'response-latency': timelinessChecks['response-latency'],
  'handle-time': timelinessChecks['handle-time'],
  'fact-accuracy': accuracyChecks['fact-accuracy'],
  'no-misinformation': accuracyChecks['no-misinformation'],
  'required-info': completenessChecks['required-info'],
  'record-reference': completenessChecks['record-reference'],
  'survey-offered': completenessChecks['survey-offered'],
};
