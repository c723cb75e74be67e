/**
 * Round 13b. Curt register: the familiar bare "speak" (你讲。/ 你说吧。) as a whole clause and the object asked for by a
 * bare question word (什么车？/ 哪笔？) are 征询语 with 您/请/请问 stripped off — curtClauses, like 说事 / 继续; the
 * invitation that says the agent listens (你说，我在听) stays warmth. Indifference: "do it however you like" in a verb of
 * doing (你爱怎么办就怎么办) is a 忌语 only, as the round-11 brief settled; "think what you like" stays contempt.
 * 喂喂 opening the turn straight into the opening formula picks up the line; 唔 alone is an acknowledgement like 嗯.
 * Wordings are our own (a car-wash membership desk), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { compileRubric, prepare, vocabHits } from '../../../scorers/context.js';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const dialogue = (...lines: [string, string][]) => chat(lines.map(([who, text], k) => [who, text, 1000 + k * 1000] as ['agent' | 'customer', string, number]));

function curtIn(line: string): string[] {
  const t = prepare(chat([['agent', line, 1000]])).agent[0]!;
  return vocabHits(compileRubric(rubric), 'curtClauses', t).filter((h) => h.level === 'exact' || h.level === 'pattern').map((h) => h.quote);
}

describe('round 13b curtClauses: bare "speak" to 你, bare question word', () => {
  it('reads them as curt clauses', () => {
    for (const line of ['你讲。车牌号多少？', '嗯，你说吧。卡是哪家店办的？', '什么车？麻烦报一下车牌', '哪笔？我这边核对一下']) expect(curtIn(line), line).not.toEqual([]);
  });

  it('leaves the listening invitation, a 什么事-less question and a requested time alone', () => {
    for (const line of ['你说，我在听', '你说 我听着呢', '你好，小区物业，你说', '嗯，你说。', '请问您洗的是什么车型？', '请回忆一下上次来店是什么时候', '这是什么的费用，我帮您查一下']) expect(curtIn(line), line).toEqual([]);
  });

  it('fails an agent opening three turns with bare orders and question words', () => {
    const i = dialogue(
      ['agent', '您好，洗车会员服务，请问有什么可以帮您？'],
      ['customer', '我的洗车卡次数不对'],
      ['agent', '你讲。卡是在哪家店办的？'],
      ['customer', '城东店'],
      ['agent', '什么卡？麻烦报一下手机尾号。'],
      ['customer', '年卡，尾号3321'],
      ['agent', '继续。您这张卡本月用了四次。'],
      ['customer', '好'],
      ['agent', '感谢您的来电，再见。'],
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });
});

describe('round 13b: "do it however you like" is indifference', () => {
  const one = (said: string) => dialogue(
    ['agent', '您好，洗车会员服务，请问有什么可以帮您？'],
    ['customer', '卡里的次数我不认'],
    ['agent', said],
    ['customer', '好吧'],
    ['agent', '感谢您的来电，再见。'],
  );
  it('a 忌语 only with a verb of doing', () => {
    for (const said of ['那你爱怎么办就怎么办。', '记录就是这样，你爱咋弄咋弄']) {
      expect(only(forbiddenWords(one(said), S, rubric)).pass, said).toBe(false);
      expect(only(politeness(one(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('"think what you like" stays rude', () => {
    expect(only(politeness(one('你爱怎么想就怎么想。'), S, rubric)).pass).toBe(false);
  });
});

describe('round 13b: 喂喂 into the opening formula, 唔 as an acknowledgement', () => {
  const opening = (first: string) => dialogue(
    ['agent', first],
    ['customer', '我想问问洗车卡怎么续'],
    ['agent', '续卡在小程序里就能办，您点会员页的续费就行。'],
    ['customer', '好的'],
    ['agent', '感谢您的来电，再见。'],
  );
  it('喂喂 followed by 请问 / the desk named greets', () => {
    for (const first of ['喂喂？请问您要办理什么业务？', '喂喂，这边洗车会员客服，我是小周，请问有什么可以帮您？']) expect(only(politeness(opening(first), S, rubric)).pass, first).toBe(true);
  });
  it('喂喂 as the whole turn still calls the customer 喂', () => {
    expect(only(politeness(opening('喂喂'), S, rubric)).pass).toBe(false);
  });
  it('唔 alone is no curt reply', () => {
    const i = dialogue(
      ['agent', '您好，洗车会员服务，请问有什么可以帮您？'],
      ['customer', '我上周的洗车记录少了一次'],
      ['agent', '唔'],
      ['customer', '就是周六那次'],
      ['agent', '唔'],
      ['agent', '我看到了，周六那次已经补上了，您放心。'],
      ['customer', '好'],
      ['agent', '感谢您的来电，再见。'],
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });
});
