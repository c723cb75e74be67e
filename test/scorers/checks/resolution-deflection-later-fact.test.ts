/**
 * resolution: a scenario fact the agent volunteers later answers a question it deflected only while the scenario's
 * own question was still open. Once a fact had answered it, a follow-up passed off with no help (你找保险公司去) stays a
 * non-answer though a second fact is stated after it: that fact answers something else (round 17). Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [
    { key: 'days', label: '理赔时限', expected: '5个工作日', wrong: ['10个工作日'], cues: ['理赔', '多久'] },
    { key: 'copy', label: '材料份数', expected: '一式两份', wrong: ['一式三份'], cues: ['材料', '份'] },
  ],
});
type Who = 'agent' | 'customer';
const contact = (lines: [Who, string][]) => chat([['agent', '您好，工号6203为您服务', 500], ...lines.map(([who, text], i): [Who, string, number] => [who, text, 1500 + i * 2000])]);

describe('a deflected question and a fact stated after it', () => {
  it('a follow-up deflected after the first fact is a non-answer, a second fact later notwithstanding', () => {
    const c = contact([
      ['customer', '车损理赔要多久能下来？'],
      ['agent', '理赔在资料齐全后5个工作日内完成'],
      ['customer', '修车期间能给代步车吗？'],
      ['agent', '代步车你找修理厂去，我们这不管。'],
      ['customer', '嗯，好吧。'],
      ['agent', '另外理赔材料需要一式两份。'],
    ]);
    expect(only(resolution(c, S, rubric)).pass).toBe(false);
  });

  it('the scenario question deflected first and answered later was answered', () => {
    const c = contact([
      ['customer', '车损理赔要多久能下来？'],
      ['agent', '这个你找修理厂去。'],
      ['customer', '嗯。'],
      ['agent', '哦不对，理赔在资料齐全后5个工作日内完成，材料要一式两份。'],
    ]);
    expect(only(resolution(c, S, rubric)).pass).toBe(true);
  });
});
