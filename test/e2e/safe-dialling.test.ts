/**
 * Safe dialling as a user meets it, through the CLI: `--dry-run` plans and places nothing (the
 * Twilio emulator's call log stays empty, no run folder appears), and real dialling is refused
 * without an allowlist, and without confirmation when nobody is at a terminal. The real-mode cases
 * never reach the network: they are refused before any client is created.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVoiceLab, type VoiceLab } from '../../mocks/twilio/lab.js';
import { cli } from './cli-helpers.js';

const HOTLINE = 'scenarios/demo/credit-card-loss-hotline.yaml';
const CHAT = 'scenarios/demo/credit-card-loss.yaml';
let lab: VoiceLab;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-e2e-dial-'));
  lab = await startVoiceLab({});
  env = { TWILIO_ACCOUNT_SID: lab.twilio.accountSid, TWILIO_AUTH_TOKEN: lab.twilio.authToken, DEEPGRAM_API_KEY: lab.deepgram.apiKey };
});
afterAll(async () => lab?.close());

async function config(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

/** A real-mode config (no twilioBaseUrl: api.twilio.com) whose window is always open. */
const REAL = `dialling:\n  window: { days: mon-sun, from: "00:00", to: "24:00" }\n  costPerMinute: 0.12\n  currency: CNY\n`;
const realEnv = () => ({ ...env, TWILIO_FROM_NUMBER: '+861012345678', MS_PUBLIC_WEBHOOK_URL: 'https://hooks.example.com' });

describe('e2e: safe dialling', () => {
  it('run --dry-run validates and plans, and places nothing', { timeout: 120_000 }, async () => {
    const cfg = await config('lab.yaml', `voice:\n  twilioBaseUrl: ${lab.twilio.url}\n`);
    const out = path.join(dir, 'dry');
    const r = await cli(['run', HOTLINE, CHAT, '--dry-run', '--config', cfg, '--out', out], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('plan: 1 call(s), 1 chat(s)');
    expect(r.stdout).toContain('nothing was dialled');
    expect(lab.twilio.calls.size).toBe(0);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses real calls with an empty allowlist, before creating a run', { timeout: 120_000 }, async () => {
    const cfg = await config('real-empty.yaml', REAL);
    const out = path.join(dir, 'empty');
    const r = await cli(['run', HOTLINE, '--config', cfg, '--out', out, '--yes'], { env: realEnv() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error E_DIAL_POLICY: refusing to dial');
    expect(r.stderr).toContain('dialling.allow is empty');
    expect(existsSync(out)).toBe(false);
  });

  it('names the scenario file:line and field of a number outside the allowlist (dry run: exit 1)', { timeout: 120_000 }, async () => {
    const cfg = await config('real-narrow.yaml', `${REAL}  allow: ["+86400*"]\n`);
    const r = await cli(['run', HOTLINE, '--dry-run', '--config', cfg, '--out', path.join(dir, 'narrow')], { env: realEnv() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/credit-card-loss-hotline\.yaml:11 {2}target\.phone {2}"\+8695566000"/u);
  });

  it('with an allowed plan, shows destinations and cost, and refuses without a terminal unless --yes', { timeout: 120_000 }, async () => {
    const cfg = await config('real-ok.yaml', `${REAL}  allow: ["+8613800138000"]\n`);
    const scenario = path.join(dir, 'mobile.yaml');
    await writeFile(scenario, 'id: mobile\ntitle: t\nchannel: voice\ntarget: { phone: "+8613800138000" }\npersona: { name: 王先生 }\nsteps:\n  - say: 你好\n');
    const dry = await cli(['run', scenario, '--dry-run', '--config', cfg, '--out', path.join(dir, 'ok')], { env: realEnv() });
    expect(dry.code, dry.stdout + dry.stderr).toBe(0);
    expect(dry.stdout).toContain('+8613800138000  × 1');
    expect(dry.stdout).toContain('at most 12 min of calls, at most ≈ 1.44 CNY');
    const out = path.join(dir, 'ok');
    const r = await cli(['run', scenario, '--config', cfg, '--out', out], { env: realEnv() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error E_DIAL_CONFIRM');
    expect(r.stderr).toContain('pass --yes');
    expect(existsSync(out)).toBe(false);
  });
});
