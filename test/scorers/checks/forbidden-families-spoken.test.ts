/**
 * 忌语 families in spoken, unpunctuated or ironic wordings (S1/S2/S3/S4/S15 categories), with
 * wordings of our own in trades no corpus covers, and look-alikes that share their words.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (said: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '我想问下体检报告的事', 2000],
    ['agent', said, 3000],
  ]);
const categoriesOf = (said: string) => {
  const f = only(forbiddenWords(agentSays(said), S, rubric));
  return f.pass === false ? (f.details as { categories: string[] }).categories : [];
};

describe('forbidden-words: spoken families', () => {
  it('finds each in its category', () => {
    const cases: [string, string][] = [
      ['这个上午都跟你说过好多遍了报告要三天出', '已说过'],
      ['报告的事你问别的科室别找我们体检中心只管抽血', '推诿'],
      ['你自己去看小程序里面都写着呢', '推诿'],
      ['那你找给你开单的那个人去吧', '推诿'],
      ['你的短信提醒是摆设吗？', '讽刺挖苦'],
      ['你这个问题可真是新鲜', '讽刺挖苦'],
      ['您这么有本事自己去跟医生说吧', '讽刺挖苦'],
      ['自己去弄不就行了', '讽刺挖苦'],
      ['你爱打市长热线就去打', '激将投诉'],
      ['改不了就是改不了', '否定拒绝'],
      ['你就不能一次问完吗', '不耐烦'],
    ];
    for (const [said, category] of cases) expect(categoriesOf(said), said).toContain(category);
  });

  it('leaves the look-alikes alone', () => {
    for (const said of [
      '我刚才说了好几项，我再给您发一份文字版',
      '短信里都写着取报告的地址，我再给您念一遍',
      '如果方便的话您可以一次把问题都说给我，我一起帮您查',
      '您可真细心，这个细节都注意到了',
      '您真聪明，自己就找到入口了',
      '这个设备不是摆设，是用来测骨密度的',
      '喜欢的话您就去试试，免费的',
    ]) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });
});
