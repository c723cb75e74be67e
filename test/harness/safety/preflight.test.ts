import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../harness/config/load.js';
import type { HarnessConfig } from '../../../harness/config/types.js';
import { confirmDialling } from '../../../harness/safety/confirm.js';
import { DialLedger } from '../../../harness/safety/dial-ledger.js';
import { assertPlanAllowed, diallingMode, formatPlan, preflight } from '../../../harness/safety/preflight.js';
import { loadScenarioFile } from '../../../harness/scenario/loader.js';
import type { LoadedScenario } from '../../../harness/scenario/schema.js';

/** Thursday 2026-12-03 10:00 in Shanghai; Saturday 10:00. */
const OPEN = new Date('2026-12-03T02:00:00Z');
const SATURDAY = new Date('2026-12-05T02:00:00Z');

let dir: string;
let hotline: LoadedScenario;
let mobile: LoadedScenario;
let chat: LoadedScenario;

async function scenario(name: string, yaml: string): Promise<LoadedScenario> {
  const file = path.join(dir, `${name}.yaml`);
  await writeFile(file, yaml);
  return loadScenarioFile(file);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-preflight-'));
  const body = (id: string, channel: string, phone: string, extra = '') => `id: ${id}\ntitle: t\nchannel: ${channel}\ntarget:\n  chatUrl: "{{centre}}/chat"\n  phone: "${phone}"\npersona: { name: 王先生 }\nsteps:\n  - say: 你好\n${extra}`;
  hotline = await scenario('hotline', body('hotline', 'voice', '+864008208820', 'repeat: 2\nsla: { handleTimeMs: 240000 }\n'));
  mobile = await scenario('mobile', body('mobile', '[webchat, voice]', '+8613800138000'));
  chat = await scenario('chat', body('chat', 'webchat', '+8613800138000'));
});

function realConfig(patch: (c: HarnessConfig) => void = () => {}): HarnessConfig {
  const c = defaultConfig();
  c.out = dir;
  c.voice.from = '+861012345678';
  c.voice.publicWebhookUrl = 'https://hooks.example.com';
  c.dialling!.allow = ['+86400*', '13800138000'];
  c.dialling!.costPerMinute = 0.1;
  patch(c);
  return c;
}

