/**
 * Settings of safe dialling (`dialling:` in mystery-shopper.config.yaml). They only bind real
 * dialling; calls to the offline lab's emulator are exempt (see `diallingMode`).
 */

/** When calls may be placed, in the centre's own time zone. */
export interface CallingWindow {
  /** IANA time zone of the centre. @default "Asia/Shanghai" */
  tz: string;
  /** Days calls may be placed: a range or a list, e.g. "mon-fri", "mon,wed,sat", "mon-sun". @default "mon-fri" */
  days: string;
  /** Local start time, HH:MM (inclusive). @default "09:00" */
  from: string;
  /** Local end time, HH:MM (exclusive). @default "18:00" */
  to: string;
}

export interface DialCaps {
  /** Calls one run may place (counting resumes of it). @default 50 */
  perRun: number;
  /** Calls all runs sharing the `out` folder may place per local day of the calling window. @default 200 */
  perDay: number;
}

export interface DiallingConfig {
  /**
   * Destinations that may be dialled: complete numbers (any format libphonenumber-js reads with
   * `region`), or E.164 prefixes ending in `*` ("+86400*"). Empty: real calls are refused.
   * @default []
   */
  allow: string[];
  /** Region for numbers written without a country code (ISO 3166 alpha-2). @default "CN" */
  region: string;
  /** @default { tz: "Asia/Shanghai", days: "mon-fri", from: "09:00", to: "18:00" } */
  window: CallingWindow;
  /** @default { perRun: 50, perDay: 200 } */
  caps: DialCaps;
  /** Price of one call minute, for the estimate shown before dialling. @default unset (minutes only) */
  costPerMinute?: number;
  /** @default "USD" */
  currency: string;
}

export function defaultDialling(): DiallingConfig {
  return {
    allow: [],
    region: 'CN',
    window: { tz: 'Asia/Shanghai', days: 'mon-fri', from: '09:00', to: '18:00' },
    caps: { perRun: 50, perDay: 200 },
    currency: 'USD',
  };
}
