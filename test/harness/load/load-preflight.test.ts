import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommand } from '../../../harness/cli/commands/load.js';
import { defaultConfig } from '../../../harness/config/load.js';
import type { HarnessConfig } from '../../../harness/config/types.js';
import { loadCallBound, loadDialContacts, preflightLoad } from '../../../harness/load/load-preflight.js';
import { loadProfile, type LoadedProfile } from '../../../harness/load/profile-loader.js';
import { DialLedger } from '../../../harness/safety/dial-ledger.js';

/** Thursday 2026-12-03 10:00 in Shanghai (window mon-fri 09:00–18:00 open); 17:59 the same day. */
const OPEN = new Date('2026-12-03T02:00:00Z');
const LATE = new Date('2026-12-03T09:59:00Z');

let dir: string;

async function write(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

const scenario = (id: string, channel: string, phone: string) =>
  `id: ${id}\ntitle: t\nchannel: ${channel}\ntarget:\n  chatUrl: "{{centre}}/chat"\n  phone: "${phone}"\npersona: { name: 王先生 }\nsteps:\n  - say: 你好\n`;

/** A voice-and-chat profile: 2 minutes at 30 arrivals/min, hotline 3 : mobile 1 : chat 1. */
const profileYaml = (caps: string) =>
  `id: lp\nmix:\n  - { scenario: hotline.yaml, weight: 3 }\n  - { scenario: mobile.yaml, weight: 1 }\n  - { scenario: chat.yaml, weight: 1 }\nstages:\n  - { duration: 2m, arrivalRate: 30 }\n${caps}`;

async function profileWith(name: string, caps: string): Promise<LoadedProfile> {
  return loadProfile(await write(name, profileYaml(caps)));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-load-preflight-'));
  await write('hotline.yaml', scenario('hotline', 'voice', '+864008208820'));
  await write('mobile.yaml', scenario('mobile', 'voice', '+8613800138000'));
  await write('chat.yaml', scenario('chat', 'webchat', '+8613800138000'));
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

function io(tty = false) {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (b: Buffer) => (text += b.toString()));
  const stdin = Object.assign(new PassThrough(), { isTTY: tty });
  return { io: { stdout, stderr: new PassThrough(), stdin }, text: () => text, stdin };
}

describe('the calls a load profile may place', () => {
  it('caps.totalContacts bounds the calls; they are split over the voice scenarios by weight, chats left out', async () => {
    const p = await profileWith('split.yaml', 'caps: { totalContacts: 10 }\n');
    expect(loadCallBound(p)).toEqual({ calls: 10, source: 'caps.totalContacts' });
    const contacts = loadDialContacts(p, 10);
    expect(contacts.filter((c) => c.scenarioId === 'hotline')).toHaveLength(8); // 7.5 → 8 by largest remainder
    expect(contacts.filter((c) => c.scenarioId === 'mobile')).toHaveLength(2);
    expect(contacts.every((c) => c.channel === 'voice')).toBe(true);
    // Even a bound of 1 checks every voice scenario's number.
    expect(new Set(loadDialContacts(p, 1).map((c) => c.scenarioId))).toEqual(new Set(['hotline', 'mobile']));
  });

  it('without caps.totalContacts the bound is only the stages’ estimate', async () => {
    expect(loadCallBound(await profileWith('nocap.yaml', ''))).toEqual({ calls: 60, source: 'estimate' });
  });
});

describe('preflightLoad (fake profile, config and clock; nothing is dialled)', () => {
  it('--dry-run prints the load plan and the dialling plan (calls, destinations, minutes, cost) and exits 0 when valid', async () => {
    const p = await profileWith('ok.yaml', 'caps: { totalContacts: 10 }\n');
    const t = io();
    const out = await preflightLoad(p, realConfig(), { dryRun: true }, t.io, { now: OPEN, ledger: new DialLedger(dir) });
    expect(out).toMatchObject({ proceed: false, code: 0 });
    expect(out.plan?.problems).toEqual([]);
    expect(t.text()).toContain('load profile lp');
    expect(t.text()).toContain('dialling plan: up to 10 call(s) (caps.totalContacts');
    expect(t.text()).toContain('plan: 10 call(s)');
    expect(t.text()).toContain('+864008208820  × 8');
    expect(t.text()).toContain('+8613800138000  × 2');
    // ring 30 s + default handle 600 s + 60 s → 12 min a call.
    expect(t.text()).toContain('at most 120 min of calls, at most ≈ 12.00 USD');
    expect(t.text()).toContain('dry run: the plan is valid; nothing was dialled');
  });

  it('--dry-run lists every problem once, with file:line — numbers off the allowlist, no bound, a bound over the per-run cap, offering past the window', async () => {
    const narrow = realConfig((c) => (c.dialling!.allow = ['+8613800138000']));
    const t = io();
    const hotline = path.join(dir, 'hotline.yaml');
    const nocap = await profileWith('nocap2.yaml', '');
    const out = await preflightLoad(nocap, narrow, { dryRun: true }, t.io, { now: OPEN, ledger: new DialLedger(dir) });
    expect(out).toMatchObject({ proceed: false, code: 1 });
    expect(out.plan?.problems).toEqual([
      `${hotline}:6  target.phone  +864008208820 is not in dialling.allow`,
      expect.stringContaining('over dialling.caps.perRun (50)'),
      `${nocap.file}:1  caps  no caps.totalContacts: a load run against a real account needs a bound on its calls (≈60 expected); set caps.totalContacts (at most dialling.caps.perRun, 50)`,
    ]);
    expect(t.text()).toContain(`problem: ${hotline}:6  target.phone`);
    expect(t.text()).toContain('dry run: 3 problem(s); nothing was dialled');

    const big = await profileWith('big.yaml', 'caps:\n  totalContacts: 80\n');
    const late = await preflightLoad(big, realConfig(), { dryRun: true }, io().io, { now: LATE, ledger: new DialLedger(dir) });
    expect(late.plan?.problems).toEqual([
      expect.stringContaining('80 call(s) planned, 0 already placed by this run: over dialling.caps.perRun (50)'),
      `${big.file}:9  caps.totalContacts  80 contacts may all be calls: over dialling.caps.perRun (50); lower caps.totalContacts or raise the cap`,
      expect.stringMatching(new RegExp(`^${big.file}:7  stages  the run offers calls for 2m, past the end of the calling window \\(it is thu 2026-12-03 18:01`, 'u')),
    ]);
  });

  it('refuses real calls without a terminal and without --yes, after printing the plan', async () => {
    const p = await profileWith('tty.yaml', 'caps: { totalContacts: 4 }\n');
    const t = io(false);
    await expect(preflightLoad(p, realConfig(), {}, t.io, { now: OPEN, ledger: new DialLedger(dir) })).rejects.toMatchObject({ code: 'E_DIAL_CONFIRM' });
    expect(t.text()).toContain('plan: 4 call(s)');
  });

  it('refuses a plan with problems before asking, even with --yes', async () => {
    const p = await profileWith('refuse.yaml', 'caps: { totalContacts: 4 }\n');
    const empty = realConfig((c) => (c.dialling!.allow = []));
    await expect(preflightLoad(p, empty, { yes: true }, io().io, { now: OPEN, ledger: new DialLedger(dir) })).rejects.toMatchObject({ code: 'E_DIAL_POLICY' });
  });

  it('--yes goes ahead with a valid plan, printed, without asking', async () => {
    const p = await profileWith('yes.yaml', 'caps: { totalContacts: 4 }\n');
    const t = io(false);
    const out = await preflightLoad(p, realConfig(), { yes: true }, t.io, { now: OPEN, ledger: new DialLedger(dir) });
    expect(out).toMatchObject({ proceed: true });
    expect(out.plan?.calls).toHaveLength(4);
    expect(t.text()).toContain('dialling plan: up to 4 call(s)');
  });

  it('asks on a terminal and dials only after "yes"', async () => {
    const p = await profileWith('ask.yaml', 'caps: { totalContacts: 4 }\n');
    const declined = io(true);
    declined.stdin.end('no\n');
    await expect(preflightLoad(p, realConfig(), {}, declined.io, { now: OPEN, ledger: new DialLedger(dir) })).rejects.toMatchObject({ code: 'E_DIAL_DECLINED' });
    const agreed = io(true);
    agreed.stdin.end('yes\n');
    await expect(preflightLoad(p, realConfig(), {}, agreed.io, { now: OPEN, ledger: new DialLedger(dir) })).resolves.toMatchObject({ proceed: true });
  });

  it('the offline lab is exempt: no bound needed, no window, no confirmation, nothing printed', async () => {
    const p = await profileWith('offline.yaml', '');
    const empty = realConfig((c) => (c.dialling!.allow = []));
    const t = io(false);
    const out = await preflightLoad(p, empty, {}, t.io, { offline: true, now: LATE, ledger: new DialLedger(dir) });
    expect(out).toMatchObject({ proceed: true, plan: { mode: 'emulator', problems: [] } });
    expect(t.text()).toBe('');
    // A loopback Twilio API is the emulator too.
    const loopback = realConfig((c) => (c.voice.twilio.baseUrl = 'http://127.0.0.1:4010'));
    await expect(preflightLoad(p, loopback, {}, io(false).io, { now: LATE, ledger: new DialLedger(dir) })).resolves.toMatchObject({ proceed: true });
  });

  it('a chat-only mix needs no dialling plan', async () => {
    const p = await loadProfile(await write('chats.yaml', 'id: chats\nmix:\n  - { scenario: chat.yaml }\nstages:\n  - { duration: 1m, arrivalRate: 5 }\n'));
    const t = io(false);
    await expect(preflightLoad(p, realConfig((c) => (c.dialling!.allow = [])), { dryRun: true }, t.io, { now: LATE })).resolves.toEqual({ proceed: false, code: 0 });
    expect(t.text()).toContain('load profile chats');
    expect(t.text()).not.toContain('dialling plan');
  });
});

describe('load --dry-run (the command, with a config file)', () => {
  it('real account: prints both plans and exits 1 on problems; --offline: exempt, exits 0', async () => {
    const config = await write('ms.config.yaml', `out: ${JSON.stringify(dir)}\n`);
    const profile = await write('cmd.yaml', profileYaml('caps: { totalContacts: 4 }\n'));
    const real = io();
    // No dialling.allow in the config: refused whatever the clock says.
    expect(await loadCommand(profile, { config, dryRun: true, stdout: real.io.stdout })).toBe(1);
    expect(real.text()).toContain('load profile lp');
    expect(real.text()).toContain('problem: dialling.allow is empty');
    const offline = io();
    expect(await loadCommand(profile, { config, dryRun: true, offline: true, stdout: offline.io.stdout })).toBe(0);
    expect(offline.text()).toContain('calls go to the emulator (offline)');
  });
});
