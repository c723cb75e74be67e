/**
 * politeness (round 22): a space typed after half-width punctuation (等下, 我看错行了, 正确的是…) is typing, not a pause
 * in speech: curt-pauses.ts reads whitespace as a pause only where no punctuation stands before it, so the stretch
 * "等下," is not a curt order said as its own breath. A spoken transcript's bare spaces keep their reading.
 * Our own wordings (a key-cutting shop's chat).
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { curtBetweenPauses } from '../../../scorers/checks/curt-pauses.js';
import { compileRubric, prepare } from '../../../scorers/context.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const v = (reply: string) =>
  only(politeness(chat([['customer', '配钥匙要几天？', 1000], ['agent', reply, 2000], ['customer', '好的', 3000], ['agent', '不客气，祝您生活愉快', 4000]]), scenario(), rubric)).pass;

describe('politeness: spaces typed after punctuation', () => {
  it.each([
    ['等下, 我看错行了, 正确的是三个工作日.', '等下，我看错行了，正确的是三个工作日。'],
    ['您别急, 先把取件码发一下. 嗯, 收到.', '您别急，先把取件码发一下。嗯，收到。'],
    ['这件事就这样, 您还有别的事吗?', '这件事就这样，您还有别的事吗？'],
  ])('%j reads like %j', (typed, full) => {
    expect(v(typed)).toBe(v(full));
  });

  it('the stretch before a typed comma and space is no curt clause between pauses; a bare spoken pause still is', () => {
    const c = compileRubric(rubric);
    const curt = (line: string) => curtBetweenPauses(c, prepare(chat([['customer', '嗯', 500], ['agent', line, 1000]])).turns[1]!)?.quote ?? null;
    expect(curt('等下, 我看错行了, 正确的是三个工作日.')).toBeNull();
    expect(curt('等下 我看错行了 正确的是三个工作日')).not.toBeNull();
  });
});
