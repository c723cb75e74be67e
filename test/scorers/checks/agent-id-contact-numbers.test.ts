/**
 * agent-id: a number the system gives the contact (the session, the call, the queue ticket, "this" contact's number)
 * identifies the contact, not the person [S22 服务人员识别信息]; the agent's own 编号 still counts. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(chat([['agent', line, 1000]]), S, rubric)).pass;

describe("agent-id: the contact's own numbers", () => {
  it('a session, call or queue number names no one', () => {
    for (const line of ['您好，本次通话编号58214，请问有什么可以帮您', '您好，您的咨询已接入，聊天编号20931，请讲', '这里是博物馆票务，此次服务的编号是44170，您请说', '您好，录音编号66102，请讲']) {
      expect(says(line), line).toBe(false);
    }
  });

  it("the agent's own number still counts, also said of this contact", () => {
    for (const line of ['您好，编号20931为您服务', '您好，本次为您服务的客服编号是3317', '您好，我的编号是4471，请讲', '您好，员工编号5820为您服务']) {
      expect(says(line), line).toBe(true);
    }
  });
});
