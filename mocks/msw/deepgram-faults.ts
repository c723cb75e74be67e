/**
 * msw handlers that make Deepgram's /v1/listen fail the way it really does (error bodies
 * `{err_code, err_msg, request_id}`, Retry-After on 429 and 503), plus the network's own failures
 * (a hang, a dropped connection, a body that is not JSON), for tests that drive the real
 * @deepgram/sdk into each failure. `times` makes only the first N requests fail, after which a
 * small valid transcript is returned — to see retries succeed.
 */
import { delay, http, HttpResponse } from 'msw';

export type DeepgramFault = 'unauthorized' | 'bad-request' | 'payment-required' | 'rate-limited' | 'internal-error' | 'server-error' | 'timeout' | 'reset' | 'malformed';

const BODIES: Record<'unauthorized' | 'bad-request' | 'payment-required' | 'rate-limited' | 'internal-error' | 'server-error', { status: number; err_code: string; err_msg: string }> = {
  unauthorized: { status: 401, err_code: 'INVALID_AUTH', err_msg: 'Invalid credentials.' },
  'bad-request': { status: 400, err_code: 'Bad Request', err_msg: 'Bad Request: failed to process audio: corrupt or unsupported data' },
  'payment-required': { status: 402, err_code: 'ASR_PAYMENT_REQUIRED', err_msg: 'Project does not have enough credits for an ASR request' },
  'rate-limited': { status: 429, err_code: 'TOO_MANY_REQUESTS', err_msg: 'Too many requests. Please try again later' },
  'internal-error': { status: 500, err_code: 'INTERNAL_SERVER_ERROR', err_msg: 'An internal server error occurred' },
  'server-error': { status: 503, err_code: 'SERVICE_UNAVAILABLE', err_msg: 'The service is temporarily unavailable' },
};

/** A minimal valid pre-recorded answer: one customer and one agent utterance. */
export const FAULT_FREE_TRANSCRIPT = {
  metadata: { request_id: '00000000-0000-4000-8000-000000000001', channels: 2 },
  results: {
    channels: [],
    utterances: [
      { start: 0.5, end: 2, confidence: 0.95, channel: 1, transcript: '您好，工号1234为您服务', words: [] },
      { start: 2.5, end: 4, confidence: 0.93, channel: 0, transcript: '你好，我的信用卡丢了', words: [] },
    ],
  },
};

export interface DeepgramFaultPlan {
  /** Only the first N requests fail. @default every one */
  times?: number;
  /** Retry-After on 429 and 503, seconds. @default 1 */
  retryAfterSec?: number;
}

/** Handlers for POST {baseUrl}/v1/listen. `calls` counts requests (to see the retries). */
export function deepgramFaultHandlers(baseUrl: string, fault: DeepgramFault, calls = { count: 0 }, plan: DeepgramFaultPlan = {}) {
  const base = baseUrl.replace(/\/+$/u, '');
  return [
    http.post(`${base}/v1/listen`, async () => {
      calls.count++;
      if (calls.count > (plan.times ?? Number.POSITIVE_INFINITY)) return HttpResponse.json(FAULT_FREE_TRANSCRIPT);
      switch (fault) {
        case 'timeout':
          await delay('infinite');
          return HttpResponse.text('never');
        case 'reset':
          return HttpResponse.error();
        case 'malformed':
          return HttpResponse.text('<html>502 Bad Gateway</html>', { status: 200, headers: { 'content-type': 'application/json' } });
        default: {
          const { status, ...body } = BODIES[fault];
          const headers: Record<string, string> = status === 429 || status === 503 ? { 'retry-after': String(plan.retryAfterSec ?? 1) } : {};
          return HttpResponse.json({ ...body, request_id: '00000000-0000-4000-8000-000000000000' }, { status, headers });
        }
      }
    }),
  ];
}
