import { describe, expect, it } from 'vitest';
import { compilePhrase, findAll, findAny, findPhrase } from '../../../scorers/text/fuzzy.js';
import { foldSyllable, syllables } from '../../../scorers/text/pinyin.js';
import { viewOf } from '../../../scorers/text/view.js';

describe('pinyin', () => {
  it('gives tone-less syllables, homophones equal', () => {
    expect(syllables('工号')).toEqual(['gong', 'hao']);
    expect(syllables('公号')).toEqual(syllables('工号'));
  });

  it('folds 模糊音 initials and finals', () => {
    expect(foldSyllable('zhi')).toBe('zi');
    expect(foldSyllable('shen')).toBe('sen');
    expect(foldSyllable('neng')).toBe('len');
    expect(foldSyllable('qing')).toBe('qin');
  });
});

describe('findPhrase', () => {
  it('finds an exact phrase through punctuation, spaces and width', () => {
    const m = findPhrase(viewOf('您 好，欢迎致电！'), compilePhrase('欢迎致电'));
    expect(m).toMatchObject({ level: 'exact', quote: '欢迎致电' });
  });

  it('finds homophones (ASR wrote 公号 for 工号) and quotes what was written', () => {
    const m = findPhrase(viewOf('我的公号是1024'), compilePhrase('工号'));
    expect(m).toMatchObject({ level: 'homophone', quote: '公号' });
  });

  it('tolerates one wrong syllable in a long phrase, not in a short one', () => {
    const long = findPhrase(viewOf('感谢您的耐心等待'.replace('耐', '来')), compilePhrase('感谢您的耐心等待', { minFuzzyLength: 5 }));
    expect(long).toMatchObject({ level: 'fuzzy', quote: '感谢您的来心等待' });
    expect(findPhrase(viewOf('您早'), compilePhrase('您好', { minFuzzyLength: 5 }))).toBeNull();
  });

  it('never matches digits fuzzily', () => {
    expect(findPhrase(viewOf('手续费30元整'), compilePhrase('手续费20元', { minFuzzyLength: 2, editRatio: 0.5 }))).toBeNull();
  });

  it('does not find a number inside a longer number', () => {
    expect(findPhrase(viewOf('一共120元'), compilePhrase('20元'))).toBeNull();
    expect(findPhrase(viewOf('一共20元'), compilePhrase('20元'))).not.toBeNull();
    expect(findPhrase(viewOf('编号1，20元'), compilePhrase('20元'))).not.toBeNull();
  });

  it('matches numerals written either way', () => {
    expect(findPhrase(viewOf('补卡要二十块钱'), compilePhrase('20元'))?.quote).toBe('二十块钱');
    expect(findPhrase(viewOf('利率是百分之五'), compilePhrase('5%'))?.quote).toBe('百分之五');
    expect(findPhrase(viewOf('大概一百零八元'), compilePhrase('108元'))?.quote).toBe('一百零八元');
  });

  it('single characters match only exactly (请 is not 清)', () => {
    expect(findPhrase(viewOf('说清楚'), compilePhrase('请'))).toBeNull();
    expect(findPhrase(viewOf('请说'), compilePhrase('请'))).not.toBeNull();
  });

  it('findAll counts every occurrence, homophones included', () => {
    expect(findAll(viewOf('公号和工号，还有工号'), compilePhrase('工号'))).toHaveLength(3);
  });

  it('findAny returns the earliest phrase', () => {
    const m = findAny(viewOf('再见，感谢您的来电'), [compilePhrase('感谢您的来电'), compilePhrase('再见')]);
    expect(m?.phrase).toBe('再见');
  });
});
