/**
 * Load a rubric by name (scorers/rubrics/<name>.yaml) or path; every problem comes back with
 * file:line:col (InputError), a missing file is E_RUBRIC_NOT_FOUND with the path looked at.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarnessError, InputError } from '../errors.js';
import { parseYamlWithSchema } from '../scenario/yaml-input.js';
import { Rubric, rubricProblems, type Rubric as RubricData } from '../../scorers/rubric/schema.js';

export const DEFAULT_RUBRIC = 'sjt-11739';

/** scorers/rubrics, found relative to this file (works from the repo and from an installed package). */
export const RUBRICS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scorers/rubrics');

/** A bare name (no slash, no .yaml/.yml) is a built-in rubric; anything else is a path. */
export function resolveRubricPath(nameOrPath: string): string {
  const isName = !/[\\/]/.test(nameOrPath) && !/\.ya?ml$/i.test(nameOrPath);
  return isName ? path.join(RUBRICS_DIR, `${nameOrPath}.yaml`) : path.resolve(nameOrPath);
}

/** Validate rubric text (for tests and editors); throws InputError listing every problem. */
export function parseRubric(text: string, file: string): RubricData {
  const parsed = parseYamlWithSchema(text, file, Rubric);
  if (!parsed.ok) throw new InputError(parsed.problems);
  const extra = rubricProblems(parsed.data);
  if (extra.length) {
    throw new InputError(extra.map((p) => ({ file, line: parsed.locate(p.path), col: 1, field: p.path, message: p.message })));
  }
  return parsed.data;
}

const cache = new Map<string, Promise<RubricData>>();

/**
 * The rubric, validated. Cached per resolved path for the process, so every contact of a run
 * shares one Rubric object (and thus one set of compiled vocabularies).
 */
export function loadRubric(nameOrPath: string = DEFAULT_RUBRIC): Promise<RubricData> {
  const file = resolveRubricPath(nameOrPath);
  let p = cache.get(file);
  if (!p) {
    p = (async () => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new HarnessError('E_RUBRIC_NOT_FOUND', `rubric not found: ${file}`, `use a built-in name (${DEFAULT_RUBRIC}) or the path of a rubric YAML file`);
        }
        throw err;
      }
      return parseRubric(text, file);
    })();
    p.catch(() => cache.delete(file));
    cache.set(file, p);
  }
  return p;
}
