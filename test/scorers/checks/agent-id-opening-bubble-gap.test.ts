/**
 * agent-id, round 26 (a reading): the opening chat message sent as two bubbles 2.0–2.25 s apart is one message — chat
 * widgets space a message's bubbles by a typing delay of 1.5–2.25 s, and the 2 s bound cut that range in two, so an
 * introduction in the agent's next message was read as late. Bubbles further apart, a customer turn between, or a call's
 * turns stay separate. Our own wordings (a bicycle repair shop, a piano tuning desk).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const ASK = '我的变速器老是跳档';
const INTRO = '我是维修顾问郑川，麻烦说一下车架号。';
const opening = (gapMs: number) =>
  chat([['agent', '您好，轮动单车工坊。', 1000], ['agent', '请问车子出了什么问题？', 1000 + gapMs], ['customer', ASK, 12000], ['agent', INTRO, 18000]]);

describe('agent-id: the opening message sent as bubbles a typing delay apart', () => {
  it('reads bubbles 2.0–2.25 s apart as one message, as it reads bubbles a second apart', () => {
    for (const gap of [1000, 2050, 2200, 2250]) expect(only(agentId(opening(gap), S, rubric)).pass, `${gap} ms`).toBe(true);
  });
  it('keeps bubbles further apart, a customer turn between, and a call\'s turns separate', () => {
    for (const gap of [2600, 4000]) expect(only(agentId(opening(gap), S, rubric)).pass, `${gap} ms`).toBe(false);
    const between = chat([['agent', '调琴预约台。', 1000], ['customer', '在吗', 2000], ['agent', '在的，您说。', 3100], ['customer', ASK, 12000], ['agent', INTRO, 18000]]);
    expect(only(agentId(between, S, rubric)).pass).toBe(false);
    const spoken = call([['agent', '您好，轮动单车工坊。', 1000, 2500], ['agent', '请问车子出了什么问题？', 4600, 6000], ['customer', ASK, 7000, 9000], ['agent', INTRO, 10000, 13000]]);
    expect(only(agentId(spoken, S, rubric)).pass).toBe(false);
  });
});
