/**
 * The phrase-bank frame must be clean on every check, so that a check firing on a wrapped phrase
 * means the phrase made it fire; and a plainly defective phrase must make its check fire.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadRubric } from '../../harness/scoring/rubric-loader.js';
import { scoreContact } from '../../scorers/score.js';
import { MEASURES, PROBES, phraseContact, type PhraseItem } from '../../bench/phrase-probes.js';
import { evaluatePhraseSet, loadPhraseSet } from '../../bench/score-phrases.js';

const rubric = await loadRubric();

/** A phrase for each probe that a QA lead would pass on every count (our own wording). */
const CLEAN: Record<(typeof PROBES)[number], Omit<PhraseItem, 'id' | 'probe' | 'channel'>> = {
  reply: { customer: '请问我这张卡的年费是多少？', agent: '您好，这张卡的年费是每年两百元，刷卡满六次可以免掉。', labels: { forbidden: false, rude: false, nonAnswer: false } },
  complaint: { customer: '你们的快递三天了还没到，我都打了两次电话了！', agent: '非常抱歉让您久等了，我马上帮您催一下。', labels: { complaint: true, empathic: true } },
  hold: { agent: '好的，请您稍等，我帮您查询一下。', agentAfter: '感谢您的耐心等待，已经查到了，明天上午派送。', labels: { announced: true, thanked: true } },
  opening: { agent: '您好，我是客服专员李青，工号3021，很高兴为您服务。', labels: { greeting: true, agentId: true } },
  closing: { agent: '感谢您的来电，稍后请您对本次服务做个评价，祝您生活愉快，再见！', labels: { closing: true, survey: true } },
  reference: { agent: '您的受理单号是SL20261204381，请您记好，可以凭它查询进度。', labels: { reference: true } },
};

describe('phrase-bank frame', () => {
  for (const probe of PROBES) {
    for (const channel of ['webchat', 'voice'] as const) {
      it(`${probe} (${channel}): a clean phrase leaves every check passing or N/A`, () => {
        const { interaction, scenario } = phraseContact({ id: `clean-${probe}`, probe, channel, ...CLEAN[probe] });
        const failed = scoreContact(interaction, scenario, rubric).findings.filter((f) => f.pass === false);
        expect(failed.map((f) => `${f.check}: ${f.reason}`)).toEqual([]);
      });
    }
  }

  it.each([
    ['reply', { customer: '我的话费怎么扣了这么多？', agent: '你自己不会看账单吗？跟我吼有什么用。', labels: { forbidden: true, rude: true, nonAnswer: false } }, 'forbidden-words'],
    ['opening', { agent: '说吧，什么事。', labels: { greeting: false, agentId: false } }, 'greeting'],
    ['hold', { agent: '嗯。', agentAfter: '查到了，明天派送。', labels: { announced: false, thanked: false } }, 'dead-air'],
    ['closing', { agent: '嗯，挂了。', labels: { closing: false, survey: false } }, 'closing'],
    ['reference', { agent: '退款金额是一百二十八元，三个工作日内到账。', labels: { reference: false } }, 'record-reference'],
  ] as const)('%s: a defective phrase makes %s fire', (probe, fields, check) => {
    const { interaction, scenario } = phraseContact({ id: `bad-${probe}`, probe, ...fields } as PhraseItem);
    const findings = scoreContact(interaction, scenario, rubric).findings;
    expect(findings.some((f) => f.check === check && f.pass === false)).toBe(true);
    expect(MEASURES[probe].some((m) => m.fired(findings))).toBe(true);
  });
});

describe('phrase-bank loading', () => {
  it('names the file and line of a bad line, a missing label and a reused id; scores the rest', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'phrases-'));
    await mkdir(path.join(root, 'phrases-x'));
    const good = { id: 'a', probe: 'opening', agent: '您好，我是工号3021的客服。', labels: { greeting: true, agentId: true } };
    await writeFile(path.join(root, 'phrases-x', 'phrases.jsonl'), [
      JSON.stringify(good),
      '{not json',
      JSON.stringify({ id: 'b', probe: 'closing', agent: '再见', labels: { closing: true } }),
      JSON.stringify(good),
      JSON.stringify({ id: 'c', probe: 'nonsense', agent: 'x', labels: {} }),
    ].join('\n'));
    const { items, problems } = await loadPhraseSet('phrases-x', root);
    expect(items.map((i) => i.id)).toEqual(['a']);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/phrases-x\/phrases\.jsonl:2: /u);
    expect(problems[1]).toMatch(/:3: labels: closing needs survey/u);
    expect(problems[2]).toMatch(/:4: id: a is used twice/u);
    expect(problems[3]).toMatch(/:5: probe: /u);
    const report = await evaluatePhraseSet('phrases-x', root);
    expect(report.rows.find((r) => r.measure.startsWith('opening/no id'))).toMatchObject({ tp: 0, fp: 0, fn: 0, tn: 1 });
  });
});
