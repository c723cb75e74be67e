/**
 * forbidden-words' 推诿 by structure (checks/bare-referral.ts): the reply ends by sending the customer to another party,
 * place or document with no way there and no help. Wordings of our own (a ferry line, a gym, a flour mill, a dentist …).
 */
import { describe, expect, it } from 'vitest';
import { chat, forbiddenCategories, only, rubric, scenario } from '../helpers.js';
import type { Speaker } from '../../../harness/interaction/types.js';
import { forbiddenWords } from '../../../scorers/checks/norms.js';

describe('推诿: a referral elsewhere that gives the customer nothing to get there with', () => {
  it('finds a party to contact, a place to go and see, a document to read — closing the reply', () => {
    for (const said of [
      '这个是码头的调度问题，您可以直接联系码头。',
      '器械坏了的话建议您先联系厂家看看是不是机器本身的问题。',
      '您要是还是不放心，可以先去附近的诊所看看',
      '您要是有异议可以看一下会员协议',
      '那你自己去看退课规定吧。',
      '这个您得问面粉厂',
    ]) {
      expect(forbiddenCategories(said, '船怎么还没开？'), said).toContain('推诿');
    }
  });
  it('passes the referral that comes with the way there: a number, hours, a transfer, a callback, the agent acting', () => {
    for (const said of [
      '您可以直接联系码头调度，电话是0571-8888666。',
      '建议您先联系厂家售后，工作日九点到五点都有人。',
      '您可以联系码头，我这边也帮您催一下。',
      '这个您可以咨询一下财务，我给您转过去。',
      '您要是有异议可以看一下会员协议第七条',
    ]) {
      expect(forbiddenCategories(said, '船怎么还没开？'), said).toEqual([]);
    }
  });
  it('passes what is no referral: a question, a search, the customer\'s own side, a page of the product, a repeat', () => {
    for (const said of [
      '请问您要咨询还是办理？',
      '您是咨询课程还是续卡？',
      '没事，您先找找看',
      '没关系，您找一下',
      '这个我不确定，您问下你们行政吧。',
      '您可以去后台看看',
      '我也不太确定，您可以再问问',
      '不是您操作的问题。',
      // round 18: praise for the question, then the answer run on (no punctuation in speech)
      '嗯 好多会员都问过 您问得好 续卡后照常开放',
    ]) {
      expect(forbiddenCategories(said, '会员卡怎么续？'), said).toEqual([]);
    }
  });
  it('passes it when the agent goes on with help in its next turn before the customer speaks', () => {
    const reply = (next: [Speaker, string, number]) =>
      only(forbiddenWords(chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ['customer', '牙套松了怎么办', 2000],
        ['agent', '您可以联系主治医生。', 3000],
        next,
        ['customer', '好的', 5000],
      ]), scenario(), rubric)).pass;
    expect(reply(['agent', '我把他的诊室电话发给您，是0571-86001234。', 4000])).toBe(true);
    expect(reply(['agent', '还有别的问题吗？', 4000])).toBe(false);
  });
  it('passes a pointer for a side question the customer opened as one and took', () => {
    const contact = (asked: string, after: string) =>
      only(forbiddenWords(chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ['customer', '周六几点开门？', 2000],
        ['agent', '周六早上八点开门。', 3000],
        ['customer', asked, 4000],
        ['agent', '这个我不太清楚，您可以问一下前台。', 5000],
        ['customer', after, 6000],
      ]), scenario(), rubric)).pass;
    expect(contact('对了，附近能停车吗？', '行，谢谢')).toBe(true);
    // the same pointer as the reply to the customer's own follow-up is a brush-off
    expect(contact('那私教课能退吗？', '行，谢谢')).toBe(false);
  });
});

describe('推诿: the same referral as a bare order with no one addressed (round 10)', () => {
  it('finds the last clause that is only a topic + 找/问 + the party', () => {
    for (const said of [
      '配件的事找渔具厂去。',
      '这个找驾校教练',
      '船票改签问码头窗口',
      '这个我们定不了，找面粉厂说。',
      '退押金这块不归客服这边管。',
    ]) {
      expect(forbiddenCategories(said, '船怎么还没开？'), said).toContain('推诿');
    }
  });
  it('passes the agent\'s own errand, a search, an offer, a wish and the words that only hold 问/找', () => {
    for (const said of [
      '稍等，我问问仓库。',
      '我去找调度确认一下。',
      '没事，您慢慢找不着急。',
      '有问题随时找前台。',
      '祝您顺利找回，再见。',
      '我是客服顾问小周。',
      '麻烦提供一下问诊单号。',
      '配件的事找渔具厂，电话是0571-86001234。',
      // round 15: the customer asked to fetch a document of their own is no referral elsewhere
      '您把鱼竿的购买凭证找出来。',
    ]) {
      expect(forbiddenCategories(said, '船怎么还没开？'), said).toEqual([]);
    }
  });
});
