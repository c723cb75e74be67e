/**
 * agent-id (round 23): a chat message sent as two bubbles a second apart, nothing between, is one message — the first
 * `agentIdTurns` agent turns count messages, so an introduction in the agent's second message is still in time whether
 * the first message went out as one bubble or two. Our own wordings (a ski school, a laundry desk).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const CUSTOMER = '我想改一下上课的时间';
const INTRO = '我是教练助理郝晴晴，麻烦报一下学员编号。';

describe('agent-id: a message sent as bubbles counts once', () => {
  it('reads one bubble and two bubbles alike', () => {
    const one = chat([['agent', '雪场学练中心。有什么能帮您？', 1000], ['customer', CUSTOMER, 9000], ['agent', INTRO, 15000]]);
    const two = chat([['agent', '雪场学练中心。', 1000], ['agent', '有什么能帮您？', 2000], ['customer', CUSTOMER, 9000], ['agent', INTRO, 15000]]);
    expect(only(agentId(one, S, rubric)).pass).toBe(true);
    expect(only(agentId(two, S, rubric)).pass).toBe(true);
    // the second message sent as bubbles too
    const three = chat([['agent', '雪场学练中心。', 1000], ['agent', '有什么能帮您？', 2000], ['customer', CUSTOMER, 9000], ['agent', '好的，收到。', 15000], ['agent', INTRO, 16000]]);
    expect(only(agentId(three, S, rubric)).pass).toBe(true);
  });
  it('still counts separate messages: a later agent message after a pause, or a customer turn between', () => {
    // two messages 20 s apart are two turns: the introduction in the third message is late
    const late = chat([['agent', '洗衣服务台。', 1000], ['agent', '您好，请问有什么事？', 21000], ['customer', CUSTOMER, 30000], ['agent', INTRO, 36000]]);
    expect(only(agentId(late, S, rubric)).pass).toBe(false);
    const between = chat([['agent', '洗衣服务台。', 1000], ['customer', '你好', 1500], ['agent', '您好，请问有什么事？', 2000], ['customer', CUSTOMER, 9000], ['agent', INTRO, 15000]]);
    expect(only(agentId(between, S, rubric)).pass).toBe(false);
  });
  it('leaves calls as they are (a call turn is no chat bubble)', () => {
    const spoken = call([['agent', '洗衣服务台。', 1000, 1800], ['agent', '您好，请问有什么事？', 2000, 3500], ['customer', CUSTOMER, 4000, 6000], ['agent', INTRO, 7000, 9000]]);
    expect(only(agentId(spoken, S, rubric)).pass).toBe(false);
  });
});
