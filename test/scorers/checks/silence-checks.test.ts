import { describe, expect, it } from 'vitest';
import { deadAir, holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

describe('dead-air', () => {
  it('fails on a long silence after the customer with no hold notice', () => {
    const i = call([
      ['agent', '您好请讲', 1000, 2000],
      ['customer', '我的卡丢了', 3000, 4000],
      ['agent', '好的', 20_000, 21_000],
    ]);
    const f = only(deadAir(i, S, rubric));
    expect(f).toMatchObject({ pass: false, deduct: 1 });
    expect(f.evidence[0]!.turn).toBe(1);
  });

  it('passes when the agent announced the wait', () => {
    const i = call([
      ['agent', '请您稍等我查一下', 1000, 2000],
      ['customer', '好的', 3000, 3500],
      ['agent', '感谢您的等待', 20_000, 21_000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
  });

  it('a curt announcement (等一下。/ 我查查。) still announces the wait; politeness judges the curtness', () => {
    for (const said of ['等一下。', '我查查。']) {
      const i = call([
        ['agent', '您好请讲', 1000, 2000],
        ['customer', '我的卡丢了', 3000, 4000],
        ['agent', said, 4500, 5000],
        ['agent', '久等了，已经查到了', 25_000, 27_000],
      ]);
      expect(only(deadAir(i, S, rubric)).pass, said).toBe(true);
    }
  });

  it('chat: an overdue reply (≥ 30 s, unannounced) is dead air too (the same rule as on a call)', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '补卡多少钱', 3000],
      ['agent', '二十元', 50_000],
    ]);
    expect(only(deadAir(i, S, rubric))).toMatchObject({ pass: false, deduct: 1, evidence: [{ turn: 1 }] });
  });

  it('chat: a reply within 30 s is not', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '补卡多少钱', 3000],
      ['agent', '二十元', 30_000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
  });

  it('chat: the agent going quiet mid-answer without notice is dead air', () => {
    const i = chat([
      ['customer', '我要挂失', 1000],
      ['agent', '好的。', 3000],
      ['agent', '已经为您挂失', 60_000],
    ]);
    const f = only(deadAir(i, S, rubric));
    expect(f).toMatchObject({ pass: false, deduct: 1, evidence: [{ turn: 1 }] });
  });

  it('chat: an announced lookup is not dead air', () => {
    const i = chat([
      ['customer', '我要挂失', 1000],
      ['agent', '好的，请您稍等，我帮您查询一下。', 3000],
      ['agent', '感谢您的耐心等待，已经为您挂失', 60_000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
  });
});

describe('dead-air and hold-etiquette on the kinds issue 10 found escaping', () => {
  it('the agent goes silent right after the customer and comes back with the answer: dead air and an unannounced hold', () => {
    const i = call([
      ['agent', '您好，请问有什么可以帮您？', 1000, 3000],
      ['customer', '我想查一下上个月的话费', 4000, 6000],
      ['agent', '您上个月话费是八十八元', 36_000, 39_000],
    ]);
    expect(only(deadAir(i, S, rubric))).toMatchObject({ pass: false, deduct: 1 });
    const h = only(holdEtiquette(i, S, rubric));
    expect(h.pass).toBe(false);
    expect(h.reason).toContain('未请客户稍候');
  });

  it('announced look-up, the customer acknowledges, 40 s of silence: an announced hold, not dead air', () => {
    const i = call([
      ['customer', '我想查一下上个月的话费', 1000, 3000],
      ['agent', '好的，请您稍等，我帮您查一下', 4000, 6000],
      ['customer', '好的', 6500, 7000],
      ['agent', '感谢您的耐心等待，上个月话费是八十八元', 47_000, 50_000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
    expect(only(holdEtiquette(i, S, rubric))).toMatchObject({ pass: true, details: { holds: 1, announced: 1, thanked: 1 } });
  });

  it('announced but not thanked afterwards: hold-etiquette fails, dead-air does not', () => {
    const i = call([
      ['agent', '请您稍等，我帮您查一下', 4000, 6000],
      ['customer', '嗯', 6500, 7000],
      ['agent', '上个月话费是八十八元', 47_000, 50_000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
    const h = only(holdEtiquette(i, S, rubric));
    expect(h.pass).toBe(false);
    expect(h.reason).toContain('未感谢');
    expect(h.reason).not.toContain('未请客户稍候');
  });

  it("the customer's own pause after the agent's question is neither", () => {
    const i = call([
      ['agent', '请问您的身份证后四位是多少？', 1000, 3000],
      ['customer', '我找一下，嗯，是一二三四', 30_000, 33_000],
      ['agent', '好的，已经核实', 34_000, 36_000],
    ]);
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
    expect(only(holdEtiquette(i, S, rubric)).pass).toBe('na');
  });

  it('an unanswered question after the agent asked and the customer answered: the agent owed the word', () => {
    const i = call([
      ['agent', '请问您的身份证后四位是多少', 1000, 3000],
      ['customer', '一二三四', 4000, 5000],
      ['agent', '好的已经核实', 16_000, 17_000],
    ]);
    // 11 s: dead air (≥ 8 s), not yet a hold (< 15 s)
    expect(only(deadAir(i, S, rubric))).toMatchObject({ pass: false, deduct: 1 });
    expect(only(holdEtiquette(i, S, rubric)).pass).toBe('na');
  });

  it('a customer "喂？在吗" during the silence does not take the word from the agent', () => {
    const i = call([
      ['agent', '您好', 200, 800],
      ['customer', '补卡要多少钱', 1000, 3000],
      ['customer', '喂？在吗？', 14_000, 15_000],
      ['agent', '在的，补卡二十元', 16_000, 18_000],
    ]);
    expect(only(deadAir(i, S, rubric))).toMatchObject({ pass: false, deduct: 1 });
  });

  it('a question the agent never answered before the contact ended is dead air', () => {
    const i = call(
      [
        ['agent', '您好', 1000, 2000],
        ['customer', '补卡要多少钱', 3000, 5000],
      ],
      { durationMs: 40_000 },
    );
    expect(only(deadAir(i, S, rubric))).toMatchObject({ pass: false, deduct: 1 });
  });

  it('time in the queue before the agent joined is not silence', () => {
    const i = chat(
      [
        ['system', '当前排队人数1', 1000],
        ['customer', '你好', 2000],
        ['agent', '您好，请问有什么可以帮您？', 61_000],
      ],
      { events: [{ type: 'page-loaded', atMs: 300 }, { type: 'agent-joined', atMs: 60_000 }] },
    );
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
  });

  it('chat: a silence is a span nobody wrote in — a follow-up message (在吗) ends it, the reply wait is response-latency\'s', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '补卡多少钱', 3000],
      ['customer', '在吗', 25_000],
      ['agent', '二十元', 40_000],
    ]);
    expect(only(deadAir(i, S, rubric))).toMatchObject({ pass: true });
    expect(only(responseLatency(i, scenario({ sla: { responseLatencyMs: 30_000 } }), rubric)).pass).toBe(false);
  });

  it('chat: a silence the agent owed stays the agent\'s when the customer writes again after it', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '补卡多少钱', 3000],
      ['customer', '我的卡丢了，急用', 40_000],
      ['agent', '二十元', 45_000],
    ]);
    expect(only(deadAir(i, S, rubric))).toMatchObject({ pass: false, deduct: 1, details: { silencesMs: [37_000] } });
  });
});

