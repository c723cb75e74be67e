/** Validates this set's scenarios/*.yaml against the project's scenario schema (run by validate.py). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Scenario } from '../../../../harness/scenario/schema.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'scenarios');
let bad = 0;
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.yaml'))) {
  const result = Scenario.safeParse(parse(await readFile(path.join(dir, file), 'utf8')));
  if (!result.success) {
    bad += 1;
    console.log(file, JSON.stringify(result.error.issues));
  }
}
console.log(bad ? `${bad} invalid scenarios` : 'scenarios valid');
process.exit(bad ? 1 : 0);
