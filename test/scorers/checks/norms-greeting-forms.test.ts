/** greeting: a welcome with 您 inside, a greeting to several, a chat hello — and a line named without one. Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { greeting } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const greeted = (first: string) => only(greeting(chat([['agent', first, 2000]]), S, rubric)).pass;

describe('greeting: forms by function', () => {
  it('a welcome with 您 inside, a greeting to several, a chat hello, 您早 are greetings', () => {
    for (const first of ['欢迎您致电城东燃气，请讲', '你们好，这里是社区服务站', '哈喽，我是客服小鹿', '嗨，在线客服为您服务', 'Hi，这里是售后', '您早，营业厅张姐']) {
      expect(greeted(first), first).toBe(true);
    }
  });

  it('a line named by its number, a sound-alike of 嗨 or a bare request is none', () => {
    for (const first of ['欢迎拨打4008201234，请描述问题', '海尔客服，请讲', '还有什么问题，说吧']) expect(greeted(first), first).toBe(false);
  });
});
