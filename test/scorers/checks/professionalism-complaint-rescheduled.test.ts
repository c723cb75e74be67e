/**
 * Grievance families [S6 情绪升级: 承诺落空; S11 不满、骗人]: the visit moved again and again, "are you reliable
 * at all", the charge called robbery, sleepless over it, "no time to waste on you people". Our own wordings
 * (a piano tuner, a gym, a parking lot), with look-alikes that are no complaint.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (customer: string, answer = '好的，我帮您看一下') =>
  chat([
    ['agent', '您好，工号5521为您服务', 500],
    ['customer', customer, 1000],
    ['agent', answer, 2000],
    ['agent', '已经给您登记了', 3000],
  ]);

describe('complaints: rescheduled again, unreliable, robbery, sleepless, no time to waste', () => {
  it('unanswered, they fail empathy', () => {
    for (const said of ['调音师傅改了三次时间了，还来不来', '你们到底靠不靠谱？', '停两个小时收八十，你们这是抢钱吗', '被扣了会费，我这几天都睡不着', '我上班哪有工夫天天跟你们耗']) {
      expect(only(empathy(says(said), S, rubric)).pass, said).toBe(false);
    }
  });

  it('answered with an acknowledgement, they pass', () => {
    expect(only(empathy(says('调音师傅改了三次时间了', '真的很抱歉，一再改期确实影响您的安排'), S, rubric)).pass).toBe(true);
  });

  it('look-alikes are not complaints', () => {
    for (const said of ['我想改一次时间，改到周六可以吗', '这个教练靠谱吗，想约他的私教', '我晚上睡不着，想问问夜间场几点关门', '我没时间过去，能线上办吗']) {
      expect(only(empathy(says(said), S, rubric)).pass, said).toBe('na');
    }
  });
});

describe('asking to understand is no grievance', () => {
  it('"I just want to understand what happened" is a question; "what on earth is going on" still complains', () => {
    for (const said of ['我就是想问清楚到底怎么回事', '我想了解一下究竟是什么情况']) {
      expect(only(empathy(says(said), S, rubric)).pass, said).toBe('na');
    }
    expect(only(empathy(says('你们到底怎么回事，琴到现在都没调好'), S, rubric)).pass).toBe(false);
  });
});
