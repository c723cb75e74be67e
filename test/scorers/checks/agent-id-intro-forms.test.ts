/**
 * agent-id, round 18 (checks/intro-forms.ts) [S22 主动提供服务人员识别信息]: a staff number + 号 + any title + the offer; a
 * framed full name ended by a pause or a filler; 阿/小 + a Latin working name after 我是; 您的专属 + role + full name opening
 * the clause; a unit's member named before the role; a 工号 number followed by 的 + …师 offering its service; 服务台 heard by
 * sound as a name. Look-alikes: a line's number, a date, a verb phrase after 我是, a bot persona. Our own wordings (a
 * ferry, a piano shop, a dental clinic, a kennel).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: round-18 introduction forms', () => {
  it('a staff number + 号 + a title the lists do not know + the offer', () => {
    for (const line of ['您好，渡轮售票处，K718号票务为您服务', '您好 三七五二号值机很高兴为您服务', '琴行您好，六二零八号调琴为您服务']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('a framed full name ended by a pause or a filler, with the role after it or none', () => {
    for (const line of ['您好 我是郝静 门诊部的 您哪里不舒服', '喂 我是钟立 呃 您请讲', '我这边是聂晓雯 预约组的 您约哪天']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('阿/小 + a Latin working name after 我是, the role held for the customer, a unit member before the role', () => {
    for (const line of ['我是阿Jo 嗯 今天为您服务', '您好，您的专属顾问邵嘉，麻烦说下犬只的品种', '您好 我是这周值班的潘宇服务专员 您说']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('工号 + a number + 的 + …师 offering its service, also 工号 heard by sound', () => {
    expect(says('您好 工号三九一七的调音师为您服务')).toBe(true);
    expect(says('嗯 公号四二六零的技师为您服务 您说')).toBe(true);
  });
});

describe('agent-id: round-18 look-alikes name no one', () => {
  it('a service line, a date or one digit before 号, a verb or a service word after 我是', () => {
    for (const line of [
      '您好，热线12366为您服务',
      '您好 3号窗口为您服务',
      '我是想问 您那边订的是几号',
      '我是周末 那个 值班的客服',
      '这里是服务台您有什么问题可以说',
    ]) {
      expect(says(line), line).toBe(false);
    }
  });
  it('a bot persona in the held-role form', () => {
    expect(says('您的专属智能客服钟灵，请问有什么可以帮您')).toBe(false);
  });
});
