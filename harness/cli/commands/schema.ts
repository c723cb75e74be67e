/** `schema`: the scenario JSON Schema, exported from the zod schema, for editor completion. */
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { LoadProfile } from '../../load/profile-schema.js';
import { Scenario } from '../../scenario/schema.js';

export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' });
  return JSON.stringify({ ...schema, title: 'mystery-shopper scenario' }, null, 2) + '\n';
}

/** The load profile JSON Schema (`schema --load`, scenarios/load-profile.schema.json). */
export function loadProfileJsonSchema(): string {
  const schema = z.toJSONSchema(LoadProfile, { io: 'input', unrepresentable: 'any' });
  return JSON.stringify({ ...schema, title: 'mystery-shopper load profile' }, null, 2) + '\n';
}

export async function schemaCommand(out?: string, opts: { load?: boolean } = {}): Promise<number> {
  const text = opts.load ? loadProfileJsonSchema() : scenarioJsonSchema();
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
  return 0;
}
