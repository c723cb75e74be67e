/**
 * Effective configuration = defaults ← mystery-shopper.config.yaml ← environment ← CLI flags.
 * Credentials only ever come from the environment (never written to a run), so a config file can
 * be committed and shared between assessors.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError, InputError } from '../errors.js';
import { parseYamlWithSchema } from '../scenario/yaml-input.js';
import { defaultDialling, type DiallingConfig } from '../safety/types.js';
import type { HarnessConfig } from './types.js';
import { PII_KINDS } from '../../reports/privacy/types.js';

export const CONFIG_FILE = 'mystery-shopper.config.yaml';

const Url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const ConfigFile = z.strictObject({
  centre: Url.optional(),
  out: z.string().optional(),
  concurrency: z.number().int().min(1).max(2000).optional(),
  seed: z.number().int().optional(),
  rubric: z.string().optional(),
  scoreOnFinish: z.boolean().optional(),
  // Safe dialling (harness/safety): only real dialling is bound by it.
  dialling: z
    .strictObject({
      allow: z.array(z.string().min(1)).optional(),
      region: z.string().regex(/^[A-Za-z]{2}$/u, 'a two-letter region, e.g. CN').optional(),
      window: z
        .strictObject({ tz: z.string().optional(), days: z.string().optional(), from: z.string().optional(), to: z.string().optional() })
        .optional(),
      caps: z.strictObject({ perRun: z.number().int().min(0).optional(), perDay: z.number().int().min(0).optional() }).optional(),
      costPerMinute: z.number().nonnegative().optional(),
      currency: z.string().min(1).optional(),
    })
    .optional(),
  browser: z
    .strictObject({
      executablePath: z.string().optional(),
      headless: z.boolean().optional(),
      extraArgs: z.array(z.string()).optional(),
    })
    .optional(),
  voice: z
    .strictObject({
      callsPerSecond: z.number().positive().max(100).optional(),
      maxConcurrentCalls: z.number().int().min(1).max(5000).optional(),
      ringTimeoutSec: z.number().int().min(5).max(600).optional(),
      machineDetection: z.boolean().optional(),
      from: z.string().regex(/^\+[1-9]\d{6,14}$/u, 'caller ID must be E.164, e.g. +8610xxxxxxxx').optional(),
      publicWebhookUrl: Url.optional(),
      webhookPort: z.number().int().min(0).max(65535).optional(),
      twilioBaseUrl: Url.optional(),
      listenHost: z.string().min(1).optional(),
    })
    .optional(),
  deepgram: z
    .strictObject({
      baseUrl: Url.optional(),
      model: z.string().optional(),
      language: z.string().optional(),
    })
    .optional(),
  privacy: z
    .strictObject({
      mask: z.boolean().optional(),
      kinds: z.array(z.enum(PII_KINDS)).optional(),
      keep: z.array(z.string()).optional(),
    })
    .optional(),
});
export type ConfigFileData = z.output<typeof ConfigFile>;

export function defaultConfig(): HarnessConfig {
  return {
    centre: 'http://127.0.0.1:4010',
    out: 'runs',
    concurrency: 4,
    seed: 1,
    rubric: 'sjt-11739',
    scoreOnFinish: true,
    dialling: defaultDialling(),
    browser: { executablePath: '/usr/bin/chromium', headless: true, extraArgs: [] },
    voice: {
      callsPerSecond: 1,
      maxConcurrentCalls: 10,
      ringTimeoutSec: 30,
      machineDetection: false,
      from: '+15005550006',
      twilio: {},
      webhookPort: 0,
      listenHost: '127.0.0.1',
    },
    deepgram: { model: 'nova-3', language: 'zh-CN' },
    privacy: { mask: true },
  };
}

export interface ConfigOverrides {
  config?: string;
  centre?: string;
  out?: string;
  concurrency?: number;
  seed?: number;
  rubric?: string;
}

function mergeDialling(base: DiallingConfig, file: ConfigFileData['dialling']): DiallingConfig {
  return { ...base, ...file, window: { ...base.window, ...file?.window }, caps: { ...base.caps, ...file?.caps } };
}

function merge(base: HarnessConfig, file: ConfigFileData): HarnessConfig {
  const { browser, voice, deepgram, privacy, ...top } = file;
  const { twilioBaseUrl, ...voiceRest } = voice ?? {};
  return {
    ...base,
    ...top,
    dialling: mergeDialling(base.dialling ?? defaultDialling(), file.dialling),
    browser: { ...base.browser, ...browser },
    voice: { ...base.voice, ...voiceRest, twilio: { ...base.voice.twilio, ...(twilioBaseUrl ? { baseUrl: twilioBaseUrl } : {}) } },
    deepgram: { ...base.deepgram, ...deepgram },
    privacy: { mask: privacy?.mask ?? base.privacy?.mask ?? true, ...(privacy?.kinds ? { kinds: privacy.kinds } : {}), ...(privacy?.keep ? { keep: privacy.keep } : {}) },
  };
}

export async function loadConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Promise<HarnessConfig> {
  let config = defaultConfig();
  const file = overrides.config ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  if (file) {
    const text = await readFile(file, 'utf8').catch(() => {
      throw new ConfigError(`config file ${file} not found`, `create one with \`mystery-shopper init\` or drop --config`);
    });
    const parsed = parseYamlWithSchema(text, file, ConfigFile);
    if (!parsed.ok) throw new InputError(parsed.problems);
    config = merge(config, parsed.data);
  }
  if (env.MS_CENTRE_URL) config.centre = env.MS_CENTRE_URL;
  config.voice.twilio.accountSid = env.TWILIO_ACCOUNT_SID ?? config.voice.twilio.accountSid;
  config.voice.twilio.authToken = env.TWILIO_AUTH_TOKEN ?? config.voice.twilio.authToken;
  if (env.TWILIO_FROM_NUMBER) config.voice.from = env.TWILIO_FROM_NUMBER;
  if (env.MS_PUBLIC_WEBHOOK_URL) config.voice.publicWebhookUrl = env.MS_PUBLIC_WEBHOOK_URL;
  config.deepgram.apiKey = env.DEEPGRAM_API_KEY ?? config.deepgram.apiKey;
  const { config: _file, ...flags } = overrides;
  for (const [k, v] of Object.entries(flags)) if (v !== undefined) (config as unknown as Record<string, unknown>)[k] = v;
  if (!/^https?:\/\//u.test(config.centre)) throw new ConfigError(`centre URL "${config.centre}" must start with http:// or https://`);
  return config;
}

/** Config without secrets, as recorded in a run manifest. */
export function publicConfig(c: HarnessConfig): Record<string, unknown> {
  return {
    ...c,
    voice: { ...c.voice, twilio: { baseUrl: c.voice.twilio.baseUrl, accountSid: c.voice.twilio.accountSid ? 'set' : undefined } },
    deepgram: { ...c.deepgram, apiKey: c.deepgram.apiKey ? 'set' : undefined },
  };
}

export function configHash(c: HarnessConfig): string {
  // masking only changes what reports show, never a contact or a score: runs stay comparable
  const { privacy: _privacy, ...placing } = publicConfig(c);
  return createHash('sha256').update(JSON.stringify(placing)).digest('hex').slice(0, 16);
}
