/**
 * Mockery and abuse are rude in any address form (rubric impoliteEvenWithRespect): a 您 next to ironic praise or
 * a sneer does not make it courteous, where it does soften blame said as a flat statement. Wordings are our own
 * (a parking operator, a library), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));

describe('politeness: mockery said with 您 is still rude', () => {
  it('ironic praise addressed as 您 fails politeness as well as forbidden-words', () => {
    const i = agentSays('您好，停车场客服，请问有什么可以帮您', '您可真厉害，缴费码都能扫到别人家的', '好的，已经为您登记，谢谢您');
    expect(only(forbiddenWords(i, S, rubric)).pass).toBe(false);
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('您可真厉害');
  });

  it('the dismissive 呗 with 您 ("do it yourself then") is a sneer, not a courteous referral', () => {
    const i = agentSays('您好，图书馆服务台，请问有什么可以帮您', '那您自己去弄呗', '好的，谢谢您的来电');
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });

  it('blame said flatly with 您 stays a forbidden word only (the rule is by category, not by 您)', () => {
    const i = agentSays('您好，停车场客服，请问有什么可以帮您', '好的，这次是您自己没注意到出场时间', '已经为您登记，谢谢您');
    expect(only(forbiddenWords(i, S, rubric)).pass).toBe(false);
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('sincere praise with 您 is no mockery (您可真细心 is not in the family)', () => {
    const i = agentSays('您好，图书馆服务台，请问有什么可以帮您', '您可真细心，借阅记录里确实多了一本，我帮您核对一下', '已经处理好了，谢谢您');
    expect(only(forbiddenWords(i, S, rubric)).pass).toBe(true);
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });
});

describe('forbidden-words: refusing to explain is a flat refusal (否定拒绝), not indifference', () => {
  it('"nothing to explain" in a courteous call fails forbidden-words only', () => {
    const i = agentSays('您好，物业服务中心，请问有什么可以帮您', '公摊费就是按面积分的，没什么好解释的', '好的，谢谢您的来电');
    const f = only(forbiddenWords(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('没什么好解释的');
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('"nothing to discuss" is the same refusal; an offer to explain is none', () => {
    const i = agentSays('您好，请问有什么可以帮您', '这个没啥好商量的。', '好的，谢谢您');
    expect(only(forbiddenWords(i, S, rubric)).pass).toBe(false);
    const offer = agentSays('您好，请问有什么可以帮您', '这个规则我给您好好解释一下，其实不复杂', '好的，谢谢您');
    expect(only(forbiddenWords(offer, S, rubric)).pass).toBe(true);
  });
});
