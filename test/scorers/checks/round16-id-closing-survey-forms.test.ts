/**
 * Round 16 forms for agent-id, closing and survey-offered, in our own wordings (a swimming club, a notary office, a
 * furniture shop): the humble first person 敝人 / 鄙人 + a name, 前台 as a role before a name, a filler then a pause after
 * a given name; "see you at …" and a wish to 您 running to its clause end; the questionnaire to fill in and the rating
 * said to matter, then asked for.
 */
import { describe, expect, it } from 'vitest';
import { agentId, closing } from '../../../scorers/checks/norms.js';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const introduced = (first: string) => only(agentId(chat([['agent', first, 1000]]), S, rubric)).pass;
const closes = (last: string) => only(closing(chat([['agent', '已经帮您登记好了', 1000], ['agent', last, 2000]]), S, rubric)).pass;
const invites = (line: string) => only(surveyOffered(chat([['agent', line, 1000]]), S, rubric)).pass;

describe('agent-id: round 16', () => {
  it('敝人 / 鄙人 + a full name or 姓 + a surname introduces the agent', () => {
    for (const first of ['您好，公证处咨询台，敝人王启明，请讲', '喂您好，鄙人姓孔，是这片的配送站长，您说']) expect(introduced(first), first).toBe(true);
  });
  it('敝人 / 鄙人 before a service word or a verb names no one', () => {
    for (const first of ['您好，鄙人马上为您查一下', '您好，敝人负责这个片区的售后，请讲']) expect(introduced(first), first).toBe(false);
  });
  it('前台 + a nickname is a front-desk member named; 前台 alone names no one', () => {
    expect(introduced('您好，我是前台小葵，请问几位？')).toBe(true);
    for (const first of ['您好，这里是游泳馆前台，请问有什么可以帮您', '您好，我是前台，请问有什么可以帮您']) expect(introduced(first), first).toBe(false);
  });
  it('a given name then a filler and a pause ends the name', () => {
    expect(introduced('您好 我是理赔顾问若岚那个 麻烦报一下保单号')).toBe(true);
    expect(introduced('您好 我是理赔顾问那个 麻烦报一下保单号')).toBe(false);
  });
});

describe('closing: round 16', () => {
  it('a place or time + 见 ending its clause takes leave', () => {
    for (const last of ['好嘞，那先这样，咱们泳池见。', '好的 那先这样到时候见', '行，那周六门店见！']) expect(closes(last), last).toBe(true);
  });
  it('意见 / 常见 / 看见 are no leave-taking', () => {
    for (const last of ['好的，您的意见我们记下了', '这种情况很常见。', '那先这样，我没看见']) expect(closes(last), last).toBe(false);
  });
  it('a wish to 您 running to its clause end after a filler', () => {
    expect(closes('好嘞 那先这样 就是 祝您开张大吉')).toBe(true);
  });
});

describe('survey-offered: round 16', () => {
  it('the questionnaire to fill in, and the rating said to matter then asked for, invite', () => {
    for (const line of ['稍后会给您发一份问卷，麻烦抽空填一下', '方便的话填一下问卷哈', '您的评分对我们很有用，麻烦给个星']) expect(invites(line), line).toBe(true);
  });
  it('a questionnaire mentioned, or the rating said to matter with no request, invites nothing', () => {
    for (const line of ['入学问卷已经收到了', '问卷答案我们不能透露', '您的评价对我们很重要']) expect(invites(line), line).toBe(false);
  });
});

describe('closing: thanks as the rating invitation\'s tail (round 16)', () => {
  const twoLast = (a: string, b: string) => only(closing(chat([['agent', '已经帮您登记好了', 1000], ['agent', a, 2000], ['agent', b, 3000]]), S, rubric)).pass;
  it('谢谢支持 right after the invitation, the turn going on, is no 结束语', () => {
    expect(twoLast('挂机后请给这次服务打个分，谢谢支持。您还有别的事吗？', '嗯，那我这边就先记下了')).toBe(false);
  });
  it('the same thanks with a goodbye closes; as the contact\'s last words alone it is none (round 26)', () => {
    expect(twoLast('挂机后请给这次服务打个分，谢谢支持。您还有别的事吗？', '好的，再见')).toBe(true);
    expect(closes('挂机后请给这次服务打个分，谢谢支持')).toBe(false);
  });
});
