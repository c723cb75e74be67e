/**
 * 忌语 round 3 (carry-over, issue 10): orders about the customer's own conduct — how to speak, "get it straight and
 * ask again", "don't come asking us" (命令训斥, rude) and the flat procedural order (生硬指令, forbidden-words only).
 * Wordings of our own in trades no corpus covers (a ferry line, a pet clinic, a car park), with the look-alikes
 * where the agent speaks of itself or gives safety advice.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { agentReplies, forbiddenCategories, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (said: string) => agentReplies(said);
const categoriesOf = (said: string) => forbiddenCategories(said);
const isRude = (said: string) => only(politeness(agentSays(said), S, rubric)).pass === false;

describe('命令训斥: correcting how the customer speaks or asks', () => {
  it('finds the manners order, "get it straight then ask", "don\'t come asking us" — rude too', () => {
    const scolds = ['你态度好一点，船票的事我在查', '用词文明些 这样我没法记录', '先把航班号弄清楚了再来问', '你看明白了再来问', '宠物疫苗的事别来问我们'];
    for (const said of scolds) {
      expect(categoriesOf(said), said).toContain('命令训斥');
      expect(isRude(said), said).toBe(true);
    }
  });
  it('passes the agent getting it straight itself and the invitation to ask again', () => {
    for (const said of ['我跟码头确认清楚了再回复您', '我们核实好了再说，您别担心', '有问题随时来问我们', '不要怕麻烦，随时找客服', '您想好了再决定也可以']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});

describe('生硬指令: the flat procedural order — forbidden-words only', () => {
  it('finds "don\'t go clicking about" ending its clause and "leave the rest for now", not rude', () => {
    for (const said of ['扫码缴费就行，别瞎按。', '车牌号报一下，其他的先别说', '其它的先别讲，卡号多少']) {
      expect(categoriesOf(said), said).toContain('生硬指令');
    }
    expect(isRude('扫码缴费就行，别瞎按。')).toBe(false);
  });
  it('passes safety advice with its object and a request not to hang up', () => {
    for (const said of ['请不要乱点短信里的陌生链接', '您先别挂，我帮您查一下', '别说您了，我们同事也遇到过']) {
      expect(categoriesOf(said), said).toEqual([]);
    }
  });
});
