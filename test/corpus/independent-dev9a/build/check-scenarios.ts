// Validates this set's scenario YAML files against the project's scenario schema (run by validate.py).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Scenario } from '../../../../harness/scenario/schema.js';

const dir = join(import.meta.dirname, '..', 'scenarios');
let bad = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
  const r = Scenario.safeParse(parse(readFileSync(join(dir, f), 'utf8')));
  if (!r.success) { bad++; console.log(f, JSON.stringify(r.error.issues)); }
}
console.log(bad ? `${bad} invalid scenario(s)` : 'scenarios ok');
process.exit(bad ? 1 : 0);
