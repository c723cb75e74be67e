/**
 * agent-id by structure [S22 主动提供服务人员识别信息], round 10: a staff number whose 的 leads to a titled role offering
 * its service (编号N的课程顾问为您服务 — the role is the agent, not an object numbered N); the name first, then the role it
 * holds for the customer or at this desk, bounded by 您的 / 这边的 as by a pause (我是X您的专属…顾问 / 我是X这边的…员), and any
 * two-character name as its own clause before 您的专属 + a role; a bare 是 as the frame before role + name + a pause.
 * Look-alikes: 老师 after 的 names the role (我是这边的老师), a role word split into title + "name" (的工 + 程师), an
 * object's number (订单编号N的…专员会联系您), 您是 / 他是 before a role. Our own wordings (a gym, a dental clinic, a bakery).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: a staff number that belongs to the role after 的', () => {
  it('编号 + digits + 的 + a titled role + the offer', () => {
    for (const line of ['您好，健身馆编号318的私教顾问为您服务', '下午好 编号五四二的会籍顾问为您服务', '您好，编号276的门店烘焙助理为您服务。']) {
      expect(says(line), line).toBe(true);
    }
  });
  it("an object's number stays the object's", () => {
    for (const line of ['您好，订单编号3345的物流专员会联系您', '您好，您的会员编号是8821的那张卡']) {
      expect(says(line), line).toBe(false);
    }
  });
});

describe('agent-id: the name, then the role it holds', () => {
  it('name + 您的专属 / 这边的 + role, run together or with a pause', () => {
    for (const line of ['您好 我是汤悦您的专属会籍顾问 请问有什么需要', '您好 我是邵凯这边的预约专员请问看哪一科', '您好，我是钱蕾 这边的前台接待员 您请讲']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('any two-character name as its own clause before 您的专属 + role', () => {
    expect(says('您好，我是豆豆，您的专属健身顾问，请问想了解哪种课？')).toBe(true);
  });
  it('a bare 是 before role + name + a pause', () => {
    expect(says('鹿鸣牙科 是前台专员柏青 您想约哪天')).toBe(true);
  });
});

describe('agent-id: still no one', () => {
  it('a role after 的, or a role word read as title + name', () => {
    for (const line of ['您好，我是这边的老师', '您好，我是负责这片的工程师', '您好 您是说快递员王师傅 他没来吗']) {
      expect(says(line), line).toBe(false);
    }
  });
});
