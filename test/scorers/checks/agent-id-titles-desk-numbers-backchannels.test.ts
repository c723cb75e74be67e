/**
 * agent-id [S22 服务人员识别信息]: any …师 profession as the role before a name (驯犬师 / 早教老师), a courtesy 老师 or a filler (嗯) after the
 * name, a one-digit staff number with its 号 after the role, 工号 after a predicate ending in 了 — and a backchannel said
 * over the customer is no opening turn. Not: 厨师长 alone, a role + date running into the sentence. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: titles and desk numbers', () => {
  it('counts them', () => {
    for (const line of ['您好 我是驯犬师Lucas 您说', '我是早教老师陈琳老师，请问您想了解哪个班', '您好，接线员6号为您服务', '收到您的意思了 嗯 工号QX二七一 请讲', '您好 我是前台管家豆豆老师 嗯 您想问什么']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });

  it('does not count a role alone or a date after a role', () => {
    for (const line of ['您好 我是厨师长 请讲', '快递员3号会上门取件', '我是这边的老师 请问什么事']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
});

describe('agent-id: backchannels are not opening turns', () => {
  it('an id in the turn after a 嗯嗯 said over the customer is within the first two', () => {
    const c = call([
      ['agent', '您好，绿洲游泳馆，请问有什么事', 1000, 3000],
      ['customer', '我想问一下周末的班还有没有名额', 4000, 9000],
      ['agent', '嗯嗯', 6000, 6500],
      ['agent', '工号YS4402，周末班还有名额', 10000, 13000],
    ]);
    expect(only(agentId(c, S, rubric)).pass).toBe(true);
  });
});
