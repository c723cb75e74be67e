/**
 * closing (round 8): a customer who walks out on the wrap-up question itself (还有其他问题吗？— 算了，不问了) left before the
 * close, which follows the answer (N/A); one who takes it with a receipt first (好嘞，挂了哈) agreed to end, and the agent
 * still owed its close (fail). And a final thanks to 您 that a call's transcript runs straight into a wish or the offer to
 * call again (谢谢您 祝您…) is the 致谢 it is when punctuated. Our own wordings (a ferry line, a ski school).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
type Line = ['agent' | 'customer', string, number];
const opening: Line[] = [
  ['agent', '您好，请问有什么可以帮您', 1000],
  ['customer', '船票改签要手续费吗', 3000],
  ['agent', '开船前两小时以上改签免费', 6000],
  ['customer', '好的', 7000],
];
const verdict = (rest: Line[]) => only(closing(chat([...opening, ...rest]), S, rubric)).pass;

describe('closing: the wrap-up question walked out on', () => {
  it('算了 / 不问了 in reply to 还有其他问题吗: the customer left before the close (N/A)', () => {
    expect(verdict([['agent', '请问还有其他问题吗？', 8000], ['customer', '算了，不问了，我去码头问吧。', 10000]])).toBe('na');
  });
  it('a receipt first (好嘞，挂了哈) agrees to end: the agent owed its close (fail)', () => {
    expect(verdict([['agent', '请问还有其他问题吗？', 8000], ['customer', '好嘞，那我挂了哈', 10000]])).toBe(false);
  });
});

describe('closing: thanks run into the next leave-taking words on a call', () => {
  const onCall = (last: string) =>
    only(closing(call([['agent', '您好 滑雪学校', 1000, 2000], ['customer', '明天的课几点', 3000, 4000], ['agent', '九点开始 还有别的事吗', 5000, 6000], ['customer', '没了', 7000, 8000], ['agent', last, 9000, 11000]]), S, rubric)).pass;
  it('谢谢您 + a wish or an offer to call again is a 致谢', () => {
    expect(onCall('谢谢您 祝您滑得开心')).toBe(true);
    expect(onCall('谢谢您啦 有事随时找我们')).toBe(true);
  });
  it('a thanks for the data asked, with the business going on, is not', () => {
    expect(onCall('谢谢您提供的信息 我这边继续帮您查')).toBe(false);
  });
});
