/**
 * Round 14, published forms: the good rating asked or hoped for (期待您的好评 / 给我一个五星 / 点亮五星, the e-commerce
 * 售后话术) invites a rating, a rating reported does not; 受理编码 / 办件号 / 报修号 / 事件号 + the id receipt the
 * contact. Wordings are our own (a campus repair desk).
 */
import { describe, expect, it } from 'vitest';
import { recordReference, surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const endsWith = (last: string) =>
  chat([
    ['agent', '您好，后勤报修在线，请讲', 500],
    ['customer', '宿舍水龙头坏了', 1500],
    ['agent', '已经派单，下午维修工过去', 2500],
    ['customer', '好的没了', 3500],
    ['agent', last, 4500],
  ]);
const R = scenario({ requires: { reference: true } });
const agentSays = (text: string) => chat([['agent', '您好，工号5530为您服务', 500], ['agent', text, 1500]]);

describe('survey-offered: the good rating asked for', () => {
  it('invites', () => {
    for (const last of ['期待您的好评，再见', '满意的话给我一个五星哦', '麻烦亲点亮五颗星，谢谢']) {
      expect(only(surveyOffered(endsWith(last), scenario(), rubric)).pass, last).toBe(true);
    }
  });
  it('invites nothing', () => {
    for (const last of ['请放心，这位师傅口碑很好，再见', '他考试拿了满分，再见', '星期五下午过去，再见']) {
      expect(only(surveyOffered(endsWith(last), scenario(), rubric)).pass, last).toBe(false);
    }
  });
});

describe('record-reference: code and file numbers', () => {
  it('receipt the contact', () => {
    for (const said of ['已受理，受理编码是BX7720315', '您的办件号是20260412017', '报修号8830416，师傅下午到', '事件号是SJ55012']) {
      expect(only(recordReference(agentSays(said), R, rubric)).pass, said).toBe(true);
    }
  });
  it('a room number is still none', () => {
    expect(only(recordReference(agentSays('您的房间号是20260412017'), R, rubric)).pass).toBe(false);
  });
});
