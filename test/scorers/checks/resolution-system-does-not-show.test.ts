/**
 * resolution: "the system does not show it" closing the reply (营业到几点 — 系统里没显示这个。) is the agent's own record
 * holding no answer, with nothing done to find one — the question is left unanswered, as 系统看不到 / 查不到 closing
 * their clause are. With the customer's record named after it (系统没显示您有欠费) it states a finding; with a look-up
 * after it the agent goes to find out. "No official line on it" (暂无统一口径) is the same non-answer in the contact
 * centre's own word. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const replyTo = (asked: string, ...replies: string[]) =>
  chat([
    ['customer', asked, 1000],
    ...replies.map((r, k) => ['agent', r, 2000 + k * 1000] as ['agent', string, number]),
  ]);
const pass = (asked: string, ...replies: string[]) => only(resolution(replyTo(asked, ...replies), scenario(), rubric)).pass;

describe('resolution: the system does not show it', () => {
  it('fails "not shown in the system" as the whole reply', () => {
    expect(pass('你们仓库周末能自提吗？', '系统上没显示这个。')).toBe(false);
    expect(pass('补办的证件几号能领', '这边暂时没有显示哈')).toBe(false);
  });

  it('fails "we have no official line on it" (口径) as the reply', () => {
    expect(pass('逾期一天会影响征信吗？', '这个问题目前没有统一口径。')).toBe(false);
  });

  it('passes a finding about the customer\'s record and a look-up after it', () => {
    expect(pass('我这个月是不是欠费了？', '系统没显示您有欠费，账户余额正常。')).toBe(true);
    expect(pass('你们仓库周末能自提吗？', '系统上没显示这个，我帮您问一下仓库，请稍等', '仓库周六上午可以自提')).toBe(true);
  });
});
