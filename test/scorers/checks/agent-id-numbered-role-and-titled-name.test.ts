/**
 * round 22: a staff number and the role it numbers with a qualifier between (4471号理赔咨询员 / 206号会员服务专员 /
 * 3302号席), and a nickname with the title it is called by after the unit (我是售票窗口的小蔡老师), wherever the clause
 * goes on. Look-alikes: a place or a thing numbered (12号楼的管理员 / 13号线 / 18号床的护士), a role alone (我是售后专员 /
 * 我是人工顾问), a title with no name (我是老师 / 语文老师 / 小学老师), a date before an amount (20号前…300元). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const opens = (line: string) =>
  only(
    agentId(
      call([
        ['agent', line, 1000, 3000],
        ['customer', '你好，我想问个事', 4000, 5000],
        ['agent', '好的，您说', 6000, 7000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('agent-id: a numbered role with a qualifier, a name with its title', () => {
  it('introduces the agent', () => {
    for (const line of [
      '您好，车险服务中心，这次由4471号理赔咨询员接听',
      '您好，健身会所，我是206号会员服务专员',
      '您好，剧院票务，这边是票务3302号席。',
      '您好 博物馆预约热线 七七零八号讲解顾问 请讲',
      '您好，驾校报名处，我是售票窗口的小蔡老师，您说',
      '您好，口腔门诊，我是二诊室的小郑医生。',
    ]) {
      expect(opens(line), line).toBe(true);
    }
  });

  it('names no one', () => {
    for (const line of [
      '您好，物业服务中心，有事可以找12号楼管理员',
      '您好，地铁客服，13号线的站务员会联系您',
      '您好，住院部，18号床的护士刚查过房',
      '您好，我是售后专员，请问有什么可以帮您',
      '您好，我是人工顾问，不是机器人',
      '您好，我是老师，请问您是哪位家长',
      '您好，我是您孩子的语文老师',
      '您好，我是学校的小学老师',
      '您好，本月20号前交费满300元可以打折',
    ]) {
      expect(opens(line), line).toBe(false);
    }
  });
});
