/**
 * 12333 话务员服务规范: 多用您，不用你；多用征询语，不用命令语. An agent who never says 您 has already broken the
 * first half; one command form (说。/ 什么事 / 等下) breaks the second, whatever 谢谢/请 it adds elsewhere. An
 * agent who says 您 keeps its margin (one lapse is not a register). Wordings are our own (a ferry line, a
 * museum desk), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { compileRubric, prepare, vocabHits } from '../../../scorers/context.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const dialogue = (...lines: [string, string][]) => chat(lines.map(([who, text], k) => [who, text, 1000 + k * 1000] as ['agent' | 'customer', string, number]));

function curtIn(line: string): string[] {
  const t = prepare(chat([['agent', line, 1000]])).agent[0]!;
  return vocabHits(compileRubric(rubric), 'curtClauses', t).filter((h) => h.level === 'exact' || h.level === 'pattern').map((h) => h.quote);
}

describe('politeness: no 您 and a command form', () => {
  it('fails a 你-speaking agent with courtesy words in most turns but a bare "wait"', () => {
    const i = dialogue(
      ['agent', '轮渡服务热线，请讲'],
      ['customer', '明天早上的船还开吗'],
      ['agent', '谢谢你的耐心，等下。'],
      ['agent', '明天早班船正常开，你可以提前半小时到码头'],
      ['customer', '好的'],
      ['agent', '请问还有其他问题吗？谢谢来电'],
    );
    const f = only(politeness(i, S, rubric));
    expect(f.pass).toBe(false);
    expect(f.reason).toContain('等下');
  });

  it('passes the same agent without the command form (plain-spoken and warm)', () => {
    const i = dialogue(
      ['agent', '轮渡服务热线，请讲'],
      ['customer', '明天早上的船还开吗'],
      ['agent', '谢谢你的耐心，我帮你查一下'],
      ['agent', '明天早班船正常开，你可以提前半小时到码头'],
      ['customer', '好的'],
      ['agent', '请问还有其他问题吗？谢谢来电'],
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });

  it('passes one lapse from an agent who says 您 (the margin the respectful register keeps)', () => {
    const i = dialogue(
      ['agent', '博物馆服务台，您好，请讲'],
      ['customer', '周一开门吗'],
      ['agent', '谢谢您的耐心，等下。'],
      ['agent', '周一闭馆，您可以周二再来'],
      ['customer', '好的'],
      ['agent', '请问还有其他问题吗？谢谢您的来电'],
    );
    expect(only(politeness(i, S, rubric)).pass).toBe(true);
  });
});

describe('curtClauses: "wait" ending a run-on line, "what is it" right after the id', () => {
  it('finds them', () => {
    for (const said of ['我这边看到你的预约已经转给场馆了等下', '你好我是客服小林工号b27什么事', '编号3306什么事', '轮渡热线 什么问题', '嗯，啥情况？']) {
      expect(curtIn(said).length, said).toBeGreaterThan(0);
    }
  });

  it('leaves the courteous forms alone', () => {
    for (const said of ['我这边帮您查一下，请您稍等一下', '麻烦等一下', '您等一下', '工号b27为您服务，请问有什么事吗', '我们下午3点有事情要通知', '请问您遇到了什么问题？', '没什么问题，可以正常办理', '您说的是什么情况呢']) {
      expect(curtIn(said), said).toEqual([]);
    }
  });
});

describe('on a call transcript', () => {
  it('the run-on "wait" counts on voice too', () => {
    const i = call([
      ['agent', '轮渡热线 请讲', 1000, 2000],
      ['customer', '我想问下末班船几点', 3000, 4000],
      ['agent', '谢谢你我看一下你说的那条航线等下', 5000, 7000],
      ['agent', '末班船是晚上九点 你记一下', 20000, 22000],
      ['agent', '请问还有其他问题吗', 25000, 26000],
    ]);
    expect(only(politeness(i, S, rubric)).pass).toBe(false);
  });
});
