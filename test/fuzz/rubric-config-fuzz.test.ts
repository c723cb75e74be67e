/** Rubric and config YAML: malformed files give located problems (InputError) or our coded errors, never a crash or a hang. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { loadConfig } from '../../harness/config/load.js';
import { parseRubric } from '../../harness/scoring/rubric-loader.js';
import { expectOnlyOurErrors, FUZZ_SEED, malformedYaml } from './mutate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const CONFIG = `centre: http://127.0.0.1:4010
out: runs
concurrency: 4
seed: 1
rubric: sjt-11739
scoreOnFinish: true
browser: { executablePath: /usr/bin/chromium, headless: true, extraArgs: [--disable-gpu] }
voice:
  callsPerSecond: 1
  maxConcurrentCalls: 10
  ringTimeoutSec: 30
  from: "+15005550006"
  webhookPort: 0
deepgram: { baseUrl: "http://127.0.0.1:4020", model: nova-3, language: zh-CN }
privacy: { mask: true, kinds: [phone, id-card], keep: ["4008208820"] }
`;

describe('fuzzing rubric files', () => {
  it('parseRubric answers every malformed rubric with located problems (or accepts it)', async () => {
    const seed = readFileSync(path.join(ROOT, 'scorers/rubrics/sjt-11739.yaml'), 'utf8');
    const file = 'fuzz/rubric.yaml';
    await fc.assert(
      fc.asyncProperty(malformedYaml(seed), async (text) => expectOnlyOurErrors(file, text, () => parseRubric(text, file))),
      { seed: FUZZ_SEED, numRuns: 40 },
    );
  });
});

describe('fuzzing config files', () => {
  it('loadConfig answers every malformed config file with located problems or E_CONFIG (or accepts it)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ms-fuzz-config-'));
    const file = path.join(dir, 'mystery-shopper.config.yaml');
    await fc.assert(
      fc.asyncProperty(malformedYaml(CONFIG), async (text) => {
        writeFileSync(file, text);
        await expectOnlyOurErrors(file, text, () => loadConfig({ config: file }, {}));
      }),
      { seed: FUZZ_SEED, numRuns: 400 },
    );
  });
});
