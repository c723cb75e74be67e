import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HarnessError, InputError } from '../../../harness/errors.js';
import { loadRubric, parseRubric, resolveRubricPath, RUBRICS_DIR } from '../../../harness/scoring/rubric-loader.js';
import { CHECK_IDS } from '../../../scorers/rubric/schema.js';

const defaultText = () => readFile(path.join(RUBRICS_DIR, 'sjt-11739.yaml'), 'utf8');

function problemsOf(fn: () => unknown): InputError['problems'] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).problems;
  }
  throw new Error('expected an InputError');
}

describe('default rubric sjt-11739', () => {
  it('loads by name and has the Appendix D tables with their points', async () => {
    const r = await loadRubric('sjt-11739');
    const max = (id: string) => r.sheets.find((s) => s.id === id)!.items.map((i) => i.max);
    expect(max('D.1.1')).toEqual([10, 8, 6, 6]);
    expect(max('D.1.2')).toEqual([8, 8, 7, 7]);
    expect(max('D.2.1')).toEqual([10, 8, 6, 6]);
    expect(max('D.3.1')).toEqual([20, 5, 3, 2]);
    expect(r.sheets.filter((s) => s.supplementary).map((s) => s.dimension)).toEqual(['服务及时性', '服务准确性', '服务完整性']);
    expect(r.weights.map((w) => [w.group, w.weight])).toEqual([
      ['quality', 25],
      ['efficiency', 20],
      ['effect', 15],
    ]);
    expect(r.passLine).toBe(90);
  });

  it('maps every check of the catalogue to at least one sheet item', async () => {
    const r = await loadRubric();
    const used = new Set(r.sheets.flatMap((s) => s.items.flatMap((i) => [...i.checks.map((c) => (typeof c === 'string' ? c : c.check)), ...i.deduct.map((d) => d.check)])));
    expect(CHECK_IDS.filter((c) => !used.has(c))).toEqual([]);
  });

  it('is cached: the same object for the same rubric', async () => {
    expect(await loadRubric()).toBe(await loadRubric('sjt-11739'));
  });
});

describe('rubric validation', () => {
  it('reports an unknown check with its line number', async () => {
    const text = (await defaultText()).replace('checks: [greeting, agent-id, verification, hold-etiquette, closing]', 'checks: [greeting, agent-idd]');
    const line = text.split('\n').findIndex((l) => l.includes('agent-idd')) + 1;
    const problems = problemsOf(() => parseRubric(text, 'custom.yaml'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'custom.yaml', line, field: 'sheets.0.items.0.checks.1' });
    expect(problems[0]!.message).toContain('unknown check "agent-idd"');
  });

  it('reports a missing field and a wrong type, each at its line', async () => {
    const text = (await defaultText()).replace('passLine: 90', 'passLine: high').replace('        max: 8\n        checks: [politeness]', '        checks: [politeness]');
    const problems = problemsOf(() => parseRubric(text, 'r.yaml'));
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(byField.passLine!.line).toBe(text.split('\n').findIndex((l) => l.startsWith('passLine')) + 1);
    expect(byField['sheets.0.items.1.max']!.message).toContain('required');
  });

  it('reports cross-field problems (duplicate sheet id) with a line', async () => {
    const text = (await defaultText()).replace('  - id: D.1.2', '  - id: D.1.1');
    const problems = problemsOf(() => parseRubric(text, 'r.yaml'));
    expect(problems[0]).toMatchObject({ field: 'sheets.1.id' });
    expect(problems[0]!.line).toBe(text.split('\n').findIndex((l, n) => l === '  - id: D.1.1' && n > 20) + 1);
  });

  it('rejects an item with nothing to score it', async () => {
    const text = (await defaultText()).replace('        checks: [resolution]\n', '');
    const problems = problemsOf(() => parseRubric(text, 'r.yaml'));
    expect(problems[0]!.message).toContain('an item needs');
  });

  it('a missing file is E_RUBRIC_NOT_FOUND with the path', async () => {
    await expect(loadRubric('no-such-rubric')).rejects.toMatchObject({ code: 'E_RUBRIC_NOT_FOUND' });
    await expect(loadRubric('./nowhere/r.yaml')).rejects.toBeInstanceOf(HarnessError);
    await expect(loadRubric('./nowhere/r.yaml')).rejects.toThrow(path.resolve('./nowhere/r.yaml'));
  });

  it('loads a customised copy from a path (extended vocabulary)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rubric-'));
    const file = path.join(dir, 'centre.yaml');
    await writeFile(file, (await defaultText()).replace('greetings: [您好,', 'greetings: [亲，您好, 您好,'));
    const r = await loadRubric(file);
    expect(r.vocabularies.greetings[0]).toBe('亲，您好');
    expect(resolveRubricPath('sjt-11739')).toBe(path.join(RUBRICS_DIR, 'sjt-11739.yaml'));
  });
});
