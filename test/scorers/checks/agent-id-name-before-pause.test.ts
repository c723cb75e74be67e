/**
 * agent-id by structure [S22 主动提供服务人员识别信息]: frame + role + a name that a call's transcript runs straight into
 * the next words with no punctuation, ended by the pause (a space) right after it; and a given name said alone after the
 * role (no surname), where it visibly ends. Look-alikes: a role with the pause after it and nothing name-shaped, a verb
 * phrase after the role, a bot persona, the hotline's number. Our own wordings (a museum, a cold-chain depot, a clinic).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: a name ended by a pause in speech', () => {
  it('role + nickname or surname + name, then a pause and the next words', () => {
    for (const line of ['抱歉让您久等 我是冷库调度主管阿勇 货是几点到的', '您好 我是展馆讲解员柯明 您想预约哪一场', '我是门诊导诊员小蔓 您哪里不舒服']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });
  it('a given name alone after the role: at the pause, the clause end or the offer', () => {
    for (const line of ['我是讲解员思远 想问下您几位', '我是前台接待员丽莎为您服务', '您好，我是物业管家若溪。']) {
      expect(saysOnCall(line), line).toBe(true);
    }
  });
});

describe('agent-id: no name before the pause', () => {
  it('a role alone, a verb phrase or an adverb after the role', () => {
    for (const line of [
      '我是客服 请问有什么可以帮您',
      '我是配送员快到 您下楼拿一下',
      '我是售后客服这边 帮您查一下',
      '我是讲解员 刚才说到哪了',
      '我是调度员送货 您在家吗',
      '我是客服平台 请问您要办什么',
      '我是话务员一号 您请讲',
      '我是值班员大厅 这边人多',
    ]) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
  it('the hotline number stays no one', () => {
    expect(saysOnCall('热线12345 请讲')).toBe(false);
  });
  it('role and name with a pause between them are not said as one (我是讲解员 明天 …)', () => {
    expect(saysOnCall('我是讲解员 明天 您几点来')).toBe(false);
  });
});

describe('agent-id: a bot persona introduced with a frame', () => {
  it('我是 + 智能 / AI + role + name names the brand mascot, not staff', () => {
    for (const line of ['我是智能客服小安 请问有什么可以帮您', '您好，我是您的AI助理小七，请问有什么可以帮您']) {
      expect(saysOnCall(line), line).toBe(false);
    }
  });
  it('a person introduced the same way still counts', () => {
    expect(saysOnCall('您好，我是您的专属客服小安，请问有什么可以帮您')).toBe(true);
  });
});

describe('agent-id: a service verb or a time word run on after the framed role', () => {
  it('names no one', () => {
    for (const line of ['我是客服专员负责您这单', '我是售后顾问跟进您的工单', '我是客服现在帮您查']) expect(saysOnCall(line), line).toBe(false);
  });
  it('a name there still counts', () => {
    expect(saysOnCall('我是客服专员周宁')).toBe(true);
  });
});
