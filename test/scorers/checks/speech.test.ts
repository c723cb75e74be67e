import { describe, expect, it } from 'vitest';
import { interruption, speechRate } from '../../../scorers/checks/speech.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();

describe('interruption', () => {
  it('is N/A in chat', () => {
    expect(only(interruption(chat([['agent', '您好', 1000]]), S, rubric)).pass).toBe('na');
  });

  it('counts from the agent\'s start to the customer\'s end, also when the agent\'s short turn ends first', () => {
    const i = call([
      ['customer', '我寄的那个包裹显示签收了但我根本没收到', 1000, 6000],
      ['agent', '行。单号。', 4200, 4900],
    ]);
    const f = only(interruption(i, S, rubric));
    expect(f.pass).toBe(false);
    expect((f.details as { overlapsMs: number[] }).overlapsMs).toEqual([1800]);
  });

  it('a backchannel said into the customer\'s sentence is listening, not interrupting', () => {
    const i = call([
      ['customer', '我寄的那个包裹显示签收了但我根本没收到', 1000, 6000],
      ['agent', '嗯', 3000, 3900],
      ['agent', '好的，我帮您查一下', 6500, 8000],
    ]);
    expect(only(interruption(i, S, rubric)).pass).toBe(true);
  });

  it('an acknowledgement that closes the turn (明白 / 收到) said well into the customer\'s sentence takes the floor; a continuer or 好的 does not', () => {
    const over = (ack: string) =>
      call([
        ['customer', '我家地址是滨河路十八号三单元五楼', 1000, 6000],
        ['agent', ack, 3800, 4400],
        ['agent', '请您稍等，我登记一下', 6600, 8500],
      ]);
    for (const ack of ['明白', '收到', '明白了啊']) expect(only(interruption(over(ack), S, rubric)).pass, ack).toBe(false);
    // 好的 is among the 附和语 QA rule sets allow while the customer talks (the label definition lists 嗯/对/好的)
    for (const ack of ['嗯', '对', '是', '好', '嗯嗯', '好的', '好嘞', '好的啊']) expect(only(interruption(over(ack), S, rubric)).pass, ack).toBe(true);
  });

  it('fails when the agent starts while the customer is still talking', () => {
    const i = call([
      ['agent', '您好请问有什么可以帮您', 1000, 3000],
      ['customer', '我想问一下我的信用卡为什么被冻结了', 4000, 9000],
      ['agent', '您的卡是因为逾期', 6000, 9500],
    ]);
    const f = only(interruption(i, S, rubric));
    expect(f).toMatchObject({ pass: false, deduct: 1 });
    expect(f.evidence.map((e) => e.turn)).toEqual([1, 2]);
  });

  it('passes a short back-channel overlap below the threshold', () => {
    const i = call([
      ['customer', '我想问一下补卡的事情', 1000, 4000],
      ['agent', '嗯', 3700, 3900],
      ['agent', '好的请讲', 4500, 5500],
    ]);
    expect(only(interruption(i, S, rubric)).pass).toBe(true);
  });
});

describe('speech-rate', () => {
  it('is N/A in chat', () => {
    expect(only(speechRate(chat([['agent', '您好', 1000]]), S, rubric)).pass).toBe('na');
  });

  it('passes a normal pace (about 200 chars/min)', () => {
    const text = '您好很高兴为您服务请问有什么可以帮您'; // 18 chars in 5.4 s = 200/min
    expect(only(speechRate(call([['agent', text, 1000, 6400]]), S, rubric)).pass).toBe(true);
  });

  it('fails a gabbled turn', () => {
    const text = '您好很高兴为您服务请问有什么可以帮您'; // 18 chars in 2 s = 540/min
    const f = only(speechRate(call([['agent', text, 1000, 3000]]), S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('过快');
  });
});


describe('speech-rate in spoken characters', () => {
  it('146 spoken characters a minute of calm speech passes', () => {
    // 73 Han characters over 30 s = 146 字/分
    const text = '您好，这里是客户服务中心，很高兴为您服务。关于您咨询的信用卡挂失，我们会在今天之内为您办理完成，新卡将在七个工作日内寄到您预留的地址，请您注意查收。';
    const spoken = text.match(/\p{Script=Han}/gu)!.length;
    const i = call([['agent', text, 1000, 1000 + Math.round((spoken / 146) * 60_000)]]);
    const f = only(speechRate(i, S, rubric));
    expect(f.pass).toBe(true);
    expect(f.details).toMatchObject({ charsPerMinute: 146 });
  });

  it('counts digits and letters read out, not punctuation or spaces', () => {
    // 工号 1040 , VIP: 2 Han + 4 digits + 3 letters = 9 spoken characters in 3 s = 180/min
    const i = call([['agent', '工号 1040，VIP！', 1000, 4000]]);
    expect(only(speechRate(i, S, rubric)).details).toMatchObject({ spokenChars: 9, charsPerMinute: 180 });
  });

  it('fails a clearly slow agent', () => {
    const text = '您好请问有什么可以帮您'; // 10 chars in 6 s = 100/min
    const f = only(speechRate(call([['agent', text, 1000, 7000]]), S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('过慢');
  });
});
