/**
 * The zoo's scenarios, without a browser: they follow the widget contract's shape, validate with
 * the harness's scenario schema (apart from the contract fields a branch's schema may not know yet),
 * and a dry run against the scripted centre satisfies every wait from the answer it waits for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../../harness/scenario/loader.js';
import { ScriptedConversation } from '../../../mocks/widget-zoo/centre.js';
import { ZOO_PAGE_IDS, type PlannedMessage } from '../../../mocks/widget-zoo/types.js';
import { readScenario, SCENARIO_DIR } from './drivers.js';

/** Fields of the agreed widget contract that land in the schema on another branch. */
function isPendingContractProblem(field: string, message: string, steps: Record<string, unknown>[]): boolean {
  if (field === 'target.widget' || /^target\.selectors\.(botMessage|typing)$/u.test(field)) return true;
  const step = /^steps\.(\d+)(?:\.(handoff|wait\.speaker))?$/u.exec(field);
  if (!step) return false;
  const raw = steps[Number(step[1])]!;
  if ('handoff' in raw) return true;
  const speaker = (raw.wait as { speaker?: string } | undefined)?.speaker;
  return step[2] === 'wait.speaker' && (speaker === 'bot' || speaker === 'human') && message.startsWith('Invalid option');
}

const SPEAKERS_FOR_WAIT: Record<string, PlannedMessage['speaker'][]> = {
  agent: ['agent', 'bot'],
  human: ['agent'],
  bot: ['bot'],
  any: ['agent', 'bot', 'system'],
};

describe('widget zoo scenarios', () => {
  for (const pageId of ZOO_PAGE_IDS) {
    it(`${pageId}: follows the contract and validates`, () => {
      const file = join(SCENARIO_DIR, `${pageId}.yaml`);
      const text = readFileSync(file, 'utf8');
      const raw = parse(text) as { steps: Record<string, unknown>[] };
      const scenario = readScenario(pageId);
      expect(scenario.id).toBe(`zoo-${pageId}`);
      // The page itself, perhaps with a query the page reads (popup-window's ?closeAfterMs=).
      expect(scenario.target.chatUrl.split('?')[0]).toBe(`{{centre}}/zoo/${pageId}`);
      for (const key of ['input', 'messages', 'agentMessage']) expect(scenario.target.selectors[key], key).toBeTruthy();
      const { problems } = parseScenario(text, file);
      const real = problems.filter((p) => !isPendingContractProblem(p.field, p.message, raw.steps));
      expect(real).toEqual([]);
    });

    it(`${pageId}: every wait is answered by the scripted centre, with 5–10 centre messages in all`, () => {
      const scenario = readScenario(pageId);
      const centre = new ScriptedConversation(pageId);
      let answer = centre.opening().messages;
      let centreMessages = answer.length;
      const reply = (line: string) => {
        answer = centre.reply(line).messages;
        centreMessages += answer.length;
      };
      for (const [i, step] of scenario.steps.entries()) {
        if (typeof step.say === 'string') reply(step.say);
        if (step.handoff) {
          const say = (step.handoff as { say?: string }).say ?? '转人工';
          if (say !== '') reply(say);
          expect(answer.some((m) => m.speaker === 'agent'), `steps.${i}: a human joins`).toBe(true);
        }
        if (step.wait !== undefined) {
          const spec = typeof step.wait === 'string' ? { pattern: step.wait } : (step.wait as { pattern: string; speaker?: string; optional?: boolean });
          // An optional wait may go unanswered (popup-window's is ended by the window closing itself).
          if (spec.optional) continue;
          const speakers = SPEAKERS_FOR_WAIT[spec.speaker ?? 'agent']!;
          const re = new RegExp(spec.pattern, 'iu');
          const hit = answer.some((m) => speakers.includes(m.speaker) && re.test(m.text));
          expect(hit, `steps.${i}: /${spec.pattern}/ (${spec.speaker ?? 'agent'}) in ${JSON.stringify(answer.map((m) => m.text))}`).toBe(true);
        }
        if (step.end !== undefined) break;
      }
      expect(centre.ended).toBe(true);
      expect(centreMessages).toBeGreaterThanOrEqual(pageId === 'virtualised' ? 8 : 5);
      expect(centreMessages).toBeLessThanOrEqual(10);
    });
  }
});
