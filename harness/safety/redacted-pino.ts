/**
 * pino, with the redaction and secret scrubbing of secrets.ts always on: a drop-in for
 * `import pino from 'pino'` (same call, same `pino.destination`), so a logger created anywhere in
 * the harness cannot forget them. The caller's options win except for redaction, serializers of
 * errors, and the scrubbing hooks.
 */
import pino from 'pino';
import { safeLoggerOptions } from './secrets.js';

function redactedPino(options: pino.LoggerOptions = {}, stream?: pino.DestinationStream): pino.Logger {
  const safe = safeLoggerOptions({ level: options.level });
  const merged: pino.LoggerOptions = { ...options, ...safe, serializers: { ...options.serializers, ...safe.serializers } };
  return stream ? pino(merged, stream) : pino(merged);
}

redactedPino.destination = pino.destination;

export default redactedPino;
