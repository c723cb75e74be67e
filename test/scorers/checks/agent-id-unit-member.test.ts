/**
 * agent-id by structure (round 8): the unit the agent works in + 的 + (a title no list knows) + a name, ended where a
 * name visibly ends; 专属 + an unknown title + a full name; and two look-alikes of an introduction — the customer's
 * membership number after 会员/学员 (员 is a role head) and a desk or office where a name should be (我是文化站, by the
 * shape of 文 + two characters). Our own wordings (a museum, a stadium, a language school, a town hall).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(chat([['agent', line, 1000]]), S, rubric)).pass;
const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: a member of a unit named after 的', () => {
  it('unit + 的 + (title) + a name, ended by the clause, the offer or a pause', () => {
    expect(says('您好，我是二号馆的讲解员柯宁，请问几位参观？')).toBe(true);
    expect(says('体育中心，我是场地组的葛晨您说')).toBe(true);
    expect(saysOnCall('喂 我是教务处的小蒋 您孩子报的哪个班')).toBe(true);
  });
  it('unit + 的 + a role or a title with no name after it names no one', () => {
    expect(says('您好，我是场馆的高级顾问，请问有什么可以帮您')).toBe(false);
    expect(saysOnCall('我是教务处的老师 您孩子报的哪个班')).toBe(false);
    expect(says('我是您的专属陪练，请问想约哪天')).toBe(false);
  });
});

describe('agent-id: 专属 + a title no list knows + a full name', () => {
  it('the modifier says a role follows; the surname and given name are the name', () => {
    expect(says('您好，我是专属陪练祁悦，请问想约哪天？')).toBe(true);
  });
});

describe('agent-id: look-alikes — the customer number after 会员/学员, a desk for a name', () => {
  it('会员号 / 学员号 + digits is the customer\'s number', () => {
    expect(says('语言学校，您的学员号是五五二一零八，请问有什么事？')).toBe(false);
    expect(says('您好，会员号八八三一二已为您查到，请问要办什么')).toBe(false);
  });
  it('a desk or an office after 我是 is a place, a surname and given name is a person', () => {
    expect(says('您好，我是文化站，请讲')).toBe(false);
    expect(says('您好，我是文静，请讲')).toBe(true);
  });
  it('a staff number after a role still counts', () => {
    expect(says('您好，话务员3391为您服务')).toBe(true);
  });
});
