/** The kinds of personal data (GB/T 35273) the reports mask, and where one was found in a text. */
export const PII_KINDS = ['phone', 'id-card', 'bank-card', 'email', 'address', 'name'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export interface PiiSpan {
  kind: PiiKind;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** Numbers: the digits as read (spoken numerals and separators resolved), '+' kept for E.164. */
  digits?: string;
}

export interface PrivacyOptions {
  /** Mask personal data in reports and the review page. @default true */
  mask?: boolean;
  /** Which kinds to mask. @default every kind in PII_KINDS */
  kinds?: readonly PiiKind[];
  /**
   * Values never masked, e.g. the centre's own switchboard or a test persona's published number;
   * compared with the text as written and, for numbers, with its digits. @default []
   */
  keep?: readonly string[];
  /** Names of the scenarios' personas (persona.name), masked wherever they occur. @default [] */
  personaNames?: readonly string[];
}
