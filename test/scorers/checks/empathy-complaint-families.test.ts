/** empathy: grievances said by construction (rhetorical questions, sarcasm, accusation, hardship, time, money). Wordings are our own. */
import { describe, expect, it } from 'vitest';
import { empathy } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
/** The verdict after a bare reply: false when the turn is a complaint, 'na' when it is not. */
const verdict = (said: string, reply = '好的，请提供一下您的户号') =>
  only(
    empathy(
      chat([
        ['agent', '您好，请问有什么可以帮您', 1000],
        ['customer', said, 2000],
        ['agent', reply, 3000],
        ['agent', '我这边登记一下', 4000],
      ]),
      S,
      rubric,
    ),
  ).pass;

describe('empathy: complaint families said without a grievance word', () => {
  it('rhetorical questions at the service owe an acknowledgement', () => {
    for (const said of ['你们知不知道老人在家等了一天', '每年交那么多会费，要你们有什么用', '你们客服都是干什么的', '半夜还在施工，还让不让人睡了', '这种售后还叫五星服务', '找了你们多少次了，没一个人上门']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('sarcasm, accusation and contempt owe one too', () => {
    for (const said of ['你们可真行，一张发票开了三回', '你们所谓的当日达，就是隔天傍晚？', '这不就是宰消费者吗', '我都怀疑你们后台是摆设', '这个快递公司真是最差的一家', '一个破路由器卖四百']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('hardship, time counted and money felt unfair owe one too', () => {
    for (const said of ['婚礼请柬没送到，全耽误了', '热水器坏了，冻得我直哆嗦', '整整两个星期了，门锁还是坏的', '报修都快一个月了', '一个回电都没有', '燃气费一个月比一个月贵', '房子空着，还收我们物业费', '网点我都跑了三趟了']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('a calm report, a neutral question, an age or an address is no complaint', () => {
    for (const said of ['我家宽带断了，麻烦帮我看一下', '这个按钮是干什么用的', '我女儿都三岁了，能办儿童卡吗', '我住在幸福路八号院', '门禁卡丢了一张，想补办']) {
      expect(verdict(said), said).toBe('na');
    }
  });

  it('the same complaint is answered by an acknowledgement', () => {
    expect(verdict('你们客服都是干什么的', '确实是我们做得不到位，我马上帮您处理')).toBe(true);
  });
});

describe('empathy: escalation, strandedness and the reaction called natural', () => {
  it('the press, a group post, a conditional threat, payment withheld, no change at all owe an acknowledgement', () => {
    for (const said of ['再这样我就联系报社了', '我已经在小区群里曝光了', '你们不给我退款，我们就去法院', '下个月起我拒交管理费', '投诉了三回，一点改善都没有', '好不容易排到号，又说系统维护', '我存的积分全没了', '这种自助机老人咋用']) {
      expect(verdict(said), said).toBe(false);
    }
  });

  it('still no complaint: a wish for no change, a question whether something is gone', () => {
    for (const said of ['优惠券是全没了吗', '我想问下新办的卡怎么激活']) expect(verdict(said), said).toBe('na');
  });

  it('calling the reaction natural acknowledges it; calling the fault normal does not', () => {
    const complaint = '燃气费一个月比一个月贵，是不是坑人';
    for (const reply of ['您有这种顾虑完全可以理解，我帮您查一下', '费用突然变高谁都会担心，我给您核对读数', '确实令人失望，我马上核查', '耽误您时间了，我这就处理']) {
      expect(verdict(complaint, reply), reply).toBe(true);
    }
    for (const reply of ['冬天用气多，这种情况很正常', '您先别急，我查一下读数']) expect(verdict(complaint, reply), reply).toBe(false);
  });
});
