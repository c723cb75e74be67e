/**
 * agent-id [S22 主动提供服务人员识别信息; S19 自我介绍]: a letter-and-digit staff id after the role, surname + professional
 * title, a qualified role + 老X, a role + full name leading into 请讲/请问 — and their look-alikes by sound (人工客服,
 * 客服中心). Our own wordings (a tutoring school, a boiler repair line, a ferry booking desk).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;
const says = (line: string) => only(agentId(chat([['agent', line, 1000]]), S, rubric)).pass;

describe('agent-id: role and title forms', () => {
  it('counts them', () => {
    expect(says('售后客服B27在线，请问什么问题？')).toBe(true);
    for (const line of ['这里是补习学校 我是孙老师 你想报哪个班', '您好我是锅炉维修站的黄技师', '锅炉维修 我是维修工老马', '船票预订 调度员何晓峰您请讲', '您好这里是轮渡售票处我是售票员郭敏请问去哪个码头']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });

  it('does not count a role alone, the human line, or the centre', () => {
    for (const line of ['您好 我是人工客服 请问有什么可以帮您', '您好欢迎致电轮渡客服中心请问有什么可以帮您', '我是您的维修师傅 请问地址是哪里']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
});
