/**
 * Round 10's impolite constructions: the customer's pressing called futile (催也没用 / 嚷有什么用), told not to make the
 * agent repeat, silenced to be lectured, the exasperated "what do you want", other customers put first; the not
 * understanding shrugged off, "nobody forced you", the grievance made common, the 又-disowning and "who else is to blame";
 * the question called too simple, the senses run down, wishful thinking and the sneering "no duty"; the dare thrown back
 * by place, by "then go", by a number echoed and by the office's verdict foretold. Look-alikes stay courteous. Wordings
 * are our own (a bakery's cake orders), not corpus lines.
 */
import { describe, expect, it } from 'vitest';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const call = (said: string) =>
  chat([
    ['agent', '您好，麦香烘焙订蛋糕热线，请问有什么可以帮您', 1000],
    ['customer', '我订的生日蛋糕到现在还没送来，都过了约定时间了', 2000],
    ['agent', said, 3000],
    ['customer', '好吧', 4000],
    ['agent', '感谢您的来电，祝您生活愉快，再见', 5000],
  ]);
const rude = (said: string) => only(politeness(call(said), S, rubric)).pass === false;

describe('politeness: the customer pressing, dismissed (round 10)', () => {
  it('催也没用 / 您嚷有什么用 / 找领导也没用 / 请不要反复问 / 先别说了，听我讲 / 您到底想怎么样 / 还有别的顾客等着 / 别跟我磨了 / 问这么多干嘛 fail', () => {
    for (const said of [
      '配送高峰都这样，您催也没用。',
      '您嚷有什么用，师傅已经在路上了。',
      '您找领导也没用，规定是一样的。',
      '配送时间刚说了，请不要反复问同一件事。',
      '您先别说了，听我讲。',
      '您到底想怎么样，说清楚。',
      '您长话短说，我这边还有很多顾客在排队。',
      '时间已经定了，您别再问第三遍了。',
      '价格就是这个价，别跟我磨了。',
      '问这么多干嘛，到店自提就行。',
    ]) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous: a reassurance, a complaint channel named, an offer to repeat', () => {
    for (const said of [
      '您别着急，我马上帮您联系配送师傅。',
      '非常抱歉，我帮您催一下师傅，十分钟内给您回电。',
      '没听清的话我再给您重复一遍配送时间。',
      '您有什么问题可以直接问我，不用客气。',
    ]) {
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('politeness: contempt and retorts (round 10)', () => {
  it('看不懂那也没办法 / 又没人逼您 / 多了去了 / 您说加急就加急啊 / 又不是我们的错 / 能怪谁 / 几十块钱至于吗 fail', () => {
    for (const said of [
      '看不懂那也没办法，单子上写着呢。',
      '嫌贵当初可以不订，又没人逼您。',
      '晚到的单子多了去了。',
      '您说加急就加急啊？',
      '路上堵车又不是我们的错。',
      '您自己填错了地址，能怪谁。',
      '几十块钱的蛋糕至于吗。',
    ]) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('这么简单的事也不会 / 耳朵不好使吗 / 比您懂多了 / 想什么呢 / 没这种好事 / 我们可没义务 / 下单的时候怎么不看清楚 fail', () => {
    for (const said of [
      '这么简单的操作您也不会？',
      '耳朵不好使吗？刚说的是下午三点。',
      '做蛋糕这事我们比您懂多了。',
      '免费再送一个？想什么呢。',
      '不付钱先送货？没这种好事。',
      '帮您取蛋糕？我们可没义务跑这一趟。',
      '下单的时候怎么不看清楚配送范围。',
    ]) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous: sympathy, a plain fact, an honest not-our-fault with help, a sincere question', () => {
    for (const said of [
      '这个情况确实不能怪谁，我先帮您补送一个。',
      '让您等了这么久，确实是我们的问题，非常抱歉。',
      '请问您下单的时候选的是几点配送呢？',
      '这款是我们店里最简单的款式，您也可以考虑一下。',
    ]) {
      expect(rude(said), said).toBe(false);
    }
  });
});

describe('politeness: the dare thrown back (round 10)', () => {
  it('爱去哪儿告去哪儿告 / 要投诉就去 / 您要打热线就打 / 您投呗 / 消协来了我们也这么办 fail', () => {
    for (const said of [
      '您爱去哪儿告去哪儿告，我们是按规定来的。',
      '要投诉您就去，结果都一样。',
      '您要打12315就打，我们不怕。',
      '您投呗，电话我都可以给您。',
      '消协来了我们也是这么处理。',
    ]) {
      expect(rude(said), said).toBe(true);
    }
  });

  it('look-alikes stay courteous: the complaint channel given as advice', () => {
    for (const said of ['您要投诉的话可以拨打我们的监督电话，我把号码发给您。', '如果您对处理结果不满意，可以向12315反映。']) {
      expect(rude(said), said).toBe(false);
    }
  });
});
