/** closing: a 祝愿 for whom the contact was about (the patient, the child, the pet) closes like 祝您…. */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));

describe('closing: wishes naming someone else', () => {
  // (one file for the rule that two tuning rounds added in parallel)
  it('祝宝宝早日康复 / 不客气，祝老人家身体健康 are 祝愿', () => {
    for (const said of ['不客气，祝宝宝早日康复！', '好的，也祝老人家身体健康哈', '那祝小橘猫平平安安', '不客气，祝小白早日痊愈！', '祝您家宝宝平安哈', '不客气祝宝宝早日康复']) {
      expect(only(closing(agentSays('已经给您登记好了', said), S, rubric)).pass, said).toBe(true);
    }
  });

  it('祝 inside other words (庆祝, 祝福短信) or a wish word mid-sentence is no closing', () => {
    for (const said of ['周年庆祝活动一切顺利', '祝福短信已经发到您手机了', '手术一般都很顺利', '这条祝福短信是系统发的', '祝贺的话我转达给同事']) {
      expect(only(closing(agentSays('已经给您登记好了', said), S, rubric)).pass, said).toBe(false);
    }
  });
});

describe('closing: a wish running into the offer to call again', () => {
  it('祝… + 有问题随时来电, unpunctuated, closes by its wish; the offer alone does not', () => {
    expect(only(closing(agentSays('好的', '祝您父亲早日康复 有问题随时来电'), S, rubric)).pass).toBe(true);
    expect(only(closing(agentSays('好的', '那有问题随时来电'), S, rubric)).pass).toBe(false);
  });
});

describe('closing: a parting wish for the way home', () => {
  it('the journey named + 注意安全, ending the clause or running into the goodbye', () => {
    for (const said of ['好的，开车回去的时候注意安全', '不客气 下班路上注意安全哈', '雨天出门注意安全 再见']) {
      expect(only(closing(agentSays('已经给您登记好了', said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('safety advice about a thing or a task is no leave-taking', () => {
    for (const said of ['用电的时候一定注意安全', '施工期间注意安全，不要靠近围挡', '路上注意安全带有没有系好']) {
      expect(only(closing(agentSays('已经给您登记好了', said), S, rubric)).pass, said).toBe(false);
    }
  });
});
