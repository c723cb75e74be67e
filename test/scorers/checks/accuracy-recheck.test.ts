/**
 * A value restated after the agent re-checked (我再确认了一下，是… / 我重新核实了，是…) corrects what it said
 * before, as 口误/更正 does: it counts for the fact even in a turn that names no cue. Without the
 * re-check marker a later cue-less value stays untied. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'lead', label: '换证周期', expected: '15个工作日', wrong: ['5个工作日'], cues: ['换证'] }],
});
const said = (first: string, later: string) =>
  chat([
    ['customer', '护照换证要多久？', 1000],
    ['agent', first, 2000],
    ['customer', '要带户口本吗？', 3000],
    ['agent', later, 4000],
  ]);

describe('facts: a re-check restates the fact', () => {
  it('wrong, then re-checked and right: fact-accuracy passes, no-misinformation fails', () => {
    for (const later of ['不用带户口本。我再确认了一下，是15个工作日，以这个为准', '不用。我重新核实了下，是15个工作日']) {
      const i = said('换证一般5个工作日', later);
      expect(only(factAccuracy(i, S, rubric)).pass, later).toBe(true);
      expect(only(noMisinformation(i, S, rubric)).pass, later).toBe(false);
    }
  });

  it('a later value with no re-check marker is about something else', () => {
    const i = said('换证一般5个工作日', '不用带户口本，材料审核要15个工作日才退回');
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
  });

  it("the agent's own re-look (我再看一下…应该是) restates the fact; asking the customer to look again does not", () => {
    for (const later of ['我再看一下……哦，应该是5个工作日，以这个为准', '稍等我重新看了下，是5个工作日']) {
      const i = said('换证一般15个工作日', later);
      expect(only(factAccuracy(i, S, rubric)).pass, later).toBe(false);
      expect(only(noMisinformation(i, S, rubric)).pass, later).toBe(false);
    }
    const asked = said('换证一般15个工作日', '您再看一下回执，邮寄要5个工作日');
    expect(only(factAccuracy(asked, S, rubric)).pass).toBe(true);
  });
});
