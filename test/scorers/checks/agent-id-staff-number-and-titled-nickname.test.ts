/**
 * agent-id (scorers/checks/self-introduction.ts, round 13): a staff number with its 号 after a title that opens the
 * clause, follows a pause or follows 我是, ending visibly; 小X / 阿X after 我是 + any title where it ends; a given name
 * alone ended by 请问; a full name after a title ended by 您的; 严 and 温 as surnames; 然后 is no given name. Our own
 * wordings (a ski lodge, a bike-repair stall, a ceramics kiln, a ferry pier).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: a staff number + 号 after a title', () => {
  it('counts the number at the clause start, after a pause or after 我是', () => {
    for (const line of ['雪具租赁台 嗯 柜台值守三零八二号 您要租几天', '我是修车铺学徒B417号您车子哪里坏了', '没问题 码头调度员二五六号 请问几点到']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('not a place, a booking or a count with 号', () => {
    for (const line of ['您好 雪场在B区305号 您到了说一声', '您订的是木屋306号 您看可以吗', '我是修车铺学徒 您说']) {
      expect(says(line), line).toBe(false);
    }
  });
});

describe('agent-id: names a title visibly ends', () => {
  it('小X / 阿X after a title, a given name before 请问, a full name before 您的, 严 / 温', () => {
    for (const line of [
      '您好，这里是窑口工坊，我是釉料助手小禾，请问要预约吗？',
      '你好 我是雪场教练员思远请问您几位',
      '我是修车铺老板严国栋您的车是哪个牌子',
      '您好 我是码头值班温雅琴 您要问哪班船',
    ]) {
      expect(says(line), line).toBe(true);
    }
  });
  it('a connective after the role is no given name', () => {
    expect(says('您好这里是码头服务热线我是热线的调度员然后请问您要问什么')).toBe(false);
  });
});
