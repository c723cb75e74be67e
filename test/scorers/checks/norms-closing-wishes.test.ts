/** closing: a wish for someone of the customer's (祝孩子早日康复) closes like a wish to the customer. */
import { describe, expect, it } from 'vitest';
import { closing } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const endsWith = (last: string) =>
  chat([
    ['agent', '您好，工号3307为您服务', 500],
    ['customer', '好的，明白了，没有别的了', 1000],
    ['agent', last, 2000],
  ]);

describe('wishes for a third party', () => {
  it('close the contact', () => {
    for (const last of ['不客气，祝小白早日痊愈！', '好的，祝老人家身体健康', '祝您家宝宝平安哈']) {
      expect(only(closing(endsWith(last), S, rubric)).pass, last).toBe(true);
    }
  });
  it('a 祝 that wishes nothing does not', () => {
    for (const last of ['这条祝福短信是系统发的', '祝贺的话我转达给同事']) {
      expect(only(closing(endsWith(last), S, rubric)).pass, last).toBe(false);
    }
  });
});
