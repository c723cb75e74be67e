/**
 * Round 24 (reading): a request to wait is read to its last character — 稍等一会儿, not 稍等一会 leaving 儿; 请别挂断, not
 * 请别挂 leaving 断 — so the words after it (the look-up still ahead: 我去后台调一下… / 我到系统里比对一下…) are read from
 * where they start, and the silence after the turn is an announced hold, not dead air (scorers/text/patterns.ts: literal
 * alternatives longest first). Done (…调出来了) and answered in the turn, it is not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { deadAir } from '../../../scorers/checks/silence-checks.js';
import { responseLatency } from '../../../scorers/checks/timeliness.js';
import { compilePattern } from '../../../scorers/text/patterns.js';
import { call, only, rubric, scenario } from '../helpers.js';

const S = scenario({ sla: { responseLatencyMs: 12_000 } });
const after = (agentTurn: string) =>
  call([
    ['agent', '您好，工号3308为您服务', 1000, 2000],
    ['customer', '我上个月寄存的行李还在不在', 3000, 5000],
    ['agent', agentTurn, 6000, 10_000],
    ['customer', '好', 11_000, 11_500],
    ['agent', '感谢您的耐心等待，行李还在寄存处', 45_000, 48_000],
  ]);

describe('a request to wait read whole, then the look-up still ahead', () => {
  it.each(['麻烦您稍等一会儿，我去后台调一下寄存档案', '请您别挂断，我到寄存台账里翻一下'])('%s — an announced hold', (said) => {
    expect(only(deadAir(after(said), S, rubric)).pass).toBe(true);
    expect(only(responseLatency(after(said), S, rubric)).pass).toBe(true);
  });
  it('the look-up done in the turn (调出来了) and answered: the silence after it is unannounced', () => {
    expect(only(deadAir(after('请稍等一会儿，我把寄存档案调出来了，显示行李上周已经被取走'), S, rubric)).pass).toBe(false);
  });
});

describe('literal alternatives take the whole word', () => {
  const first = (source: string, text: string) => compilePattern(source).exact.exec(text)?.[0];
  it('the longer of two alternatives that begin alike', () => {
    expect(first('(?:等|候)(?:一下|一会|一会儿|片刻)', '您稍等一会儿')).toBe('等一会儿');
    expect(first('别(?:挂|挂断|挂机)', '请别挂断')).toBe('别挂断');
  });
  it('changes nothing where only one fits, nor groups with classes or escapes', () => {
    expect(first('(?:一会|一会儿)吧', '等一会吧')).toBe('一会吧');
    expect(first('(?:我|我们)(?:\\d+|号)', '我们12')).toBe('我们12');
  });
});
