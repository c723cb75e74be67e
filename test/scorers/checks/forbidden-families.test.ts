/**
 * 忌语 construction families added from the published lists' categories (S4 鄙视语, S5 不尊重客户, S15/S16
 * bank counters, S1/S24 hospitals), with wordings of our own in trades no corpus covers, and the
 * polite look-alikes that share their words.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (said: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您', 1000],
    ['customer', '我想问个事', 2000],
    ['agent', said, 3000],
  ]);

describe('forbidden-words: more construction families', () => {
  it('finds them, each in its category', () => {
    const cases: [string, string][] = [
      ['航班取消又不是我们能决定的，你冲我发火没用', '推诿'],
      ['这事你跟我说不着', '推诿'],
      ['孩子学不会是孩子的问题，跟我们老师没关系', '推诿'],
      ['这个车是你自己开坏的，保修不管', '指责客户'],
      ['你那是自找的', '指责客户'],
      ['这种情况只能自认倒霉', '指责客户'],
      ['这都是你自己选的，怪谁', '指责客户'],
      ['你这个要求太无理了', '指责客户'],
      ['你能不能讲点道理', '指责客户'],
      ['我已经解释得很清楚了，你还要我怎样', '不耐烦'],
      ['退不了，说多少遍都一样', '否定拒绝'],
      ['我说话你听着就行', '命令训斥'],
      ['物业费不交还想让我们修，做梦呢', '讽刺挖苦'],
      ['你以为你是谁啊', '讽刺挖苦'],
      ['我们又不是慈善机构', '冷漠敷衍'],
      ['没那个必要跟你解释', '冷漠敷衍'],
      ['不就是晚了两天吗，至于吗', '冷漠敷衍'],
      ['你打错电话了，挂了吧', '冷漠敷衍'],
      ['我们这里不是你家', '冷漠敷衍'],
      ['嗯 不是跟您说了要排队吗 下午三点以后再来', '已说过'],
      ['您别跟我急啊，又不是我弄丢的', '不耐烦'],
      ['您也不看看现在几点了', '不耐烦'],
      ['您这都第几次打来了', '不耐烦'],
      ['医生也是人，您等会儿怎么了', '不耐烦'],
      ['您去找物业吧，我们是快递公司', '推诿'],
      ['这个您得问4S店', '推诿'],
      ['您别在这跟我讲道理', '命令训斥'],
      ['这种事您也好意思问', '讽刺挖苦'],
      ['您自己看一下短信不就知道了', '讽刺挖苦'],
      ['那您就别坐我们家航班了', '冷漠敷衍'],
      ['不就是晚了半小时吗', '冷漠敷衍'],
    ];
    for (const [said, category] of cases) {
      const f = only(forbiddenWords(agentSays(said), S, rubric));
      expect(f.pass, said).toBe(false);
      expect((f.details as { categories: string[] }).categories, said).toContain(category);
    }
  });

  it('leaves the look-alikes that share their words alone', () => {
    for (const said of [
      '至于退款时间，一般三个工作日',
      '请问症状有那么严重吗？如果很严重建议您先去急诊',
      '这个不能怪谁，是天气原因导致的',
      '这个要求不合理的部分我们没法支持，其他的我帮您申请',
      '您先挂机吧，稍后会有短信',
      '这个跟我们公司没关系的费用是第三方收取的，我把他们电话给您',
      '这个不是我们能决定的，不过我帮您联系航空公司问一下',
      '请问您是自己开车过来吗',
      '是您自己弄坏的吗？如果是人为损坏保修不包含',
      '您自己用的手机号是多少',
      '做梦都没想到会这样，真是抱歉',
      '您听着不太清楚的话我再说一遍',
      '说几遍都可以，您别着急',
      '不着急，您慢慢说',
      '这个确实不怪您，是我们没提醒到',
      '这里不是您家附近的网点，我帮您查一下最近的',
      '我们不是保姆式服务，但是会全程跟进',
      '我不是跟您说过要带身份证，您带了吗',
      '您别着急，我马上帮您查',
      '请问您这是第几次来电？我给您记录一下',
      '您去物业前台就可以领，我帮您跟物业说一声',
      '这个需要您到4S店检测，我帮您预约',
      '您可以找物业问一下，他们有钥匙',
      '航班延误是天气原因，给您添麻烦了',
      '不就是这个意思吗，您理解得对',
    ]) {
      expect(only(forbiddenWords(agentSays(said), S, rubric)).pass, said).toBe(true);
    }
  });
});
