/**
 * facts, round 13: 再跟您说一下 (let me tell you again) announces a value said again, as 刚才那个再跟您说一下 does: the value after
 * it restates the fact and is the last word on it, a cue of its own or not. Wordings are our own (a bicycle shop).
 */
import { describe, expect, it } from 'vitest';
import { factAccuracy, noMisinformation } from '../../../scorers/checks/accuracy.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [{ key: 'repair-days', label: '维修周期', expected: '五个工作日', wrong: ['十个工作日'], cues: ['维修', '修好'] }],
});
const contact = (last: string) =>
  chat([
    ['agent', '您好，车行售后，请问有什么可以帮您？', 1000],
    ['customer', '变速器多久能修好？', 3000],
    ['agent', '维修要五个工作日。', 5000],
    ['customer', '好的', 7000],
    ['agent', last, 9000],
  ]);

describe('facts: a value restated after 再跟您说一下', () => {
  it('a wrong value restated is misinformation and the fact’s last word', () => {
    const i = contact('再跟您说一下，大概十个工作日能取。还有别的问题吗？');
    expect(only(noMisinformation(i, S, rubric)).pass).toBe(false);
    expect(only(factAccuracy(i, S, rubric)).pass).toBe(false);
  });
  it('without the announcement an uncued value later is left alone', () => {
    expect(only(noMisinformation(contact('大概十个工作日以后有新款到店。还有别的问题吗？'), S, rubric)).pass).toBe(true);
  });
});
