/**
 * resolution: a non-answer followed by the question passed to a named unit to check (转售后技术组核实后回电 / 提交给
 * 财务部处理) keeps ownership (首问负责) and remedies it; a vague "someone will be in touch" does not, nor a 转账 (a
 * money transfer) or a unit named with nothing asked of it. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const reply = (said: string) => chat([['agent', '您好，工号6021为您服务', 500], ['customer', '换下来的旧电池你们回收吗？', 1000], ['agent', said, 3000]]);

describe('the question passed to a named unit', () => {
  it('remedies the non-answer', () => {
    for (const said of ['这个我不清楚，我先帮您记下来，转售后技术组核实后打电话告诉您', '这个我这边回答不了，已经提交给回收业务部确认，有结果短信通知您']) {
      expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('a vague promise, a money transfer or a unit named with nothing asked of it does not', () => {
    for (const said of ['这个我不清楚，后面会有人联系您', '这个我不清楚，转账核实的事也不归我', '这个我不清楚，售后技术组那边也许知道']) {
      expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(false);
    }
  });
});
