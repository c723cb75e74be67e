/**
 * resolution (round 19): a scenario fact counts as asked about when a customer turn names it — but not a turn that only
 * answers the agent's own ask (收件人叫什么？— 收件人是王芳): that names the record, it does not ask for the fact, so the
 * fact left unstated is fact-accuracy's. The opening request and a question naming the fact still count. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario({
  facts: [
    { key: 'fee', label: '改址费用', expected: '免费', wrong: ['五元'], cues: ['改址费'] },
    { key: 'recipient', label: '收件人修改次数', expected: '可修改一次', wrong: ['不能修改'], cues: ['收件人'] },
  ],
});
const run = (named: string, reply: ['agent' | 'customer', string, number][] = []) =>
  only(
    resolution(
      chat([
        ['agent', '您好，工号3306为您服务，请问有什么可以帮您？', 500],
        ['customer', '快递地址填错了，改址费要多少？', 1000],
        ['agent', '改址是免费的。', 2000],
        ['agent', '收件人叫什么名字？', 3000],
        ['customer', named, 4000],
        ['agent', '好的，已经帮您改好地址了。', 5000],
        ...reply,
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('resolution: a fact named only in a reply to the agent', () => {
  it('is not asked about', () => {
    expect(run('收件人是王芳。')).toBe(true);
  });
  it('a question naming the fact still is', () => {
    expect(run('收件人是王芳。', [['customer', '收件人以后还能再改吗？', 6000], ['agent', '好的，祝您生活愉快。', 7000]])).toBe(false);
  });
});
