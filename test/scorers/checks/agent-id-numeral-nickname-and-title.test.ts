/**
 * agent-id, round 25 [S22 主动提供服务人员识别信息]:
 *   - a reading: the numeral reader turns a nickname's numeral into a digit (小九 → 小9, 阿五 → 阿5); the nickname after a
 *     role, after a unit's 的 or in the 我是 + title form is the same name it was in characters;
 *   - the courtesy title 老师 after a full name or a titled nickname (我是X老师，… / 我是助教小X老师。) ends the name as the
 *     clause would — 我是X and 我是X老师 name the same person; a filler after that title ends it too;
 *   - the 您 of a headless relative clause (接听您的是工号… — "the one answering you is") is the verb's object, not the
 *     customer's possession of the 工号 after it.
 * Look-alikes: a number with a unit after 小 (小9号 / 小3点), a subject or school level before 老师 (法语老师 / 高中老师), 老师
 * running on into a clause about someone else (…老师带的学员), the customer's own number (您的工号 / 您的会员编号). Our own wordings (a pottery studio,
 * a chess club, a driving school, a repair desk).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;

describe('agent-id: round-25 a nickname whose numeral the reader made a digit', () => {
  it('小九 / 阿五 after a role, after 的, after a title', () => {
    for (const line of ['陶艺工作室您好，我是陶艺顾问小九，请问想约哪天', '您好，我是管预约的阿五。您请讲', '您好 我是前台小九 请问您要办理什么']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('小 + a number with a unit names no one', () => {
    for (const line of ['您好，我是顾问，小9号桌已经订了', '您好，我是前台，小3点前到就行']) expect(says(line), line).toBe(false);
  });
});

describe('agent-id: round-25 老师 after the name ends it', () => {
  it('a full name or a titled nickname + 老师, then the clause, the turn to the customer or a filler', () => {
    for (const line of ['您好，我是孔静老师，在棋社负责报名。孩子多大了', '您好 我是教练组阿杰老师 那个 您想约几点', '您好，我是助教小岚老师。请问您找哪位']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('a subject or school level before 老师, or 老师 running on into another clause, names no one', () => {
    for (const line of ['您好，我是法语老师，您想报哪个班', '您好，我是高中老师，请问', '您好，我是孔静老师带的学员']) expect(says(line), line).toBe(false);
  });
});

describe('agent-id: round-25 接听您的是工号… is the agent\'s number', () => {
  it('the headless relative clause before the staff number', () => {
    for (const line of ['驾校报名热线，接听您的是工号60417。您请讲', '您好 受理您的是工号七三五八二 请问']) expect(says(line), line).toBe(true);
  });
  it('the customer\'s own number stays the customer\'s', () => {
    for (const line of ['您好，您的工号是多少', '您好，请问您的会员编号是多少']) expect(says(line), line).toBe(false);
  });
});
