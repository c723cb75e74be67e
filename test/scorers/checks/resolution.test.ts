import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const withFacts = scenario({
  facts: [
    { key: 'fee', label: '补卡费', expected: '20元', wrong: ['50元'], cues: ['补卡', '多少钱'] },
    { key: 'days', label: '到卡时间', expected: '7个工作日', cues: ['多久', '寄到'] },
  ],
});

describe('resolution with facts', () => {
  it('passes when every fact was stated', () => {
    const i = chat([
      ['customer', '补卡多少钱，多久到', 1000],
      ['agent', '补卡20元，七个工作日到', 5000],
    ]);
    expect(only(resolution(i, withFacts, rubric))).toMatchObject({ pass: true, score: 1 });
  });

  it('a wrong value still answers the question (accuracy is judged by fact-accuracy)', () => {
    const i = chat([
      ['customer', '补卡多少钱，多久到', 1000],
      ['agent', '补卡50元，七个工作日到', 5000],
    ]);
    expect(only(resolution(i, withFacts, rubric))).toMatchObject({ pass: true, score: 1 });
  });

  it('a fact the customer did not ask about may be left to fact-accuracy', () => {
    const i = chat([
      ['customer', '补卡要交钱吗', 1000],
      ['agent', '补卡手续费二十块钱', 5000],
    ]);
    expect(only(resolution(i, withFacts, rubric))).toMatchObject({ pass: true, details: { answered: 1, facts: 2 } });
  });

  it('fails when a fact the customer asked about was never addressed', () => {
    const i = chat([
      ['customer', '补卡多少钱，新卡多久能寄到', 1000],
      ['agent', '补卡二十块钱，您还有别的问题吗', 5000],
    ]);
    const f = only(resolution(i, withFacts, rubric));
    expect(f).toMatchObject({ pass: false, score: 0.5, matchKind: 'absence' });
    expect(f.reason).toContain('到卡时间');
  });

  it('fails when nothing of the scenario was addressed', () => {
    const i = chat([
      ['customer', '我的卡丢了怎么办', 1000],
      ['agent', '好的，请提供一下您的手机号', 5000],
    ]);
    expect(only(resolution(i, withFacts, rubric))).toMatchObject({ pass: false, score: 0 });
  });

  it('fails on a non-answer to a follow-up question even when the facts were given', () => {
    const i = call([
      ['customer', '补卡多少钱，多久到', 1000, 3000],
      ['agent', '补卡二十元 七个工作日寄到', 4000, 8000],
      ['customer', '那旧卡里的积分还在吗', 9000, 11000],
      ['agent', '这个目前没办法给你准确答复', 12000, 15000],
    ]);
    const f = only(resolution(i, withFacts, rubric));
    expect(f).toMatchObject({ pass: false, matchKind: 'pattern', evidence: [{ turn: 3, quote: '没办法给你准确答复' }] });
  });

  it.each([
    '这个我这边暂时答复不了您',
    '具体的我也不太清楚',
    '我们这边查不到相关的规定',
    '这个真不好说',
  ])('recognises the non-answer %s', (text) => {
    const i = chat([
      ['customer', '补卡多少钱，多久到？', 1000],
      ['agent', '补卡20元，七个工作日到', 5000],
      ['customer', '能加急吗？', 8000],
      ['agent', text, 12000],
    ]);
    expect(only(resolution(i, withFacts, rubric)).pass).toBe(false);
  });

  it('a non-answer followed by a look-up, in a turn that answers, or to a request is no failure', () => {
    const lookup = chat([
      ['customer', '补卡多少钱，多久到？', 1000],
      ['agent', '这个我不太清楚，请稍等，我帮您查一下', 5000],
      ['agent', '补卡20元，七个工作日到', 30000],
    ]);
    expect(only(resolution(lookup, withFacts, rubric)).pass).toBe(true);
    const answering = chat([
      ['customer', '补卡多少钱，多久到？', 1000],
      ['agent', '具体原因我不清楚，补卡20元，七个工作日到', 5000],
    ]);
    expect(only(resolution(answering, withFacts, rubric)).pass).toBe(true);
    const request = chat([
      ['customer', '我卡丢了，帮我补一张。', 1000],
      ['agent', '具体原因我也不知道。', 5000],
      ['agent', '补卡20元，七个工作日寄到', 9000],
    ]);
    expect(only(resolution(request, withFacts, rubric)).pass).toBe(true);
  });

  it('a dismissal (嚷嚷也解决不了) is forbidden-words\' business, not a non-answer', () => {
    const i = chat([
      ['customer', '补卡多少钱？你们怎么这么慢', 1000],
      ['agent', '嚷嚷也解决不了', 5000],
      ['agent', '补卡20元，七个工作日到', 9000],
    ]);
    expect(only(resolution(i, withFacts, rubric)).pass).toBe(true);
  });

  it('an "I don\'t know" inside a 忌语 followed by the answer in the same turn is answered (the 忌语 is forbidden-words\' business)', () => {
    const answered = chat([
      ['customer', '要是修不好怎么办？', 1000],
      ['agent', '这种事你问我我也不知道啊。需要换配件的话师傅会带件二次上门', 5000],
    ]);
    expect(only(resolution(answered, S, rubric)).pass).toBe(true);
    const gaveUp = chat([
      ['customer', '要是修不好怎么办？', 1000],
      ['agent', '这种事你问我我也不知道啊。', 5000],
    ]);
    expect(only(resolution(gaveUp, S, rubric)).pass).toBe(false);
  });

  it('is N/A when no agent spoke', () => {
    const i = chat([['customer', '补卡多少钱？', 1000]], { outcome: 'abandoned' });
    expect(only(resolution(i, withFacts, rubric)).pass).toBe('na');
  });
});

