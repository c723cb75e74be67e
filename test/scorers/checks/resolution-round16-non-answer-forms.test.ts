/**
 * resolution (round 16): more spoken forms of "I cannot answer" (checks/non-answer-forms.ts, the rubric's 无法答复):
 * the answering verb with 不上 alone (回答不上), 不太好说, no data "here" (我这儿没资料), no relevant news received
 * (没接到相关通知), and nothing of this kind found (查不到这类记录). Each stays a non-answer only as the reply: an answer
 * after it in the turn still answers. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const verdict = (reply: string) =>
  only(resolution(chat([['agent', '您好，工号6021为您服务', 500], ['customer', '停车场晚上几点关门？', 1000], ['agent', reply, 3000], ['customer', '哦。', 5000]]), scenario(), rubric)).pass;

describe('round 16 non-answer forms', () => {
  it('fail as the whole reply', () => {
    for (const reply of ['停车场的事我回答不上。', '这个不太好说。', '我这儿没资料。', '目前没接到相关通知。', '后台查不到这类记录。']) {
      expect(verdict(reply), reply).toBe(false);
    }
  });
  it('an answer after the form still answers', () => {
    expect(verdict('这个不太好说，一般是晚上十一点关门。')).toBe(true);
  });
});
