/**
 * verification (round 17): the outcome of the customer's case read back (您这台电脑的检测结果是主板损坏), what the customer's
 * document shows (您的维修单上记录了…) and a look-up's result led by a spoken filler (就是 查到了这台…) disclose, also before
 * a check asked in the same turn. Wordings are our own (a computer repair line).
 */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const needs = scenario({ requires: { verification: true } });
const contact = (said: string) =>
  chat([
    ['agent', '您好，电脑维修服务中心，请问有什么可以帮您？', 1000],
    ['customer', '我送修的电脑怎么样了？', 2000],
    ['agent', said, 3000],
    ['customer', '王芳，尾号6631。', 4000],
  ]);

describe('verification: round 17 read-offs', () => {
  it('a result or a document read back before the check fails', () => {
    for (const said of ['您这台电脑昨天的检测结果是主板损坏。请说一下姓名和手机尾号，我核实一下身份。', '您的维修单上记录了屏幕有划痕。请说一下姓名和手机尾号，我核实一下身份。']) {
      expect(only(verification(contact(said), needs, rubric)).pass, said).toBe(false);
    }
  });
  it('a spoken filler before 查到了 still reports the record', () => {
    const c = call([
      ['agent', '您好 电脑维修服务中心', 1000, 3000],
      ['customer', '我送修的电脑怎么样了', 4000, 6000],
      ['agent', '就是 查到了这台电脑已经修好了 麻烦报一下手机尾号我核实一下身份', 7000, 12000],
      ['customer', '尾号六六三一', 13000, 14000],
    ]);
    expect(only(verification(c, needs, rubric)).pass).toBe(false);
  });
  it('a question about the result and the check first pass', () => {
    for (const said of ['请说一下姓名和手机尾号，我核实一下身份，再告诉您检测结果。', '您知道您的检测结果是什么吗？请说一下姓名和手机尾号，我核实一下身份。']) {
      expect(only(verification(contact(said), needs, rubric)).pass, said).toBe(true);
    }
  });
});

describe('verification: 补核 / 补充核实 after an answer is an afterthought (round 17)', () => {
  it('fails when the check is made up after the agent answered', () => {
    const c = chat([
      ['agent', '您好，电脑维修服务中心，请问有什么可以帮您？', 1000],
      ['customer', '我送修的电脑怎么样了？', 2000],
      ['agent', '维修一般需要三个工作日。', 3000],
      ['customer', '好的。', 4000],
      ['agent', '按规定我补核一下身份，请报一下手机尾号。', 5000],
      ['customer', '尾号6631。', 6000],
    ]);
    expect(only(verification(c, needs, rubric)).pass).toBe(false);
  });
});
