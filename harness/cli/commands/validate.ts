import { readFile } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { looksLikeProfile, loadProfile } from '../../load/profile-loader.js';
import { channelsOf, expandScenarioPaths, loadScenarioFile } from '../../scenario/loader.js';
import { EXIT } from '../output.js';

/** Check scenario files; prints every problem of every file as `file:line:col  field  message`. */
export async function validateCommand(inputs: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const files = await expandScenarioPaths(inputs);
  let bad = 0;
  for (const file of files) {
    try {
      // A load profile (top-level `stages:`) is checked as one, with the scenarios its mix names.
      if (looksLikeProfile(await readFile(file, 'utf8').catch(() => ''))) {
        const p = await loadProfile(file);
        out.write(`✓ ${file}  load profile ${p.id} (${p.stages.length} stages, mix of ${p.mix.length})\n`);
        continue;
      }
      const s = await loadScenarioFile(file);
      out.write(`✓ ${file}  ${s.id} (${channelsOf(s).join('+')}, ${s.steps.length} steps, ${s.facts?.length ?? 0} facts)\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      bad += 1;
      err.write(`✗ ${file}\n${e.message.replace(/^/gmu, '  ')}\n`);
    }
  }
  if (!files.length) err.write(`no scenario files in ${inputs.join(' ')}\n`);
  return bad || !files.length ? EXIT.input : EXIT.ok;
}
