/**
 * Round 21 (ASR reading): a hesitation filler opening a clause (呃 / 嗯, and 那个 / 就是 before a pronoun,
 * a conjunction or, for 那个, another demonstrative) is a pause: the clause-marked text the patterns read leaves it out, so the same words with and without the filler read alike. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { clauseTextOf } from '../../../scorers/text/patterns.js';
import { buildView } from '../../../scorers/text/view.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const clauses = (s: string) => clauseTextOf(buildView(s)).text;

describe('the clause text leaves out a clause-opening filler', () => {
  it('leaves out 呃 / 嗯 opening a clause', () => {
    expect(clauses('快递还没到，呃我去驿站问问')).toBe('快递还没到|我去驿站问问');
    expect(clauses('好的，嗯但是运费要您出')).toBe('好的|但是运费要您出');
    // not opening the turn: there it may lead what the turn is
    expect(clauses('嗯但是运费要您出')).toBe('嗯但是运费要您出');
  });

  it('leaves out 那个 / 就是 before a pronoun, a conjunction or (那个) a demonstrative', () => {
    expect(clauses('稍等，那个我问下仓库')).toBe('稍等|我问下仓库');
    expect(clauses('网点换不了，就是所以得寄回厂里')).toBe('网点换不了|所以得寄回厂里');
    expect(clauses('好的，那个这台机器在保修期内')).toBe('好的|这台机器在保修期内');
  });

  it('leaves a demonstrative, a copula, a bare backchannel and a filler mid-clause alone', () => {
    expect(clauses('那个包裹昨天签收了')).toBe('那个包裹昨天签收了');
    expect(clauses('对，就是这样')).toBe('对|就是这样');
    expect(clauses('嗯，好的')).toBe('嗯|好的');
    expect(clauses('嗯嗯我知道')).toBe('嗯嗯我知道');
    expect(clauses('我这边呃再看看')).toBe('我这边呃再看看');
  });

  it('maps a pattern hit after a left-out filler back to the words said', () => {
    const v = buildView('稍等，呃我去仓库看看');
    const ct = clauseTextOf(v);
    const k = ct.text.indexOf('我去');
    expect(v.original.slice(v.from[ct.normAt[k]!]!, v.to[ct.normAt[k + 1]!]!)).toBe('我去');
    expect(ct.normAt[ct.text.indexOf('|')]).toBe(v.norm.indexOf('我'));
  });
});

describe('forbidden-words reads a referral with a filler before its help as the same referral', () => {
  const S = scenario();
  const agentSays = (said: string) =>
    chat([
      ['agent', '您好，家电售后，请问有什么可以帮您', 1000],
      ['customer', '我家空调外机的支架锈了，能换吗', 2000],
      ['agent', said, 3000],
    ]);
  it('passes "not ours, (filler) but I will pass you on" with any filler', () => {
    for (const said of ['支架不属于我们负责，不过我帮您转到安装公司。', '支架不属于我们负责，呃不过我帮您转到安装公司。', '支架不属于我们负责，就是不过我帮您转到安装公司。', '支架不属于我们负责，那个不过我帮您转到安装公司。']) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });
  it('still fails the bare disclaimer with a filler and no help', () => {
    expect(only(forbiddenWords(agentSays('支架不属于我们负责，呃您找别人吧。'), S, rubric)).pass).toBe(false);
  });
});

describe('agent-id reads a staff number after a left-out filler', () => {
  const S = scenario();
  it('finds 工号 + number in a turn that opens on a filler', async () => {
    const { agentId } = await import('../../../scorers/checks/norms.js');
    for (const opening of ['那个 我这边工号五十七，请问您要办什么', '呃我工号五十七，请问您要办什么', '我这边工号五十七，请问您要办什么']) {
      const c = chat([
        ['agent', '您好，燃气服务热线，请讲', 1000],
        ['customer', '我家燃气表不走字了', 2000],
        ['agent', opening, 3000],
      ]);
      expect(only(agentId(c, S, rubric)).pass, opening).toBe(true);
    }
  });
});
