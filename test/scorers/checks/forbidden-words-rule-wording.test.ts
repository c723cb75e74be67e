/**
 * Round 21 (a reading bug): 规定就是这样 was found inside 规定就是这样写的 — 这样 there modifies the verb of the rule's wording
 * (how it is written), a report of what the rule says with the next step after it, not the clause-closing "that is the rule,
 * full stop". The closing form stays the 忌语. Wordings are our own (a passport office).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden } = replyAtDesk('您好，出入境服务窗口，请问有什么可以帮您', '为什么照片还要重拍');

describe('round 21: the rule wording reported', () => {
  it('passes', () => {
    expect(forbidden('规定里就是这样写的，照片要六个月内拍的，您附近照相馆就能拍。')).toBe(false);
  });

  it('the clause-closing form stays a 忌语', () => {
    for (const said of ['规定就是这样。', '规定就是这样，没得商量。']) expect(forbidden(said), said).toBe(true);
  });
});
