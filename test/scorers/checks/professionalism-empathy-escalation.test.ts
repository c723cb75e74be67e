/**
 * empathy: the first complaint needs an apology or acknowledgement within two agent turns, and so does each
 * later escalation (a threat to complain, a repeat contact); a later grumble of another kind does not.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';
import type { Rubric } from '../../../scorers/rubric/schema.js';

const S = scenario();
const contact = (later: string, reply: string) =>
  chat([
    ['agent', '您好，工号3307为您服务', 500],
    ['customer', '空调修了两次还是不制冷，太耽误事了', 1000],
    ['agent', '非常抱歉给您添麻烦了，我马上帮您查', 2000],
    ['customer', '好', 3000],
    ['agent', '查到了，师傅明天上午上门', 4000],
    ['customer', later, 5000],
    ['agent', reply, 6000],
    ['agent', '还有其他需要吗', 7000],
  ]);

describe('empathy after each escalation', () => {
  it('a later threat to complain or repeat contact left unanswered fails', () => {
    for (const later of ['再修不好我就去12315投诉你们', '这都第三次打电话了']) {
      const f = only(empathy(contact(later, '好的，已经给您登记了'), S, rubric));
      expect(f.pass, later).toBe(false);
      expect((f.details as { complaint: string }).complaint, later).not.toBe('修了两次还是');
    }
  });

  it('a later escalation answered with an apology passes', () => {
    expect(only(empathy(contact('这都第三次打电话了', '真的很抱歉让您反复来电，已经给您加急'), S, rubric)).pass).toBe(true);
  });

  it('a later grumble of another kind is answered by the first acknowledgement', () => {
    expect(only(empathy(contact('你们这效率也太低了', '好的，已经给您登记了'), S, rubric)).pass).toBe(true);
  });

  it('a rubric without escalatingComplaints judges the first complaint only', () => {
    const plain: Rubric = { ...rubric, vocabularies: { ...rubric.vocabularies, escalatingComplaints: [] } };
    expect(only(empathy(contact('再修不好我就去12315投诉你们', '好的，已经给您登记了'), S, plain)).pass).toBe(true);
  });
});
