/**
 * Twilio REST error bodies: `{code, message, more_info, status}` with the documented error codes,
 * so the real SDK raises a RestException carrying the same fields as against api.twilio.com.
 */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

export function twilioError(status: number, code: number, message: string): TwilioErrorBody {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** The errors the emulator raises, by the situation that causes them. */
export const TwilioErrors = {
  authenticate: () => twilioError(401, 20003, 'Authenticate'),
  notFound: (what: string) => twilioError(404, 20404, `The requested resource ${what} was not found`),
  missingTo: () => twilioError(400, 21201, "No 'To' number is specified"),
  missingFrom: () => twilioError(400, 21213, "No 'From' number is specified"),
  missingUrl: () => twilioError(400, 21205, 'Url parameter is required.'),
  invalidTo: (to: string) => twilioError(400, 21211, `Invalid 'To' Phone Number: ${to}`),
  invalidFrom: (from: string) => twilioError(400, 21212, `Invalid 'From' Phone Number: ${from}`),
  geoPermission: (to: string) =>
    twilioError(400, 21215, `Account not authorized to call ${to}. Perhaps you need to enable some international permissions: https://www.twilio.com/console/voice/calls/geo-permissions/low-risk`),
  tooManyRequests: () => twilioError(429, 20429, 'Too Many Requests'),
  callNotInProgress: () => twilioError(400, 21220, 'Call is not in-progress. Cannot redirect.'),
} as const;

/** E.164: a plus, a non-zero country digit, up to 15 digits in all. */
export function isE164(value: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(value);
}