describe('preflight (fake clock)', () => {
  it('plans every call with its destination, upper bound of minutes and cost, and finds nothing wrong', async () => {
    const plan = await preflight({ scenarios: [hotline, mobile, chat], config: realConfig(), now: OPEN, ledger: new DialLedger(dir) });
    expect(plan.mode).toBe('real');
    expect(plan.problems).toEqual([]);
    expect(plan.calls.map((c) => c.to)).toEqual(['+864008208820', '+864008208820', '+8613800138000']);
    expect(plan.chats).toBe(2);
    expect(plan.destinations).toEqual(['+8613800138000', '+864008208820']);
    // ring 30 s + handle 240 s + 60 s → 6 min (×2); default handle 600 s → 12 min.
    expect(plan.maxMinutes).toBe(6 + 6 + 12);
    expect(plan.estimatedCost).toBe(2.4);
    expect(formatPlan(plan)).toContain('+864008208820  × 2');
    expect(formatPlan(plan)).toContain('at most 24 min of calls, at most ≈ 2.40 USD');
    expect(() => assertPlanAllowed(plan)).not.toThrow();
  });

  it('refuses real calls with an empty allowlist, and names file:line and field of a number not on it', async () => {
    const empty = await preflight({ scenarios: [hotline], config: realConfig((c) => (c.dialling!.allow = [])), now: OPEN });
    expect(empty.problems).toEqual([expect.stringContaining('dialling.allow is empty')]);
    const narrow = await preflight({ scenarios: [hotline, mobile], config: realConfig((c) => (c.dialling!.allow = ['+8613800138000'])), now: OPEN });
    expect(narrow.problems).toEqual([`${hotline.file}:6  target.phone  +864008208820 is not in dialling.allow`, `${hotline.file}:6  target.phone  +864008208820 is not in dialling.allow`]);
    expect(() => assertPlanAllowed(narrow)).toThrow(/refusing to dial: 2 problem/u);
  });

  it('refuses outside the calling window and over the caps, counting what the ledger already holds', async () => {
    const closed = await preflight({ scenarios: [mobile], config: realConfig(), now: SATURDAY });
    expect(closed.problems).toEqual([expect.stringContaining('outside the calling window: it is sat 2026-12-05 10:00 in Asia/Shanghai')]);
    const ledgerDir = await mkdtemp(path.join(os.tmpdir(), 'ms-preflight-ledger-'));
    const ledger = new DialLedger(ledgerDir);
    for (let i = 0; i < 2; i++) await ledger.reserve('earlier-run', '2026-12-03', { perRun: 10, perDay: 10 });
    const capped = await preflight({ scenarios: [hotline, mobile], config: realConfig((c) => (c.dialling!.caps = { perRun: 2, perDay: 4 })), now: OPEN, ledger });
    expect(capped.counts).toEqual({ run: 0, day: 2 });
    expect(capped.problems).toEqual([expect.stringContaining('over dialling.caps.perRun (2)'), expect.stringContaining('2 already placed today (2026-12-03, Asia/Shanghai): over dialling.caps.perDay (4)')]);
  });

  it('checks the caller ID and that Twilio can reach the webhooks over https', async () => {
    const plan = await preflight({ scenarios: [mobile], config: realConfig((c) => ((c.voice.from = '+15005550006'), (c.voice.publicWebhookUrl = 'http://hooks.example.com'))), now: OPEN });
    expect(plan.problems).toEqual([expect.stringContaining('Twilio’s test number'), expect.stringContaining('must be https')]);
  });

  it('exempts the emulator (loopback Twilio URL or offline) but still plans its calls', async () => {
    const lab = realConfig((c) => ((c.dialling!.allow = []), (c.voice.twilio.baseUrl = 'http://127.0.0.1:4321')));
    expect(diallingMode(lab)).toBe('emulator');
    expect(diallingMode(realConfig(), true)).toBe('emulator');
    expect(diallingMode(realConfig((c) => (c.voice.twilio.baseUrl = 'https://api.twilio.example')))).toBe('real');
    const plan = await preflight({ scenarios: [hotline], config: lab, now: SATURDAY });
    expect(plan.problems).toEqual([]);
    expect(plan.calls).toHaveLength(2);
    expect(formatPlan(plan)).toContain('dialling policy not applied');
  });

  it('plans only the contacts given (resume), and writes nothing', async () => {
    const before = await readdir(dir);
    const plan = await preflight({ scenarios: [hotline, mobile], config: realConfig(), now: OPEN, contacts: [{ scenarioId: 'mobile', channel: 'voice', contactId: 'mobile-voice-1' }], runId: 'r1' });
    expect(plan.calls).toEqual([expect.objectContaining({ contactId: 'mobile-voice-1', to: '+8613800138000' })]);
    expect(await readdir(dir)).toEqual(before);
  });
});

describe('confirmation before real calls', () => {
  async function plan() {
    return preflight({ scenarios: [mobile], config: realConfig(), now: OPEN });
  }

  it('refuses without a terminal unless --yes', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: false });
    await expect(confirmDialling(await plan(), { input })).rejects.toMatchObject({ code: 'E_DIAL_CONFIRM' });
    await expect(confirmDialling(await plan(), { input, yes: true })).resolves.toBeUndefined();
  });

  it('asks at a terminal and dials only on "yes"', async () => {
    const ask = async (answer: string) => {
      const input = Object.assign(new PassThrough(), { isTTY: true });
      const output = new PassThrough();
      let asked = '';
      output.on('data', (d) => (asked += d));
      const done = confirmDialling(await plan(), { input, output });
      input.write(`${answer}\n`);
      await done.finally(() => undefined).catch(() => undefined);
      return { done, asked };
    };
    const yes = await ask('yes');
    await expect(yes.done).resolves.toBeUndefined();
    expect(yes.asked).toContain('Dial 1 real call(s) to 1 number(s) (at most 12 min, at most ≈ 1.20 USD)?');
    await expect((await ask('y')).done).rejects.toMatchObject({ code: 'E_DIAL_DECLINED' });
  });

  it('never asks for the emulator', async () => {
    const lab = await preflight({ scenarios: [mobile], config: realConfig(), now: OPEN, offline: true });
    await expect(confirmDialling(lab, { input: Object.assign(new PassThrough(), { isTTY: false }) })).resolves.toBeUndefined();
  });
});