describe('resolution without facts', () => {
  it.each(['周末正常营业，您看哪里不明白可以再问我', '周末正常营业，不知道您还有什么问题', '周末正常营业，有不清楚的随时联系我们'])('a polite look-alike is not a give-up: %s', (text) => {
    const i = chat([
      ['customer', '你们周末营业吗', 1000],
      ['agent', text, 5000],
    ]);
    expect(only(resolution(i, S, rubric)).pass).toBe(true);
  });

  it('a polite 如有不清楚的地方 is not a give-up', () => {
    const i = chat([
      ['customer', '你们周末营业吗', 1000],
      ['agent', '周末正常营业，如有不清楚的地方欢迎再次咨询', 5000],
    ]);
    expect(only(resolution(i, S, rubric)).pass).toBe(true);
  });

  it('an "I don\'t know" answer is not a resolution', () => {
    const i = chat([
      ['customer', '你们周末营业吗', 1000],
      ['agent', '这个我不清楚', 5000],
    ]);
    expect(only(resolution(i, S, rubric)).pass).toBe(false);
  });

  it('a completed contact with an answer passes', () => {
    const i = chat([
      ['customer', '你们周末营业吗', 1000],
      ['agent', '周末正常营业，早上九点到下午五点', 5000],
    ]);
    expect(only(resolution(i, S, rubric)).pass).toBe(true);
  });
});

describe('resolution: non-answers by what they do', () => {
  const asked = (reply: string) =>
    chat([
      ['agent', '您好，请问有什么可以帮您', 500],
      ['customer', '我的退款什么时候能到账？', 1000],
      ['agent', reply, 3000],
      ['customer', '好吧', 4000],
      ['agent', '感谢您的来电，再见', 5000],
    ]);

  it('fails when the agent cannot look it up, say, promise or see it, or has no news', () => {
    for (const reply of ['这个我这边查不了', '这个问题我回答不上来', '这个我没法跟您保证', '目前没有这方面的消息', '我这边没有权限查看', '具体什么时候到账我这边暂时看不到', '这个我给不了您准确时间']) {
      expect(only(resolution(asked(reply), S, rubric)).pass, reply).toBe(false);
    }
  });

  it('an answer that names an uncertainty (不确定因素) still answers', () => {
    for (const reply of ['这个不确定因素比较多，一般是三天左右', '退款三到五个工作日到账']) {
      expect(only(resolution(asked(reply), S, rubric)).pass, reply).toBe(true);
    }
  });
});
