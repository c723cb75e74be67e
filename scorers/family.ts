/** The 5.1.1 dimension each check belongs to (the `family` of its findings). */
import type { CheckId } from './rubric/schema.js';
import type { Family } from './scorer.js';

export const FAMILY_OF: Readonly<Record<CheckId, Family>> = {
  greeting: 'norms',
  'agent-id': 'norms',
  closing: 'norms',
  'forbidden-words': 'norms',
  verification: 'norms',
  'hold-etiquette': 'norms',
  politeness: 'professionalism',
  interruption: 'professionalism',
  'dead-air': 'professionalism',
  'speech-rate': 'professionalism',
  empathy: 'professionalism',
  resolution: 'professionalism',
  'answer-time': 'timeliness',
  'first-response': 'timeliness',
  'response-latency': 'timeliness',
  'handle-time': 'timeliness',
  'fact-accuracy': 'accuracy',
  'no-misinformation': 'accuracy',
  'required-info': 'completeness',
  'record-reference': 'completeness',
  'survey-offered': 'completeness',
};
