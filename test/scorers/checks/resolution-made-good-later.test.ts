/**
 * resolution: a non-answer the agent makes good later in the contact (checks/non-answer-repairs.ts) — pressed by the
 * customer for the withheld answer, then answering; or reporting back from someone it has since asked — leaves the
 * question answered. A new request after it, or the non-answer repeated when pressed, does not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const pass = (...rest: [Speaker, string][]) =>
  only(resolution(chat([['agent', '您好，工号3310为您服务', 500], ['customer', '我的会员卡丢了，补一张要几天？', 1000], ['agent', '这个我不清楚。', 3000], ...rest.map(([who, said], i) => [who, said, 5000 + 2000 * i] as [Speaker, string, number])]), S, rubric)).pass;

describe('pressed for the answer, then answering', () => {
  it('makes the non-answer good', () => {
    expect(pass(['customer', '你就不能帮我查一下吗？'], ['agent', '补卡三个工作日内寄到您登记的地址。'])).toBe(true);
    expect(pass(['customer', '你帮我问问不行吗？'], ['agent', '好的，补卡是三个工作日内寄出，到付邮费。'])).toBe(true);
  });
  it('a new request answered, or the non-answer repeated, does not', () => {
    expect(pass(['customer', '那能不能先给我开个临时卡？'], ['agent', '可以，前台就能开临时卡，当天有效。'])).toBe(false);
    expect(pass(['customer', '你就不能帮我查一下吗？'], ['agent', '抱歉，这个我这边确实不清楚。'])).toBe(false);
  });
});

describe('reported back from someone the agent asked since', () => {
  it('makes the non-answer good', () => {
    expect(pass(['customer', '行吧，那补卡要带什么？'], ['agent', '带身份证就可以。'], ['agent', '我刚跟门店店长确认了，补卡三个工作日内就能拿到。'])).toBe(true);
  });
  it('a later answer to another question does not', () => {
    expect(pass(['customer', '行吧，那补卡要带什么？'], ['agent', '带身份证就可以，补卡工本费二十元。'])).toBe(false);
  });
});

describe('pressed for a way out, answered with the agent owning the unclear reply', () => {
  it('总得给个办法 presses; 是我没讲清楚 opens the answer', () => {
    expect(pass(['customer', '那你们总得给个办法吧？'], ['agent', '是我没说清楚，补卡要三个工作日，可以先用电子卡。'])).toBe(true);
  });
  it('owning the unclear reply and repeating the non-answer does not', () => {
    expect(pass(['customer', '那你们总得给个办法吧？'], ['agent', '是我没说清楚，这个我确实不清楚。'])).toBe(false);
  });
});
