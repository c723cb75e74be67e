/**
 * survey-offered: ratings named as what we value (我们很看重每一条评价) invite nothing; the key to reply with said as a
 * numeral word (短信回复二就是满意) is the invitation's keypress. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const endsWith = (last: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 500],
    ['customer', '我想问下电梯年检什么时候', 1500],
    ['agent', '下周三上午', 2500],
    ['customer', '好的没了', 3500],
    ['agent', last, 4500],
  ]);

describe('survey-offered: valued, not asked; asked by a spoken key', () => {
  it('a statement that ratings matter invites nothing', () => {
    for (const last of ['我们会认真对待每一条评价，再见', '我们一直很看重客户的反馈，祝您愉快']) expect(only(surveyOffered(endsWith(last), scenario(), rubric)).pass, last).toBe(false);
  });
  it('the reply key said as a numeral word invites', () => {
    expect(only(surveyOffered(endsWith('稍后有条短信，您回复二就是满意，再见'), scenario(), rubric)).pass).toBe(true);
  });
});
