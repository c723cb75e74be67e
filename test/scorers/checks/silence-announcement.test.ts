/**
 * When a request to wait announces the silence after it: a look-up announced and then a question the
 * customer answers (我帮您看一下。请问您的车牌号是多少？— 沪A12345) spent the request; a curt wait word run
 * together with the look-up (等会儿查下) still announces one. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { deadAir } from '../../../scorers/checks/silence-checks.js';
import { accountSilences } from '../../../scorers/checks/silence.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();

describe('silence accounting: which request to wait announces the silence', () => {
  it('a request spent on a question the customer answered does not announce the silence after the answer', () => {
    const i = call([
      ['agent', '您好，停车场服务热线，请讲', 1000, 3000],
      ['customer', '月卡过期了想续一下', 4000, 6000],
      ['agent', '好的，我帮您看一下。请问您的车牌号是多少？', 7000, 10000],
      ['customer', '沪A12345', 11000, 12000],
      ['agent', '查到了，续一个月三百元', 24000, 27000],
    ]);
    const f = only(deadAir(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(accountSilences(i, rubric).silences.map((s) => s.kind)).toEqual(['unannounced']);
  });

  it('a request phrased as a question and acknowledged (稍等一下好吗？— 好的) still announces it', () => {
    const i = call([
      ['agent', '您好，停车场服务热线，请讲', 1000, 3000],
      ['customer', '月卡过期了想续一下', 4000, 6000],
      ['agent', '我帮您查一下，稍等一下好吗？', 7000, 10000],
      ['customer', '好的', 11000, 12000],
      ['agent', '感谢您的耐心等待，续一个月三百元', 24000, 27000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
    expect(accountSilences(i, rubric).silences.map((s) => s.kind)).toEqual(['announced-hold']);
  });

  it('a curt wait word run into the look-up (知道了等会儿查下) announces it', () => {
    const i = call([
      ['agent', '你好 停车场 什么事', 1000, 3000],
      ['customer', '月卡过期了想续一下', 4000, 6000],
      ['agent', '知道了 等会儿 查下', 7000, 9000],
      ['customer', '嗯好', 9500, 10000],
      ['agent', '续一个月三百元', 22000, 24000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
  });

  it('a curt wait + bare look-up verb ending an unpunctuated turn (…签收的 等着 我查) announces it; the answer alone does not', () => {
    const heldAfter = (line: string) =>
      call([
        ['agent', '您好，家电售后，请讲', 1000, 3000],
        ['customer', '洗衣机装好了没人来调试', 4000, 6000],
        ['agent', line, 7000, 10000],
        ['agent', '师傅明天上午上门', 24000, 27000],
      ]);
    expect(only(deadAir(heldAfter('看到你的单子了 上周五签收的 等着 我查'), S, rubric)).pass).toBe(true);
    expect(only(deadAir(heldAfter('看到你的单子了 上周五签收的'), S, rubric)).pass).toBe(false);
  });

  const waitAfter = (said: string) =>
    call([
      ['agent', '您好，停车场服务热线，请讲', 1000, 3000],
      ['customer', '月卡过期了想续一下', 4000, 6000],
      ['agent', said, 7000, 10000],
      ['customer', '好', 11000, 11500],
      ['agent', '感谢您的耐心等待，续一个月三百元', 24000, 27000],
    ]);

  it('the wait asked for the agent itself (等我片刻) or the look-up said as what it has to do (我得先查一下) announces it', () => {
    for (const said of ['收到，等我片刻。', '这个我得先查一下系统', '我这边需要核实下，等我一小会儿']) {
      expect(only(deadAir(waitAfter(said), S, rubric)).pass, said).toBe(true);
    }
  });

  it('what the agent needs from the customer, or a plain statement, announces nothing', () => {
    for (const said of ['续费需要您本人到现场办理。', '我需要您提供一下车牌号。']) {
      expect(only(deadAir(waitAfter(said), S, rubric)).pass, said).toBe(false);
    }
  });
});