describe('hold-etiquette', () => {
  it('is N/A without a hold', () => {
    const i = chat([
      ['agent', '您好', 1000],
      ['customer', '在吗', 3000],
      ['agent', '在的', 5000],
    ]);
    expect(only(holdEtiquette(i, S, rubric)).pass).toBe('na');
  });

  it('passes when the agent asks to wait and thanks afterwards', () => {
    const i = call([
      ['agent', '请您稍等，我帮您查一下', 1000, 3000],
      ['agent', '感谢您的耐心等待，查到了', 40_000, 42_000],
    ]);
    expect(only(holdEtiquette(i, S, rubric))).toMatchObject({ pass: true, score: 1 });
  });

  it('fails a silent hold (no request, no thanks)', () => {
    const i = call([
      ['agent', '嗯', 1000, 2000],
      ['agent', '查到了', 40_000, 41_000],
    ]);
    const f = only(holdEtiquette(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('未请客户稍候');
    expect(f.reason).toContain('未感谢');
  });

  it('fails when the agent does not thank after the hold, with homophone-tolerant matching of the request', () => {
    const i = call([
      ['agent', '请稍候我帮您查询一下', 1000, 3000],
      ['agent', '查到了', 40_000, 41_000],
    ]);
    const f = only(holdEtiquette(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).not.toContain('未请客户稍候');
  });

  it('uses hold-start / hold-end events from the channel', () => {
    const i = call(
      [
        ['agent', '请稍等', 1000, 2000],
        ['agent', '让您久等了', 10_000, 11_000],
      ],
      { events: [{ type: 'answered', atMs: 500 }, { type: 'hold-start', atMs: 2500 }, { type: 'hold-end', atMs: 9_000 }] },
    );
    expect(only(holdEtiquette(i, S, rubric)).pass).toBe(true);
  });
});

describe('hold-etiquette (events only)', () => {
  it('a hold from events without the thanks fails', () => {
    const i = call(
      [
        ['agent', '请稍等', 1000, 2000],
        ['agent', '查到了', 10_000, 11_000],
      ],
      { events: [{ type: 'answered', atMs: 500 }, { type: 'hold-start', atMs: 2500 }, { type: 'hold-end', atMs: 9_000 }] },
    );
    expect(only(holdEtiquette(i, S, rubric)).pass).toBe(false);
  });
});

describe('what a silence is announced by', () => {
  it('thanks for a past wait are not a request for a new one (感谢您的耐心等待 ⊃ 耐心等待)', () => {
    const i = call([
      ['agent', '请您稍等，我查询一下', 1000, 3000],
      ['agent', '感谢您的耐心等待，审核已经通过', 30_000, 33_000],
      ['customer', '钱会打到哪张卡', 34_000, 36_000],
      ['agent', '打到您登记的银行卡', 55_000, 58_000],
    ]);
    // the first wait was announced and thanked; the second (19 s after the question) was not announced
    expect(only(deadAir(i, S, rubric))).toMatchObject({ pass: false, deduct: 1, details: { silencesMs: [19_000] } });
  });

  it('a backchannel over the customer neither announces a wait nor carries the thanks', () => {
    const i = call([
      ['agent', '请您稍等，我帮您查一下', 1000, 3000],
      ['customer', '好的，麻烦你了', 3500, 6000],
      ['agent', '嗯', 5000, 5400],
      ['agent', '让您久等了，查到了', 40_000, 42_000],
    ]);
    expect(only(holdEtiquette(i, S, rubric))).toMatchObject({ pass: true, details: { holds: 1, announced: 1, thanked: 1 } });
    expect(only(deadAir(i, S, rubric)).pass).toBe(true);
  });
});
