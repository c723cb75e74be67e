/**
 * hold-etiquette, round 10: the apology that says the wait or the look-up took long (不好意思，等得有点久了 / 抱歉，刚才查得
 * 慢了点) thanks for the hold [S3 "对不起，让您久等了"]; and a request to wait followed by where the agent is going to look
 * (请您稍等，我到后台里看一下预约记录) announces the hold — the look-up is still ahead, not answered in the turn. Our own
 * wordings (a driving school).
 */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const held = (ask: string, back: string) =>
  call([
    ['agent', '您好，驾校服务热线，请讲', 1000, 3000],
    ['customer', '我科目二约的哪天考', 4000, 6000],
    ['agent', ask, 7000, 10000],
    ['agent', back, 45000, 49000],
  ]);

describe('hold-etiquette: the long wait owned', () => {
  it('等得有点久 / 查得慢了 after an apology thanks the customer', () => {
    for (const back of ['不好意思，等得有点久了。您约的是周五上午', '抱歉，刚才查得慢了点，您约的是周五上午']) {
      expect(only(holdEtiquette(held('好的，请您稍等', back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('a bare "it took long" with no apology is no thanks', () => {
    expect(only(holdEtiquette(held('好的，请您稍等', '查得有点久，您约的是周五上午'), S, rubric)).pass).toBe(false);
  });
});

describe('hold-etiquette: the look-up still ahead after the request', () => {
  it('稍等 + where the agent will look announces the hold', () => {
    expect(only(holdEtiquette(held('请您稍等，我到后台里看一下预约记录', '让您久等了，您约的是周五上午'), S, rubric)).pass).toBe(true);
  });
});

describe('hold-etiquette: the courteous 劳 form (round 11)', () => {
  it('劳您久等 thanks for the hold', () => {
    expect(only(holdEtiquette(held('好的，请您稍等', '劳您久等，您约的是周五上午'), S, rubric)).pass).toBe(true);
  });
});

describe('hold-etiquette: the long wait owned, then thanked (round 12)', () => {
  it('等了好久了吧，多谢 / 查得比较久，谢谢您 thanks for the hold', () => {
    for (const back of ['等了好久了吧，多谢，您约的是周五上午', '查得比较久，谢谢您。您约的是周五上午']) {
      expect(only(holdEtiquette(held('好的，请您稍等', back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('the long wait owned with no thanks after it (等了好久吧，…) is no thanks', () => {
    expect(only(holdEtiquette(held('好的，请您稍等', '等了好久吧，您约的是周五上午'), S, rubric)).pass).toBe(false);
  });
});

describe('hold-etiquette: the 劳 form in the past (round 13)', () => {
  it('劳你等了好一阵 thanks for the hold', () => {
    expect(only(holdEtiquette(held('好的，请您稍等', '劳你等了好一阵，您约的是周五上午'), S, rubric)).pass).toBe(true);
  });
  it('劳您再等一下 asks for a wait, thanks for none', () => {
    expect(only(holdEtiquette(held('好的，请您稍等', '劳您再等一下，您约的是周五上午'), S, rubric)).pass).toBe(false);
  });
});
