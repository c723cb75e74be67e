/**
 * Keeping credentials out of everything we write: logs, run files, reports, terminal errors.
 *
 * Two layers, because either alone misses things:
 * - pino `redact` paths blank the fields we know hold secrets (authToken, apiKey, Authorization
 *   headers) wherever a logged object carries them;
 * - `scrubSecrets` replaces the *values* of the credentials in use, in every form they travel in
 *   (raw, base64 of `sid:token` as in Basic auth, URL-encoded), inside any string — an SDK error
 *   message that echoes a URL or a header is caught even though no field name gives it away.
 * The values are registered once the config is loaded (`registerSecrets`); nothing else needs to
 * know them.
 */
import pino, { type Logger } from 'pino';

/** What a redacted field or scrubbed value is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Field paths pino blanks in every log line. Wildcards cover the field one or two levels deep
 * (`config.voice.twilio.authToken` and `{ twilio: { authToken } }` alike).
 */
export const REDACT_PATHS: readonly string[] = [
  'authToken',
  'apiKey',
  'password',
  'authorization',
  'Authorization',
  '*.authToken',
  '*.apiKey',
  '*.password',
  '*.authorization',
  '*.Authorization',
  '*.*.authToken',
  '*.*.apiKey',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.Authorization',
  '*.headers.cookie',
  'req.headers["x-twilio-signature"]',
  'config.voice.twilio.authToken',
  'config.deepgram.apiKey',
];

/** Below this length a "secret" is too short to scrub without mangling ordinary text. */
const MIN_SECRET_LENGTH = 8;

const registered = new Set<string>();

/** Every form a credential travels in: raw, URL-encoded, and base64 (Basic auth) where paired. */
export function secretForms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret)])];
}

/** Basic-auth forms of a username:password pair (the header value's base64, in both alphabets). */
export function basicAuthForms(user: string, password: string): string[] {
  const pair = Buffer.from(`${user}:${password}`);
  return [pair.toString('base64'), pair.toString('base64url')];
}

export interface Credentials {
  twilioAccountSid?: string;
  twilioAuthToken?: string;
  deepgramApiKey?: string;
}

/** Remember the credentials of this process so every scrub removes them. Idempotent. */
export function registerSecrets(creds: Credentials): void {
  const { twilioAccountSid: sid, twilioAuthToken: token, deepgramApiKey: key } = creds;
  for (const s of [sid, token, key]) if (s && s.length >= MIN_SECRET_LENGTH) secretForms(s).forEach((f) => registered.add(f));
  if (sid && token) basicAuthForms(sid, token).forEach((f) => registered.add(f));
}

/** Forget every registered secret (tests). */
export function clearSecrets(): void {
  registered.clear();
}

/** `text` with every registered credential replaced by [redacted]. Longest first, so no tail survives. */
export function scrubSecrets(text: string): string {
  if (!registered.size || !text) return text;
  let out = text;
  for (const s of [...registered].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join(REDACTED);
  return out;
}

/** A deep copy of `value` with every string scrubbed (objects, arrays; cycles cut). */
export function scrubDeep<T>(value: T, seen = new WeakSet<object>()): T {
  if (typeof value === 'string') return scrubSecrets(value) as T;
  if (!value || typeof value !== 'object') return value;
  if (seen.has(value as object)) return '[circular]' as T;
  // Error's message and stack are not enumerable: serialize first, or they would be lost.
  if (value instanceof Error) return scrubDeep(pino.stdSerializers.err(value), seen) as T;
  seen.add(value as object);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, seen)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = scrubDeep(v, seen);
  return out as T;
}

/** pino's error serializer, then every string of the result scrubbed (message, stack, SDK fields). */
function safeErr(err: unknown): unknown {
  return scrubDeep(err);
}

export interface SafeLoggerOptions {
  /** @default process.env.MS_LOG_LEVEL ?? "info" */
  level?: string;
  /** Write each line before returning (tests); a run's log is asynchronous. @default false */
  sync?: boolean;
}

/** pino options with redaction and scrubbing: use these for every logger we create. */
export function safeLoggerOptions(options: SafeLoggerOptions = {}): pino.LoggerOptions {
  return {
    level: options.level ?? process.env.MS_LOG_LEVEL ?? 'info',
    redact: { paths: [...REDACT_PATHS], censor: REDACTED },
    serializers: { err: safeErr, error: safeErr },
    // After redaction by path, any credential value still inside a string (a URL, a message).
    formatters: { log: (obj) => scrubDeep(obj) },
    // The message (and printf-style arguments) are not part of the object: scrub them too.
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as Parameters<typeof method>);
      },
    },
  };
}

/** The run's structured log (harness.log), redacted and scrubbed. */
export function createRunLogger(file: string, options: SafeLoggerOptions = {}): Logger {
  return pino(safeLoggerOptions(options), pino.destination({ dest: file, sync: options.sync ?? false, mkdir: true }));
}
