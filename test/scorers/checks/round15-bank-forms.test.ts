/**
 * Round 15 (phrase bank h): the hold apology with the wait's length and no 了 and the customer's time owned as taken
 * (hold-etiquette); 满意 as the option to tap or give and the satisfaction condition on this service (survey-offered);
 * leave to hang up with its object dropped and thanks for cooperation leading into the next step (closing); a spoken
 * particle ending a name before a pause (agent-id). Our own wordings (a library, a gas line, a swimming pool).
 */
import { describe, expect, it } from 'vitest';
import { holdEtiquette } from '../../../scorers/checks/silence-checks.js';
import { surveyOffered } from '../../../scorers/checks/completeness.js';
import { agentId, closing, greeting } from '../../../scorers/checks/norms.js';
import { call, chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const heldThen = (back: string) =>
  call([
    ['agent', '您好，燃气服务热线，请讲', 1000, 3000],
    ['customer', '我家燃气表不走字了', 4000, 6000],
    ['agent', '好的，请您稍等，我查一下', 7000, 9000],
    ['agent', back, 40000, 44000],
  ]);
const agentLast = (last: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '我想问下游泳馆周一开不开', 3000],
    ['agent', '周一闭馆维护，还有别的需要吗', 6000],
    ['customer', '没有了', 8000],
    ['agent', last, 9000],
  ]);

describe('hold-etiquette: the wait owned without 了', () => {
  it('an apology with the wait\'s length, or the customer\'s time owned as taken, thanks', () => {
    for (const back of ['不好意思，等这么久，表需要上门检修', '抱歉 等那么半天 表需要上门检修', '耽误您时间了，表需要上门检修', '抱歉耽搁了一会儿，表需要上门检修', '好了，让您等啦，表需要上门检修']) {
      expect(only(holdEtiquette(heldThen(back), S, rubric)).pass, back).toBe(true);
    }
  });
  it('a wait still to come or a request for time does not', () => {
    for (const back of ['表需要上门检修，不好意思，还得等这么一阵', '耽误您一点时间，表需要上门检修']) {
      expect(only(holdEtiquette(heldThen(back), S, rubric)).pass, back).toBe(false);
    }
  });
});

describe('survey-offered: 满意 as the option and the condition on this service', () => {
  it('invites', () => {
    for (const last of ['这次服务要是满意，麻烦帮我勾个满意，再见', '不客气，记得点下非常满意哦', '我的服务若您觉得满意，挂机后按1，再见']) {
      expect(only(surveyOffered(agentLast(last), S, rubric)).pass, last).toBe(true);
    }
  });
  it('a promise of a satisfying answer invites nothing', () => {
    for (const last of ['我们会尽快给个满意的答复，再见', '一定让您满意，再见']) {
      expect(only(surveyOffered(agentLast(last), S, rubric)).pass, last).toBe(false);
    }
  });
});

describe('closing: leave to hang up, thanks for cooperation', () => {
  it('您先挂吧 with the object dropped takes leave', () => {
    for (const last of ['好 那您先挂吧', '嗯 谢谢 你先挂就行']) expect(only(closing(agentLast(last), S, rubric)).pass, last).toBe(true);
  });
  it('thanks for cooperation leading into the next step is no 结束语; with a goodbye it still closes', () => {
    expect(only(closing(agentLast('感谢您的配合，接下来请把泳帽带上到二楼登记'), S, rubric)).pass).toBe(false);
    expect(only(closing(agentLast('谢谢你的配合 下面去前台交押金'), S, rubric)).pass).toBe(false);
    expect(only(closing(agentLast('谢谢您的配合，再见'), S, rubric)).pass).toBe(true);
  });
});

describe('agent-id: a particle after the name before a pause', () => {
  const saysOnCall = (line: string) => only(agentId(call([['agent', line, 1000, 4000]]), S, rubric)).pass;
  it('我是 + title + 小X / 老X + 啊 then a pause names the agent', () => {
    for (const line of ['喂 我是巡检小魏啊 您家燃气表在哪', '喂 我是抄表老钱呀 开下门']) expect(saysOnCall(line), line).toBe(true);
  });
  it('a particle after no name names no one', () => {
    for (const line of ['喂 我是抄表的啊 开下门', '喂 我是燃气公司啊 开下门']) expect(saysOnCall(line), line).toBe(false);
  });
});

describe('greeting: 您好 heard by 模糊音 at the start', () => {
  const opens = (line: string) => only(greeting(call([['agent', line, 1000, 4000]]), S, rubric)).pass;
  it('宁好 / 凝好 as the first words greet', () => {
    for (const line of ['宁好 燃气服务热线 请讲', '凝好 游泳馆前台']) expect(opens(line), line).toBe(true);
  });
  it('the same sound later in the line, or another word in it, does not', () => {
    for (const line of ['燃气服务热线 宁好', '宁波燃气 请讲']) expect(opens(line), line).toBe(false);
  });
});
