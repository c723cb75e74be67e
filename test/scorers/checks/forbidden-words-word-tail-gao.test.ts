/**
 * Round 24 reading: the dare 告吧 / 去告吧 (激将投诉) is not the tail of a word in 告 — 报告 / 公告 / 广告 / 转告 / 预告 —
 * closing a clause with 吧: 您看下体检报告吧 points at a document, 我帮您转告吧 offers to pass a message on. The dare itself,
 * 你去告吧 / 不服就去告吧, still counts. Wordings are our own (a health-check centre).
 */
import { describe, expect, it } from 'vitest';
import { replyAtDesk } from '../helpers.js';

const { forbidden, rude } = replyAtDesk('您好，康宁体检中心，请问有什么可以帮您', '我的体检结果出来了吗');

describe('告 as a word tail is no dare', () => {
  it('报告 / 转告 + 吧 closing the clause', () => {
    for (const said of ['出来了，您在小程序里看下体检报告吧', '纸质版您下午到前台领一下报告吧', '医生不在，我帮您转告吧']) {
      expect(forbidden(said), said).toBe(false);
      expect(rude(said), said).toBe(false);
    }
  });
  it('the dare itself', () => {
    for (const said of ['你去告吧', '不服就去告吧']) expect(forbidden(said), said).toBe(true);
  });
});
