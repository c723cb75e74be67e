/** Refusals of the safety layer: each has a stable code and says what to change. */
import { HarnessError } from '../errors.js';

export type SafetyCode =
  | 'E_DIAL_ALLOWLIST'
  | 'E_DIAL_NUMBER'
  | 'E_DIAL_WINDOW'
  | 'E_DIAL_CAP'
  | 'E_DIAL_CONFIRM'
  | 'E_DIAL_DECLINED'
  | 'E_DIAL_POLICY';

export class SafetyError extends HarnessError {
  constructor(
    override readonly code: SafetyCode,
    message: string,
    hint?: string,
  ) {
    super(code, message, hint);
  }
}
