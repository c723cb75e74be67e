/** `schema`: the scenario JSON Schema, exported from the zod schema, for editor completion. */
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { Scenario } from '../../scenario/schema.js';

export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' });
  return JSON.stringify({ ...schema, title: 'mystery-shopper scenario' }, null, 2) + '\n';
}

export async function schemaCommand(out?: string): Promise<number> {
  const text = scenarioJsonSchema();
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
  return 0;
}
