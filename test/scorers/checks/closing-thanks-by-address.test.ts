/**
 * closing, round 25 [S21 致谢语]: thanks addressed to the customer by the word the trade calls them (谢谢家长 / 谢谢同学 /
 * 谢谢车主 / 谢谢球友) is the thanks to 您 in that trade's address: as the last words, ending the clause, or running into a wish
 * or an offer to call again, it closes as 谢谢您 does; said right after the rating invitation with more of the turn after it,
 * it thanks ahead for the rating, as 谢谢您 there does. Look-alikes: thanks for a step mid-turn in an earlier turn, a third party.
 * Our own wordings (a tennis club, a tutoring centre).
 */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const ends = (...agentLast: string[]) =>
  only(
    closing(
      call([
        ['agent', '您好，网球俱乐部，请问有什么可以帮您', 1000, 4000],
        ['customer', '周六上午还有场地吗', 5000, 8000],
        ...agentLast.map((line, i) => ['agent', line, 9000 + i * 3000, 11000 + i * 3000] as Parameters<typeof call>[0][number]),
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('closing: round-25 thanks to the customer by the trade\'s address', () => {
  it('谢谢球友 / 谢谢家长 / 谢谢同学 closing the contact', () => {
    expect(ends('还有两片场地，已经帮您留了', '谢谢球友，周六见场上注意防晒。')).toBe(true);
    expect(ends('周六上午九点的课给孩子排上了', '好的谢谢家长 有问题随时联系我')).toBe(true);
    expect(ends('报名表已经发到您邮箱了', '谢谢同学')).toBe(true);
  });
  it('a third party thanked, or the address inside a request, is no closing', () => {
    expect(ends('还有两片场地', '您记得提醒家长带球拍过来')).toBe(false);
    expect(ends('还有两片场地', '我去谢谢教练再给您回话')).toBe(false);
  });
});
