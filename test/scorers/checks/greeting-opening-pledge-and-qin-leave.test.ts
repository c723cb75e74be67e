/**
 * greeting: the service pledge as the contact's very first words greets (很高兴为您服务，XX面包坊…) [S1/S3 问候语 by
 * function: the opening words]; after the line's name or a staff id it is the pledge that follows a greeting, not one.
 * closing: 亲先忙, the online shops' address for the customer in the 您先忙 leave-taking [S21 结束语]. Our own wordings.
 */
import { describe, expect, it } from 'vitest';
import { closing, greeting } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const opens = (line: string) => only(greeting(chat([['agent', line, 1000], ['customer', '想订个蛋糕', 2000]]), S, rubric)).pass;

describe('greeting: the opening pledge', () => {
  it('as the first words of the first turn: a greeting', () => {
    expect(opens('很高兴为您服务，麦香面包坊，请问想订哪款？')).toBe(true);
    expect(opens('非常荣幸为您服务 这里是麦香面包坊')).toBe(true);
  });
  it('after the shop name or a staff id: the pledge only', () => {
    expect(opens('麦香面包坊，很高兴为您服务，请问想订哪款？')).toBe(false);
    expect(opens('工号5521很高兴为您服务')).toBe(false);
  });
});

describe('closing: 亲先忙', () => {
  it('takes leave as 您先忙 does', () => {
    const c = chat([['agent', '亲，在的，请问需要什么', 1000], ['customer', '蛋糕几点能送到', 2000], ['agent', '下午三点前送到', 3000], ['customer', '好的', 4000], ['agent', '好的亲先忙，有事随时找我们', 5000], ['customer', '嗯嗯', 6000]]);
    expect(only(closing(c, S, rubric)).pass).toBe(true);
  });
});
