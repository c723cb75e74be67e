/**
 * empathy (round 21): a question form (A-not-A, 到底…) closed by an exclamation mark and no question mark is exclaimed,
 * not asked — 你们到底管不管！ states the grievance and is owed its own acknowledgement, where the same words asked
 * with ？ are a grievance put as a question, met by an earlier acknowledgement. Wordings are our own (an air-conditioner
 * installer).
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const verdict = (said: string) =>
  only(
    empathy(
      chat([
        ['agent', '您好，清风空调安装热线', 1000],
        ['customer', '我想问下我家空调安装排到哪天了', 2000],
        ['agent', '实在不好意思，我这就帮您查', 3000],
        ['customer', said, 4000],
        ['agent', '请报一下您的订单号', 5000],
        ['agent', '好的，我记下了', 6000],
      ]),
      scenario(),
      rubric,
    ),
  ).pass;

describe('empathy: a question form exclaimed is a grievance stated (round 21)', () => {
  it('closed by ！ it is owed its own acknowledgement', () => {
    expect(verdict('约了半个月了，你们到底管不管！')).toBe(false);
  });
  it('asked with ？ it is met by the earlier apology', () => {
    expect(verdict('约了半个月了，你们到底管不管？')).toBe(true);
  });
});
