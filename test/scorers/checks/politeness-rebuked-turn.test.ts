/**
 * Round 26 (which turn answers which): the agent turn the customer's very next turn rebukes for the agent's manner
 * (你这是什么态度 / 你说话怎么这么冲 / 你至于这样吗, aimed at 你) was rude as heard, though no phrase of ours names it:
 * politeness fails and forbidden-words reports it. Not a rebuke of 你们 (the service) or of a third party, not praise of
 * the agent's manner, and not when the rebuked turn is nothing but a mild 忌语 (indifference, a refusal) that
 * forbidden-words already reads and politeness leaves alone. Wordings are our own (a piano tuning service's desk).
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

/** The agent says `said`; the customer answers `reply`; the agent apologises and closes. */
function contact(said: string, reply: string) {
  const lines: [ 'agent' | 'customer', string, number, number][] = [
    ['agent', '您好，琴韵调律服务中心，请问有什么可以帮您？', 1000, 2500],
    ['customer', '调完音两天又跑音了，怎么回事', 3000, 4500],
    ['agent', said, 5000, 8000],
    ['customer', reply, 8500, 9500],
    ['agent', '抱歉，请您谅解，我帮您登记一次免费复调。', 10000, 12000],
    ['customer', '好吧', 12500, 13000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 13500, 15000],
  ];
  return said.includes(' ') ? call(lines) : chat(lines);
}
const rude = (said: string, reply: string) => only(politeness(contact(said, reply), scenario(), rubric)).pass === false;
const forbidden = (said: string, reply: string) => only(forbiddenWords(contact(said, reply), scenario(), rubric)).pass === false;

describe('round 26: a turn the customer rebukes for manner', () => {
  it('fails both checks', () => {
    for (const [said, reply] of [
      ['琴放在暖气边上还指望音准？', '你这是什么态度？'],
      ['天天开着加湿器能不跑吗。', '你说话怎么这么冲啊'],
      ['潮成那样 谁调都一样', '你这话说得也太难听了吧'],
      ['钢琴又不是摆设，你不弹它当然会变。', '我就问一句，你至于这样吗？'],
      ['搬过家的琴本来就会跑音，早该想到的。', '你怎么这个态度，我要投诉'],
      ['调音师傅又不是神仙，天气一变就跑', '好好问你，你冲我发什么火'], // the agent's temper named
    ]) {
      expect(rude(said!, reply!), said).toBe(true);
      expect(forbidden(said!, reply!), said).toBe(true);
      // the same line answered without a rebuke: no phrase of ours names it
      expect(rude(said!, '嗯，然后呢'), said).toBe(false);
      expect(forbidden(said!, '嗯，然后呢'), said).toBe(false);
    }
  });

  it('look-alikes stay clean', () => {
    for (const [said, reply] of [
      ['季节变化琴弦会松，一般两周内跑音属于正常，我们可以免费复调。', '你们这态度我真是服了'], // 你们: the service
      ['季节变化琴弦会松，一般两周内跑音属于正常，我们可以免费复调。', '上次来的师傅说话太冲了'], // a third party
      ['季节变化琴弦会松，一般两周内跑音属于正常，我们可以免费复调。', '谢谢，你这态度真好'], // praise
      ['季节变化琴弦会松，一般两周内跑音属于正常，我们可以免费复调。', '你说话一点也不凶，挺好的'], // the manner denied
    ]) {
      expect(rude(said!, reply!), `${said} / ${reply}`).toBe(false);
      expect(forbidden(said!, reply!), `${said} / ${reply}`).toBe(false);
    }
  });

  it('a mild 忌语 as the whole turn is that 忌语 only, not rude', () => {
    // indifference said alone: forbidden-words reads the phrase; the rebuke answers it and adds no rudeness
    expect(rude('随便你。', '你这什么态度')).toBe(false);
    expect(forbidden('随便你。', '你这什么态度')).toBe(true);
  });
});
