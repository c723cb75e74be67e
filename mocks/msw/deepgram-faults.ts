/**
 * msw handlers that make Deepgram's /v1/listen fail the way it really does (error bodies
 * `{err_code, err_msg, request_id}`), for tests that drive the real @deepgram/sdk into each failure.
 */
import { delay, http, HttpResponse } from 'msw';

export type DeepgramFault = 'unauthorized' | 'bad-request' | 'payment-required' | 'rate-limited' | 'server-error' | 'timeout';

const BODIES: Record<Exclude<DeepgramFault, 'timeout'>, { status: number; err_code: string; err_msg: string }> = {
  unauthorized: { status: 401, err_code: 'INVALID_AUTH', err_msg: 'Invalid credentials.' },
  'bad-request': { status: 400, err_code: 'Bad Request', err_msg: 'Bad Request: failed to process audio: corrupt or unsupported data' },
  'payment-required': { status: 402, err_code: 'ASR_PAYMENT_REQUIRED', err_msg: 'Project does not have enough credits for an ASR request' },
  'rate-limited': { status: 429, err_code: 'TOO_MANY_REQUESTS', err_msg: 'Too many requests. Please try again later' },
  'server-error': { status: 503, err_code: 'SERVICE_UNAVAILABLE', err_msg: 'The service is temporarily unavailable' },
};

/** Handlers for POST {baseUrl}/v1/listen. `calls` counts requests (to see the SDK's retries). */
export function deepgramFaultHandlers(baseUrl: string, fault: DeepgramFault, calls = { count: 0 }) {
  const base = baseUrl.replace(/\/+$/u, '');
  return [
    http.post(`${base}/v1/listen`, async () => {
      calls.count++;
      if (fault === 'timeout') {
        await delay('infinite');
        return HttpResponse.text('never');
      }
      const { status, ...body } = BODIES[fault];
      return HttpResponse.json({ ...body, request_id: '00000000-0000-4000-8000-000000000000' }, { status });
    }),
  ];
}
