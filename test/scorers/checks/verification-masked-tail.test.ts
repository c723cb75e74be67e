/** verification: a masked number's tail read back in the opening names the account, it discloses nothing read off it. */
import { describe, expect, it } from 'vitest';
import { verification } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { verification: true } });
const openWith = (opening: string) =>
  chat([
    ['agent', opening, 500],
    ['customer', '我的卡好像被盗刷了', 1000],
    ['agent', '为了您的账户安全，请说一下预留手机号后四位', 2000],
    ['customer', '2290', 3000],
    ['agent', '您这张卡昨天有一笔560元的消费', 4000],
  ]);

describe('a masked tail in the opening', () => {
  it('alone it is no disclosure', () => {
    for (const opening of ['您好，系统显示您的手机尾号5170，请问有什么可以帮您', '您好系统显示您的卡尾号三三零九请讲']) {
      expect(only(verification(openWith(opening), S, rubric)).pass, opening).toBe(true);
    }
  });
  it('with a state or an amount after it, it is', () => {
    for (const opening of ['您好，系统显示您尾号5170的卡已经冻结了', '您好，系统显示您的账号尾号5170本月欠费38元']) {
      expect(only(verification(openWith(opening), S, rubric)).pass, opening).toBe(false);
    }
  });
});
