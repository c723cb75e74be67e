/** agent-id: a number shaped like a service line (400/800, 95xxx, 10xxx–12xxx) before 为您服务 names the line, not the agent. */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const opens = (text: string) => chat([['agent', text, 500], ['agent', '好的，我看一下', 1500]]);

describe('agent-id and numbers shaped like a service line', () => {
  it('a 400/800 number, a 95 short number or a 5-digit special-service number is the line', () => {
    for (const said of ['您好，欢迎致电，8008102288为您服务', '您好，95137为您服务，请讲', '您好，12315为您服务', '欢迎咨询，4006001234很高兴为您服务']) {
      expect(only(agentId(opens(said), S, rubric)).pass, said).toBe(false);
    }
  });
  it('a staff number of other shapes still identifies the agent', () => {
    for (const said of ['您好，1023为您服务', '您好，9527号为您服务', '您好，40012号为您服务', '您好，工号95137为您服务', '您好，20886为您服务']) {
      expect(only(agentId(opens(said), S, rubric)).pass, said).toBe(true);
    }
  });
});
