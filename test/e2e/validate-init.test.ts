import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../harness/cli/commands/schema.js';
import { cli, ROOT } from './cli-helpers.js';

describe('CLI: validate, init, schema', () => {
  it('validate lists every problem as file:line:col field message, exits 1, no stack trace', async () => {
    const r = await cli(['validate', 'test/fixtures/scenarios/invalid.yaml', 'test/fixtures/scenarios/valid-chat.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✓ test/fixtures/scenarios/valid-chat.yaml');
    expect(r.stderr).toContain('test/fixtures/scenarios/invalid.yaml:6:3  persona.mood  unknown field "mood"');
    expect(r.stderr).toContain('test/fixtures/scenarios/invalid.yaml:15:5  steps.4  a step must be one of');
    expect(r.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/);
  });

  it('run refuses invalid scenarios before placing anything', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'ms-e2e-'));
    const r = await cli(['run', 'test/fixtures/scenarios/invalid.yaml', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/problem\(s\):\n.*invalid\.yaml:1:5  id/);
  });

  it('init writes a starter config and scenario that validate', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-init-'));
    const r = await cli(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote');
    const v = await cli(['validate', path.join(dir, 'scenarios')], { cwd: dir });
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    const again = await cli(['init'], { cwd: dir });
    expect(again.stdout).toContain('kept');
  });

  it('the committed scenarios/schema.json is the one the zod schema exports', async () => {
    const committed = await readFile(path.join(ROOT, 'scenarios', 'schema.json'), 'utf8');
    expect(committed).toBe(scenarioJsonSchema());
  });
});
