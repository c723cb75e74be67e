/**
 * record-reference: the staff number's slot in the agent's introduction (客服代表周岚（编号66120） / 值班顾问钱波，编号B3390 /
 * 孟悦（服务编号4471）在线) is the agent's number, not a receipt; a 编号 given after the business is still one.
 */
import { describe, expect, it } from 'vitest';
import { recordReference } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({ requires: { reference: true } });
const opensWith = (opening: string, later = '好的，已经帮您登记了，三天内回电') =>
  chat([
    ['agent', opening, 500],
    ['customer', '我家燃气灶打不着火', 1500],
    ['agent', later, 2500],
  ]);

describe('record-reference and the introduction', () => {
  it('the number in the introduction is the agent\'s', () => {
    for (const opening of ['您好，客服代表周岚（编号66120）为您接入，请讲', '您好，值班顾问钱波，编号B3390，请问什么问题', '您好，孟悦（服务编号4471）在线，请讲']) {
      expect(only(recordReference(opensWith(opening), S, rubric)).pass, opening).toBe(false);
    }
  });
  it('a number given after the business, even after 客服 + a verb, is a receipt', () => {
    for (const later of ['客服记下了，编号GD20261205，三天内回电', '好的，已为您登记，服务编号447120，请保存']) {
      expect(only(recordReference(opensWith('您好，工号3307为您服务', later), S, rubric)).pass, later).toBe(true);
    }
  });
});
