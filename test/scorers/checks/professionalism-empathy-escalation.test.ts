/**
 * empathy: the first complaint needs an apology or acknowledgement within two agent turns, and so does each
 * later escalation (a threat to complain, a repeat contact) and each later grievance said as a statement; a later
 * grievance asked as a question is answered by the first acknowledgement.
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

  it('a later grievance said as a statement needs its own acknowledgement', () => {
    for (const later of ['你们这效率也太低了', '说实话，这个处理办法不太合理吧']) {
      expect(only(empathy(contact(later, '好的，已经给您登记了'), S, rubric)).pass, later).toBe(false);
      expect(only(empathy(contact(later, '您说得对，这事确实让人窝火，我给您加急'), S, rubric)).pass, later).toBe(true);
    }
  });

  it('a later grievance asked as a question is answered by the first acknowledgement', () => {
    for (const later of ['那到底是怎么回事啊？', '耽误的工钱谁赔？', '你们是不是故意拖着不发货']) {
      expect(only(empathy(contact(later, '师傅明天上午到，费用我们承担'), S, rubric)).pass, later).toBe(true);
    }
  });

  it('a rubric without escalatingComplaints leaves a later threat asked as a question to the first acknowledgement', () => {
    const plain: Rubric = { ...rubric, vocabularies: { ...rubric.vocabularies, escalatingComplaints: [] } };
    expect(only(empathy(contact('再修不好，我是不是只能去12315投诉你们？', '好的，已经给您登记了'), S, plain)).pass).toBe(true);
    expect(only(empathy(contact('再修不好，我是不是只能去12315投诉你们？', '好的，已经给您登记了'), S, rubric)).pass).toBe(false);
  });
});
