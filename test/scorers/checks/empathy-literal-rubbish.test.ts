/**
 * empathy (round 21): 垃圾 as the subject of its own handling, the verb after it (…垃圾没分好 / 垃圾没人运走 / 垃圾要不要
 * 装袋) is literal rubbish, not contempt for the service — a misreading of the word, as 倒垃圾 / 建筑垃圾 (round 15) were.
 * Only 垃圾 itself is excepted: a grievance beside it, or 垃圾 said of the firm, still counts.
 * Wordings are our own (a property office, a building site, a market).
 */
import { describe, expect, it } from 'vitest';
import { empathyAfter } from '../helpers.js';

const reply = '请问您住哪个小区';
const next = '好的我记下了';

describe('empathy: 垃圾 handled is rubbish, not contempt (round 21)', () => {
  it('垃圾 with its handling verb after it is no grievance', () => {
    for (const said of ['工地那边说我们垃圾没分开放，想问下该怎么分', '我想问下菜市场的垃圾要不要分开放', '楼道里的垃圾要不要先装袋再拿下去']) {
      expect(empathyAfter(said, reply, next), said).toBe('na');
    }
  });
  it('a grievance beside it still counts', () => {
    expect(empathyAfter('楼下垃圾没人运，臭了一个礼拜了，太过分了', reply, next)).toBe(false);
  });
  it('垃圾 said of the service or the firm is still contempt', () => {
    for (const said of ['你们这物业真垃圾', '垃圾物业，收了钱什么都不干']) {
      expect(empathyAfter(said, reply, next), said).toBe(false);
    }
  });
});
