/**
 * resolution: a look-up that comes to nothing closing its clause (记录这个查不到的。/ 系统也查不到哈) is a non-answer whoever
 * is named or not; the customer's own failure to find (您那边查不到的话…), a condition (如果查不到…) or a question
 * (是不是查不到) is not. A transfer of the customer to someone who can answer (我把您转到专线) remedies it, as a
 * referral of the question does. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const reply = (said: string) => chat([['agent', '您好，工号5120为您服务', 500], ['customer', '上个月的停车记录能看到吗？', 1000], ['agent', said, 3000]]);

describe('a look-up that comes to nothing', () => {
  it('is a non-answer with or without a subject, with a closing particle', () => {
    for (const said of ['停车记录这个查不到的。', '系统也查不到哈', '上个月的查不到了，不好意思']) {
      expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('the customer\'s own look-up, a condition or a question is not one', () => {
    for (const said of ['您在小程序里查不到的话，可以看缴费短信，每笔都有时间和金额', '如果查不到，就到停车场出口的自助机打印，能看到三个月的', '能看到，在小程序里点停车记录就行']) {
      expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('a transfer to someone who can answer remedies it', () => {
    for (const said of ['这个我这边查不到，我现在把您转到停车场值班室，他们能调记录', '记录我查不到的，这就帮您转接账务组']) {
      expect(only(resolution(reply(said), S, rubric)).pass, said).toBe(true);
    }
  });
});
