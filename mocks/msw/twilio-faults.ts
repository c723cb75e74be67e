/**
 * msw handlers that make Twilio's REST API fail the way it really does, for tests that drive the
 * real twilio SDK (and the voice channel) into each failure: documented error bodies and codes,
 * 429 with Retry-After, server errors, hangs, dropped connections and bodies that are not JSON.
 * A fault can hit only the first N requests (then Twilio answers normally), and a failed create
 * can still have created the call (`createdAnyway`: the request reached Twilio, the answer was lost)
 * — the case a safe retry must adopt rather than dial again. Created calls are listed by
 * GET Calls.json (To/From filters), as the lookup before a retry reads them.
 */
import { delay, http, HttpResponse } from 'msw';

export type TwilioFault = 'invalid-number' | 'geo-permission' | 'rate-limited' | 'auth' | 'server-error' | 'unavailable' | 'timeout' | 'reset' | 'malformed';

const BODIES: Record<'invalid-number' | 'geo-permission' | 'rate-limited' | 'auth' | 'server-error' | 'unavailable', { status: number; code: number; message: string }> = {
  'invalid-number': { status: 400, code: 21211, message: "Invalid 'To' Phone Number: +86123" },
  'geo-permission': { status: 400, code: 21215, message: 'Account not authorized to call +8610xxxxxxxx. Perhaps you need to enable some international permissions.' },
  'rate-limited': { status: 429, code: 20429, message: 'Too Many Requests' },
  auth: { status: 401, code: 20003, message: 'Authenticate' },
  'server-error': { status: 500, code: 20500, message: 'Internal Server Error' },
  unavailable: { status: 503, code: 20503, message: 'Service Unavailable' },
};

export interface TwilioFaultPlan {
  /** Which requests fail. @default "create" */
  route?: 'create' | 'fetch';
  /** Only the first N requests of that route fail; later ones succeed. @default every one */
  times?: number;
  /** A failed create still created the call (the answer was lost on the way back). @default false */
  createdAnyway?: boolean;
  /** Retry-After on 429 and 503, seconds. @default 2 */
  retryAfterSec?: number;
}

export interface TwilioFaultLog {
  /** Requests to the faulty route. */
  requests: number;
  /** Calls that exist on this fake Twilio, in creation order. */
  created: { sid: string; to: string; from: string; createdAt: number }[];
}

function callJson(accountSid: string, c: TwilioFaultLog['created'][number]) {
  const date = new Date(c.createdAt).toUTCString().replace('GMT', '+0000');
  return { sid: c.sid, account_sid: accountSid, to: c.to, from: c.from, status: 'queued', direction: 'outbound-api', date_created: date, date_updated: date, start_time: null, uri: `/2010-04-01/Accounts/${accountSid}/Calls/${c.sid}.json` };
}

let sidCounter = 0;
const nextSid = () => `CA${(++sidCounter).toString(16).padStart(32, '0')}`;

async function faultResponse(fault: TwilioFault, retryAfterSec: number): Promise<Response> {
  switch (fault) {
    case 'timeout':
      await delay('infinite');
      return HttpResponse.text('never');
    case 'reset':
      return HttpResponse.error();
    case 'malformed':
      return HttpResponse.text('<html>502 Bad Gateway</html>', { status: 201, headers: { 'content-type': 'application/json' } });
    default: {
      const b = BODIES[fault];
      const headers: Record<string, string> = b.status === 429 || b.status === 503 ? { 'retry-after': String(retryAfterSec) } : {};
      return HttpResponse.json({ ...b, more_info: `https://www.twilio.com/docs/errors/${b.code}` }, { status: b.status, headers });
    }
  }
}

/** Handlers for calls.create, calls(sid).fetch and calls.list at `baseUrl` (e.g. a fake host). */
export function twilioFaultHandlers(baseUrl: string, fault: TwilioFault, plan: TwilioFaultPlan = {}, log: TwilioFaultLog = { requests: 0, created: [] }) {
  const base = `${baseUrl.replace(/\/+$/u, '')}/2010-04-01/Accounts/:accountSid`;
  const route = plan.route ?? 'create';
  const failsNow = () => ++log.requests <= (plan.times ?? Number.POSITIVE_INFINITY);
  return [
    http.post(`${base}/Calls.json`, async ({ request, params }) => {
      const form = new URLSearchParams(await request.text());
      const call = { sid: nextSid(), to: form.get('To') ?? '', from: form.get('From') ?? '', createdAt: Date.now() };
      if (route === 'create' && failsNow()) {
        if (plan.createdAnyway) log.created.push(call);
        return faultResponse(fault, plan.retryAfterSec ?? 2);
      }
      log.created.push(call);
      return HttpResponse.json(callJson(String(params.accountSid), call), { status: 201 });
    }),
    http.get(`${base}/Calls.json`, ({ request, params }) => {
      const q = new URL(request.url).searchParams;
      const calls = log.created.filter((c) => (!q.get('To') || c.to === q.get('To')) && (!q.get('From') || c.from === q.get('From'))).reverse();
      return HttpResponse.json({ calls: calls.map((c) => callJson(String(params.accountSid), c)), page: 0, page_size: 50, next_page_uri: null, uri: request.url });
    }),
    http.get(`${base}/Calls/:sid.json`, async ({ params }) => {
      if (route === 'fetch' && failsNow()) return faultResponse(fault, plan.retryAfterSec ?? 2);
      const call = log.created.find((c) => c.sid === params.sid) ?? { sid: String(params.sid), to: '+8610000000', from: '+15005550006', createdAt: Date.now() };
      return HttpResponse.json(callJson(String(params.accountSid), call));
    }),
  ];
}
