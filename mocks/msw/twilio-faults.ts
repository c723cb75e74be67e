/**
 * msw handlers that make Twilio's REST API fail the way it really does, for tests that drive the
 * real twilio SDK (and the voice channel) into each failure: documented error bodies and codes,
 * server errors, hangs and bodies that are not JSON.
 */
import { delay, http, HttpResponse } from 'msw';

export type TwilioFault = 'invalid-number' | 'geo-permission' | 'rate-limited' | 'auth' | 'server-error' | 'timeout' | 'malformed';

const BODIES: Record<Exclude<TwilioFault, 'timeout' | 'malformed' | 'server-error'>, { status: number; code: number; message: string }> = {
  'invalid-number': { status: 400, code: 21211, message: "Invalid 'To' Phone Number: +86123" },
  'geo-permission': { status: 400, code: 21215, message: 'Account not authorized to call +8610xxxxxxxx. Perhaps you need to enable some international permissions.' },
  'rate-limited': { status: 429, code: 20429, message: 'Too Many Requests' },
  auth: { status: 401, code: 20003, message: 'Authenticate' },
};

/** Handlers for calls.create at `baseUrl` (e.g. https://api.twilio.com or a fake host). */
export function twilioFaultHandlers(baseUrl: string, fault: TwilioFault) {
  const base = baseUrl.replace(/\/+$/u, '');
  return [
    http.post(`${base}/2010-04-01/Accounts/:accountSid/Calls.json`, async () => {
      switch (fault) {
        case 'timeout':
          await delay('infinite');
          return HttpResponse.text('never');
        case 'malformed':
          return HttpResponse.text('<html>502 Bad Gateway</html>', { status: 201, headers: { 'content-type': 'application/json' } });
        case 'server-error':
          return HttpResponse.json({ code: 20500, message: 'Internal Server Error', more_info: 'https://www.twilio.com/docs/errors/20500', status: 500 }, { status: 500 });
        default: {
          const b = BODIES[fault];
          return HttpResponse.json({ ...b, more_info: `https://www.twilio.com/docs/errors/${b.code}` }, { status: b.status });
        }
      }
    }),
  ];
}
