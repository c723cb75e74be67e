/**
 * empathy (round 11): a delay the customer opens the contact with, said flatly (…还没到，想问下进度), is the matter of
 * the call, not a complaint; stressed as a grievance (都两周了还没到！ / 你们是不是… / 迟迟), a promise recalled with more told after it (说好五天…我下周要出差; round 20: closing the turn it is flat — empathy-promise-due-opening.test.ts),
 * nobody answering (没人接), made a threat, recalled from an earlier contact, or said after the opening, it is one. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const reply = '好的，请提供一下您的订单号';
const opening = (said: string) =>
  only(empathy(chat([['agent', '您好，请问有什么可以帮您', 1000], ['customer', said, 2000], ['agent', reply, 3000], ['agent', '我这边查一下', 4000]]), scenario(), rubric)).pass;

describe('empathy: a flat delay in the opening request', () => {
  it('is the matter, not a complaint', () => {
    for (const said of ['我订的书架到现在还没送到，想问一下进度', '换的新卡还没寄过来', '维修点那边一直没修好，我想问下现在到哪一步了', '换的新卡还没寄过来，麻烦你们帮我查一下']) {
      expect(opening(said), said).toBe('na');
    }
  });

  it('stressed, threatened, repeated or insisted on, it is a complaint', () => {
    for (const said of ['书架都两周了还没送到！', '书架到现在还没送到，你们是不是忘了', '明天还不送到我就打12315', '上次说好五天，现在还没修好', '书架还没送到，太耽误事了', '换的新卡迟迟不寄过来', '维修点说好五天，现在还没修好，我下周要出差', '售后电话一直没人接']) {
      expect(opening(said), said).toBe(false);
    }
  });

  it('the same words after the opening still complain', () => {
    const later = only(
      empathy(
        chat([
          ['agent', '您好，请问有什么可以帮您', 1000],
          ['customer', '我想问一下书架的事', 2000],
          ['agent', '好的，您请说', 3000],
          ['customer', '订的书架到现在还没送到', 4000],
          ['agent', reply, 5000],
          ['agent', '我这边查一下', 6000],
        ]),
        scenario(),
        rubric,
      ),
    ).pass;
    expect(later).toBe(false);
  });
});

describe('empathy: the trouble put down to the customer themselves (round 15)', () => {
  it('an effort the customer owns is no complaint', () => {
    for (const said of ['不好意思，我不太会用电脑，打了五次才接通，想问下怎么交费', '怪我自己没看清，来回跑了两趟，想问下还要带什么']) {
      expect(opening(said), said).toBe('na');
    }
  });
  it('with the firm blamed beside it, an ownership that is none, or a threat, it still is', () => {
    for (const said of ['我不太会用手机，你们这系统打了好几遍都进不来，太气人了', '这能怪我吗？排了三个小时队才办上', '我自己跑了三趟都没办成，我要投诉']) {
      expect(opening(said), said).toBe(false);
    }
  });
});
