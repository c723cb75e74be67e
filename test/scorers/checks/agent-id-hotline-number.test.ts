/**
 * agent-id: the last group of the line's dialled number (热线0512-96688为您服务 — split at the hyphen) is the
 * hotline, not a staff number; a staff number said on its own, or split by ASR, still counts. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const opening = (line: string) =>
  only(agentId(chat([['agent', line, 1000], ['customer', '我想问一下水费', 2000], ['agent', '好的，请讲', 3000]]), S, rubric)).pass;

describe('agent-id: the hotline number is no self-introduction', () => {
  it('热线 + a hyphenated or spaced number + 为您服务 names the line', () => {
    for (const line of ['您好，城南水务，热线0512-96688为您服务', '您好，热线400-820-5566为您服务', '您好，服务电话 021 6288 1234为您服务']) {
      expect(opening(line), line).toBe(false);
    }
  });

  it('a staff number said on its own, after 工号, or split by ASR still counts', () => {
    for (const line of ['您好，9527为您服务', '您好，工号3301为您服务', '您好，我是10 23为您服务', '您好，热线服务，3306号为您服务']) {
      expect(opening(line), line).toBe(true);
    }
  });
});

describe('agent-id: the last group of a 400 number', () => {
  it('is the line, not a staff number, even without 热线', () => {
    const said = (line: string) => only(agentId(chat([['agent', line, 1000]]), scenario(), rubric)).pass;
    expect(said('您好，这里是家电商城，400-615-3377为您服务')).toBe(false);
    expect(said('您好，这里是家电商城，3377为您服务')).toBe(true);
  });
});
