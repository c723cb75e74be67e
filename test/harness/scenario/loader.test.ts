import { describe, expect, it } from 'vitest';
import { InputError } from '../../../harness/errors.js';
import { loadScenarioFile, loadScenarios, parseScenario } from '../../../harness/scenario/loader.js';

const FIX = 'test/fixtures/scenarios';

describe('scenario loader', () => {
  it('loads a valid scenario with its hash and file', async () => {
    const s = await loadScenarioFile(`${FIX}/valid-chat.yaml`);
    expect(s.id).toBe('valid-chat');
    expect(s.steps).toHaveLength(4);
    expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.file).toMatch(/valid-chat\.yaml$/);
  });

  it('reports every schema problem with file, line, column and field', async () => {
    const err = await loadScenarioFile(`${FIX}/invalid.yaml`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const lines = (err as InputError).problems.map((p) => `${p.line}:${p.col} ${p.field} ${p.message}`);
    expect(lines).toEqual([
      '1:5 id use lower-case letters, digits and dashes',
      '6:3 persona.mood unknown field "mood"',
      expect.stringMatching(/^8:11 steps\.0\.wait not a valid regular expression/),
      '10:5 steps.1.foo unknown field "foo"',
      '13:18 steps.2.wait.timeoutMs Too small: expected number to be >=0',
      '15:5 steps.4 a step must be one of: say, wait, press, pause, branch, end, handoff',
      '15:5 steps.4.sya unknown field "sya"',
    ]);
    expect((err as InputError).message).toContain('test/fixtures/scenarios/invalid.yaml:6:3  persona.mood  unknown field "mood"');
  });

  it('after the schema passes, finds unknown variables and DTMF on a chat', () => {
    const text = `id: x\ntitle: t\nchannel: webchat\npersona: { name: a }\nsteps:\n  - say: 你好{{nobody}}\n  - press: "1"\n`;
    const { problems } = parseScenario(text, 'x.yaml');
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(['6 steps.0.say', '7 steps.1.press']);
    expect(problems[0]!.message).toContain('unknown variable {{nobody}}');
  });

  it('requires a phone number for voice scenarios', () => {
    const { problems } = parseScenario(`id: v\ntitle: t\nchannel: voice\npersona: { name: a }\nsteps:\n  - pause: 1\n`, 'v.yaml');
    expect(problems[0]!.message).toContain('target.phone');
  });

  it('reports YAML syntax errors with their position', () => {
    const { problems } = parseScenario('id: x\ntitle: [unclosed\n', 'bad.yaml');
    expect(problems[0]!.message).toMatch(/^YAML syntax/);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('names a missing file', async () => {
    const err = (await loadScenarios([`${FIX}/nope.yaml`]).catch((e: unknown) => e)) as InputError;
    expect(err.message).toBe(`${FIX}/nope.yaml:0:0  (document)  file not found`);
  });

  it('rejects duplicate ids across files and expands directories', async () => {
    const err = (await loadScenarios([`${FIX}/valid-chat.yaml`, `${FIX}/valid-chat.yaml`]).catch((e: unknown) => e)) as InputError;
    expect(err.message).toContain('scenario id "valid-chat" is also used by');
  });
});
