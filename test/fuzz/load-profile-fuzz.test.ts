/**
 * Load profiles (h/load's harness/load/profile-loader.ts): malformed profiles give located
 * problems, never a crash or a hang. loadProfile also reads the mix's scenario files: those live
 * next to the fuzzed profile (copied from scenarios/load/), so problems may name them too.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { InputError } from '../../harness/errors.js';
import { loadProfile, parseProfile } from '../../harness/load/profile-loader.js';
import { checkProblems, expectOnlyOurErrors, FUZZ_SEED, malformedYaml } from './mutate.js';

const LOAD_DIR = path.resolve(import.meta.dirname, '../../scenarios/load');
const PROFILES = ['chat-ramp.yaml', 'mixed-spike.yaml', 'voice-ramp-soak.yaml'].map((f) => readFileSync(path.join(LOAD_DIR, f), 'utf8'));

describe('fuzzing load profiles', () => {
  it('parseProfile answers every malformed profile with located problems (or accepts it)', async () => {
    const file = 'fuzz/profile.yaml';
    await fc.assert(
      fc.asyncProperty(fc.nat().chain((i) => malformedYaml(PROFILES[i % PROFILES.length]!)), async (text) =>
        expectOnlyOurErrors(file, text, () => {
          const r = parseProfile(text, file);
          if (!r.ok) checkProblems(r.problems, file, text);
        }),
      ),
      { seed: FUZZ_SEED, numRuns: 200 },
    );
  });

  it('loadProfile (with the scenario files of the mix) never throws anything but InputError', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ms-fuzz-profile-'));
    cpSync(LOAD_DIR, dir, { recursive: true });
    const file = path.join(dir, 'fuzzed-profile.yaml');
    const known = new Set(readdirSync(dir).map((f) => path.join(dir, f)));
    await fc.assert(
      fc.asyncProperty(fc.nat().chain((i) => malformedYaml(PROFILES[i % PROFILES.length]!)), async (text) => {
        writeFileSync(file, text);
        await expectOnlyOurErrors(file, text, async () => {
          try {
            await loadProfile(file);
          } catch (err) {
            // problems in a mix's scenario file name that file: check those against their own text
            if (!(err instanceof InputError)) throw err;
            for (const p of err.problems) {
              if (p.file === file) checkProblems([p], file, text);
              else if (known.has(path.resolve(p.file))) checkProblems([p], p.file, readFileSync(p.file, 'utf8'));
              else if (p.line !== 0) throw new Error(`problem names an unexpected file: ${p.file}`);
            }
          }
        });
      }),
      { seed: FUZZ_SEED, numRuns: 80 },
    );
  });
});
