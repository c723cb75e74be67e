/** survey-offered: praise the firm has received, told as a fact (这家店好评很多), invites no rating — not even when 店 sounds like 点. */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { survey: true } });
const says = (text: string) => chat([['agent', '您好，工号3307为您服务', 500], ['agent', text, 1500]]);

describe('praise reported', () => {
  it('is no invitation', () => {
    for (const said of ['我们这家店好评很多的，您放心', '这款产品好评不少', '那位技师好评挺多']) {
      expect(only(surveyOffered(says(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('a request for a good rating still is', () => {
    for (const said of ['满意的话麻烦点个好评', '您放心，满意请给个好评哦']) {
      expect(only(surveyOffered(says(said), S, rubric)).pass, said).toBe(true);
    }
  });
});
