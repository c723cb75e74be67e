/** survey-offered: a rating reported (服务评价是五星) invites nothing; an invitation still counts. */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { survey: true } });
const says = (text: string) => chat([['agent', '您好，工号3307为您服务', 500], ['agent', text, 1500]]);

describe('a reported rating', () => {
  it('is no invitation', () => {
    for (const said of ['这位师傅的服务评价是五星', '这家店评分有4.9分', '他的好评率达到百分之九十八']) {
      expect(only(surveyOffered(says(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('an invitation still is', () => {
    for (const said of ['稍后请对我的服务做个评价', '挂机后请给本次服务打个分']) {
      expect(only(surveyOffered(says(said), S, rubric)).pass, said).toBe(true);
    }
  });
});

describe("scoring as the business's own process", () => {
  it('is no invitation', () => {
    for (const said of ['论文复核只查漏登，不会重新评分', '您的信用评分暂时不够', '评分标准在官网有公布']) {
      expect(only(surveyOffered(says(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('an invitation in the same turn still is', () => {
    for (const said of ['复核不会重新评分。稍后请您对我的服务进行评价', '挂机后麻烦给我打个分']) {
      expect(only(surveyOffered(says(said), S, rubric)).pass, said).toBe(true);
    }
  });
});
