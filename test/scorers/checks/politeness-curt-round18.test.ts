/**
 * Round 18 curtClauses: the published 征询语 with 请/您/请问 stripped off — the thing asked for by 哪个/哪家 + its noun or the date with
 * its verb (哪家门店？ / 几号入住？), "anything else" as 还要问啥 and a bare 就这些？, an amount asked as a bare datum (押金金额？).
 * The common wrap-up 还有什么问题吗, an answer 哪个都行 and a negated amount (不限金额) are not curt. Wordings are our own (a hotel desk).
 */
import { describe, expect, it } from 'vitest';
import { compileRubric, prepare, vocabHits } from '../../../scorers/context.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const agentSays = (...lines: string[]) => chat(lines.map((text, k) => ['agent', text, 1000 + k * 1000] as ['agent', string, number]));

function curtIn(line: string): string[] {
  const t = prepare(agentSays(line)).agent[0]!;
  return vocabHits(compileRubric(rubric), 'curtClauses', t)
    .filter((h) => h.level === 'exact' || h.level === 'pattern')
    .map((h) => h.quote);
}

describe('round 18 curtClauses', () => {
  it('the stripped forms are curt', () => {
    for (const said of ['哪家门店？', '几号入住？', '还要问啥？', '就这些？', '押金金额？']) expect(curtIn(said).length, said).toBeGreaterThan(0);
  });

  it('look-alikes are not', () => {
    for (const said of ['还有什么问题吗？', '哪个都行，看您方便', '单笔不限金额，每天都能用', '房型就这些，您看选哪种']) expect(curtIn(said), said).toEqual([]);
  });

  it('three such turns are a curt register', () => {
    const c = chat([
      ['agent', '您好，云栖酒店前台，我是小周', 1000],
      ['customer', '我想改一下订单的入住日期', 2000],
      ['agent', '哪家门店？', 3000],
      ['customer', '西湖店', 4000],
      ['agent', '几号入住？', 5000],
      ['customer', '下周五', 6000],
      ['agent', '已经帮您改到下周五了，房价不变。', 7000],
      ['agent', '就这些？', 8000],
      ['customer', '对', 9000],
      ['agent', '感谢您的来电，再见', 10000],
    ]);
    expect(only(politeness(c, scenario(), rubric)).pass).toBe(false);
  });
});

describe('round 18: 喂喂 before the customer has spoken', () => {
  it('picks up the line: no one is there yet to be called 喂', () => {
    const c = chat([
      ['agent', '喂喂，星光游泳馆前台。您想了解哪方面？', 1000],
      ['customer', '我想问一下暑期班几号开课', 2000],
      ['agent', '暑期班七月八号开课，您可以在小程序上报名。', 3000],
      ['customer', '好的谢谢', 4000],
      ['agent', '不客气，感谢您的来电，再见', 5000],
    ]);
    expect(only(politeness(c, scenario(), rubric)).pass).toBe(true);
  });

  it('said to a customer who has spoken it still calls them 喂', () => {
    const c = chat([
      ['agent', '您好，星光游泳馆前台，请问有什么可以帮您', 1000],
      ['customer', '我想问一下暑期班几号开课', 2000],
      ['agent', '喂喂，七月八号。', 3000],
      ['customer', '好的谢谢', 4000],
      ['agent', '不客气，感谢您的来电，再见', 5000],
    ]);
    expect(only(politeness(c, scenario(), rubric)).pass).toBe(false);
  });
});
