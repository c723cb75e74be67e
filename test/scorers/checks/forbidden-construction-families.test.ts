/**
 * 服务忌语 construction families from the published lists' categories, in wordings of our own (ferry, museum,
 * gym, parking, library desks — trades no corpus covers): each family finds new wordings of the same behaviour
 * and leaves its polite look-alikes clean.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenWords } from '../../../scorers/checks/norms.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const agentSays = (line: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您？', 1000],
    ['customer', '我想问一下这个事情', 2000],
    ['agent', line, 3000],
    ['customer', '好吧', 4000],
    ['agent', '好的，感谢您的来电，再见', 5000],
  ]);
const forbidden = (line: string) => only(forbiddenWords(agentSays(line), S, rubric)).pass === false;
const rude = (line: string) => only(politeness(agentSays(line), S, rubric)).pass === false;

function expectFamily(hits: string[], lookAlikes: string[]): void {
  for (const said of hits) expect(forbidden(said), said).toBe(true);
  for (const said of lookAlikes) expect(forbidden(said), said).toBe(false);
}

describe('指责客户: the reproachful question and the customer\'s own omission', () => {
  it('finds "didn\'t you see it?", the omission as the cause, hindsight and 当初干嘛', () => {
    expectFamily(
      ['你没看到闸机旁边的告示吗？', '你难道没听明白吗', '难道你就没注意到开馆时间吗？', '是你自己没按时续卡。', '还不是你没及时挪车', '你要是早点来预约就不会这样了。', '那你当初干嘛要办年卡？'],
      ['您没收到短信吗？我再给您发一遍。', '是不是你没及时确认呢？', '不是您没按时续卡，是系统延迟了。', '您当时为什么选择退卡呢？方便说一下吗', '您之前没看过这个说明吗？我给您发一份。', '您要是早点到，就不用排队了，明天建议早上来。', '难道是闸机出问题了吗？我帮您查一下。'],
    );
  });

  it('is blame, so rude in the 你 form too', () => {
    expect(rude('你没看到闸机旁边的告示吗？')).toBe(true);
  });
});

describe('讽刺挖苦: belittling the customer in other words', () => {
  it('finds "even this you can\'t use", "so simple and you ask", "a charity", "only you", "everyone else manages"', () => {
    expectFamily(
      ['你连预约都不会弄啊？', '这么容易的事也要来问？', '你当我们是做慈善的？', '就你问题多。', '人家怎么都能办下来？', '别人都按时来了，就你迟到。', '这点小事也要打电话？', '这不是很明显的事吗？'],
      ['连周末我们都不休息，随时可以来办。', '这么简单的操作，我一步步教您。', '大家都可以在APP上办理，您也可以试试。', '就您这一单有问题，我帮您查一下原因。', '这个问题很多客户都会遇到，您别担心。', '您这个情况也要打电话跟银行确认一下。', '其他人也是这样办的，您放心。'],
    );
  });

  it('is mockery, so rude even said with 您', () => {
    expect(rude('您连预约都不会弄啊？')).toBe(true);
  });
});

describe('推诿: sent to the customer\'s own people, to "whoever sold it", not our department in other words', () => {
  it('finds them and leaves advice and offers of help alone', () => {
    expectFamily(
      ['去找你们单位人事。', '你去问你们小区物业。', '你就问你们公司财务。', '你问问卖给你的人吧。', '找当时给你办卡的那个人去吧。', '这不归我们客服管。', '这个不属于我们售后负责。'],
      ['你可以问问你们单位的人事，他们更清楚。', '我帮你问问你们小区物业。', '麻烦您问一下您单位的人事部门。', '这个不归我们客服直接处理，我帮您转接到相关部门。', '我来问问你们那边的负责人。', '您看您方便问问当时的经办人吗？'],
    );
  });

  it('buck-passing alone is forbidden-words only, not rude', () => {
    expect(forbidden('这不归我们客服管。')).toBe(true);
    expect(rude('这不归我们客服管。')).toBe(false);
  });
});

describe('不耐烦 / 冷漠敷衍 / 激将投诉: impatience, "think what you like", escalation belittled', () => {
  it('finds them and leaves safety advice and neutral questions alone', () => {
    expectFamily(
      ['你到底要办什么？', '你究竟想问啥？', '快点报号码，后面还有人。', '你赶紧想好要哪个套餐。', '有什么话一次说完。', '问来问去就这点事。', '你爱怎么想就怎么想。', '爱咋说咋说吧。', '你打市长热线也没用。', '告到哪儿都一样。'],
      ['赶紧关掉燃气阀门，打开窗户。', '您具体要办什么业务呢？', '请您一次性把材料带齐，免得多跑一趟。', '您可以打12345反映，他们会跟进。', '我尽快帮您处理。', '快点的话明天就能到。'],
    );
  });

  it('impatience is rude too', () => {
    expect(rude('你到底要办什么？')).toBe(true);
  });
});

describe('否定拒绝 look-alike: what nobody could have helped', () => {
  it('"谁也没办法预料" describes the situation; "我也没办法" refuses', () => {
    expect(forbidden('这种天气谁也没办法提前预料，给您添麻烦了。')).toBe(false);
    expect(forbidden('任何人都没办法控制航班延误，我帮您改签。')).toBe(false);
    expect(forbidden('那我也没办法。')).toBe(true);
  });
});

describe('prohibiting the customer\'s conduct "here, at me"; "read the SMS yourself" opening a run-on call turn', () => {
  it('finds them; self-service explained and 别着急 stay clean', () => {
    expectFamily(
      ['你别在这儿跟我吵。', '你别在这跟我嚷嚷了。', '自己看短信 这个套票有效期三个月'],
      ['您别着急，我在这儿帮您查。', '您自己看短信里的链接就可以操作，也可以我帮您办。', '自己看短信里的链接也行，我也可以帮您办'],
    );
    expect(rude('你别在这儿跟我吵。')).toBe(true);
  });
});

describe('a second round of families across categories', () => {
  it('finds them', () => {
    expectFamily(
      ['自己上网查去。', '你自己打电话问物流公司。', '都跟你说了要排队，你还问。', '我都解释三遍了。', '同样的问题你问第几遍了？', '你不会早点来吗？', '你别无理取闹。', '你催也没用。', '你吵什么吵。', '你跟我较什么劲。', '你有本事找媒体去。', '说了你也听不懂。', '凭什么要给你退？'],
      [],
    );
  });

  it('leaves the look-alikes clean', () => {
    expectFamily(
      [],
      ['您也可以自己上网查一下，或者我帮您查。', '您可以自己打电话问一下物流公司，电话是95311。', '这是您第几次来电了？我帮您加急。', '不是无理取闹，您的要求很合理。', '急的话我帮您加急处理。', '为什么要给您退差价呢，是因为降价了。'],
    );
  });
});
