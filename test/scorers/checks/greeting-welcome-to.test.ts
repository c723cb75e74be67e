/**
 * greeting (round 17): 欢迎来到X (the welcome of web desks and shops) greets as 欢迎光临 does; a first turn with only the
 * shop's name does not. Our own wordings (a tea house, a bike shop).
 */
import { describe, expect, it } from 'vitest';
import { greeting } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const opens = (line: string) => only(greeting(chat([['agent', line, 1000], ['customer', '我想订个包间', 2000]]), scenario(), rubric)).pass;

describe('greeting: 欢迎来到', () => {
  it('greets', () => {
    expect(opens('欢迎来到松间茶舍在线客服，请问想订哪天？')).toBe(true);
    expect(opens('欢迎来到轮行单车 请问需要什么')).toBe(true);
  });
  it('does not greet', () => {
    expect(opens('松间茶舍在线客服，请问想订哪天？')).toBe(false);
  });
});
