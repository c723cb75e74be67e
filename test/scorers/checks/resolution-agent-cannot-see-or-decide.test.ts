/**
 * resolution: the agent's own "I can't see it" (物流我看不到) or "I can't decide it" (这个我定不了) closing the reply —
 * the topic put first, the agent as the subject, nothing after it in the clause — leaves the question unanswered, as the
 * 查不到 that closes its clause does. With an object after it (我看不到您发的截图，您再发一次) the agent asks for what it
 * needs; with a decision named after it (我定不了时间，得看师傅排班) it goes on to say who decides. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const replyTo = (asked: string, ...replies: string[]) =>
  chat([
    ['customer', asked, 1000],
    ...replies.map((r, k) => ['agent', r, 2000 + k * 1000] as ['agent', string, number]),
  ]);
const pass = (asked: string, ...replies: string[]) => only(resolution(replyTo(asked, ...replies), scenario(), rubric)).pass;

describe('resolution: the agent cannot see or cannot decide', () => {
  it('fails the bare "I can\'t see it" / "I can\'t decide it" as the reply', () => {
    expect(pass('我的快递现在到哪个站点了？', '站点信息我看不到。')).toBe(false);
    expect(pass('寄修的手机修到哪一步了', '进度我们看不到哈')).toBe(false);
    expect(pass('能不能给我免掉这次的滞纳金？', '这个我定不了。')).toBe(false);
  });

  it('passes the look-alikes: an object after it, a decision and who makes it, a look-up after it', () => {
    expect(pass('我发的截图你看到了吗？', '我看不到您发的截图，您再发一次。')).toBe(true);
    expect(pass('师傅几点能到？', '具体几点我定不了时间，师傅排班后会短信通知您，一般下午两点前。')).toBe(true);
    expect(pass('能不能给我免掉这次的滞纳金？', '这个我定不了，我帮您问一下主管，请稍等', '主管同意免掉这次的滞纳金')).toBe(true);
  });
});
