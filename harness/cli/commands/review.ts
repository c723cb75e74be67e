/**
 * `review <runDir>`: serves the review page on 127.0.0.1 (random port and token unless given) and
 * prints its URL; runs until Ctrl-C. Overrides and sign-offs go to <runDir>/review.json.
 */
import { startReviewServer, type ReviewServer } from '../../../reports/review/server.js';
import { HarnessError } from '../../errors.js';
import { listenWarning } from '../../server/webhook-guard.js';
import { EXIT } from '../output.js';
import { loadConfig } from '../../config/load.js';

export interface ReviewFlags {
  /** @default 0 (a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

/** Starts the server; resolves with it (tests) — the CLI action keeps the process alive. */
export async function startReview(runDir: string, flags: ReviewFlags = {}, out: NodeJS.WritableStream = process.stdout): Promise<ReviewServer> {
  let server: ReviewServer;
  try {
    server = await startReviewServer(runDir, { port: flags.port, host: flags.host, privacy: (await loadConfig()).privacy });
  } catch (err) {
    const e = err as { code?: string; message: string; hint?: string };
    // the reports' own input errors (no summary.json, bad review.json) are the user's to fix
    if (typeof e.code === 'string' && /^E_(REPORT|REVIEW)/.test(e.code)) throw new HarnessError(e.code, e.message, e.hint);
    throw err;
  }
  out.write(`review page for ${runDir}:\n  ${server.url}\n(open it in a browser; the token in the URL is required. Ctrl-C stops.)\n`);
  const warning = listenWarning(flags.host ?? '127.0.0.1', 'the review page');
  if (warning) process.stderr.write(`warning: ${warning}\n`);
  return server;
}

export async function reviewCommand(runDir: string, flags: ReviewFlags = {}): Promise<number> {
  const server = await startReview(runDir, flags);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}
