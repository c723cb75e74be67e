/** Scenario YAML: thousands of malformed files, each answered by file:line problems, never a crash or a hang. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseScenario } from '../../harness/scenario/loader.js';
import { checkProblems, CASE_BOUND_MS, expectOnlyOurErrors, FUZZ_SEED, malformedYaml } from './mutate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEEDS = ['scenarios/demo/credit-card-loss.yaml', 'scenarios/demo/credit-card-loss-hotline.yaml', 'test/fixtures/scenarios/valid-chat.yaml'].map((f) => readFileSync(path.join(ROOT, f), 'utf8'));
const FILE = 'fuzz/scenario.yaml';

describe('fuzzing scenario files', () => {
  it('parseScenario answers every malformed scenario with located problems (or accepts it)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat().chain((i) => malformedYaml(SEEDS[i % SEEDS.length]!)), async (text) => {
        await expectOnlyOurErrors(FILE, text, () => {
          const { problems } = parseScenario(text, FILE);
          checkProblems(problems, FILE, text);
        });
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });
});
