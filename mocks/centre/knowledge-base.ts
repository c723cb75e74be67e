/**
 * What the simulated agents know: three topics with the facts they state. Demo scenarios copy
 * `expected` / `variants` / `wrong` / `cues` from here (a test keeps them in step), so a correct
 * statement here is exactly what the harness's fact-accuracy scorer accepts.
 */

export type TopicId = 'card-loss' | 'broadband' | 'return-complaint';

export interface KbFact {
  /** Stable key, shared with scenario `facts[].key`. */
  key: string;
  label: string;
  /** The correct value, contained verbatim in `sentence`. */
  expected: string;
  variants: string[];
  /** Wrong values; `wrong[0]` is what the `wrong-fact` profile states (verbatim in `wrongSentence`). */
  wrong: string[];
  /** Words around a statement of this fact. */
  cues: string[];
  /** How an agent states it (polite form; the impolite profile curtails it). */
  sentence: string;
  wrongSentence: string;
  /** A customer asking about this fact (matched on normalised text). */
  asked: RegExp;
}

export interface Topic {
  id: TopicId;
  title: string;
  /** A customer raising this topic. */
  raised: RegExp;
  /** The agent must verify identity before acting. */
  requiresVerification: boolean;
  /** A complaint: the agent must acknowledge it. */
  complaint: boolean;
  /** Prefix of the reference number the agent gives (受理编号 / 预约单号 / 工单号). */
  referencePrefix: string;
  referenceLabel: string;
  facts: KbFact[];
}

export const CARD_LOSS: Topic = {
  id: 'card-loss',
  title: '信用卡挂失',
  raised: /信用卡|挂失|卡(丢|掉|不见|被偷|被盗)|(丢|掉)了?.{0,4}卡|卡片?找不到/u,
  requiresVerification: true,
  complaint: false,
  referencePrefix: 'GS',
  referenceLabel: '受理编号',
  facts: [
    {
      key: 'loss-effective',
      label: '挂失生效时间',
      expected: '立即生效',
      variants: ['即时生效', '马上生效', '实时生效'],
      wrong: ['24小时后生效'],
      cues: ['挂失', '生效'],
      sentence: '挂失立即生效，卡片已无法再交易。',
      wrongSentence: '挂失24小时后生效，这期间请您留意账户动态。',
      asked: /生效|(马上|立刻|立即).{0,4}(冻结|停用)|还能(刷|用)/u,
    },
    {
      key: 'loss-fee',
      label: '挂失是否收费',
      expected: '不收取任何费用',
      variants: ['免费', '不收费', '不收取费用'],
      wrong: ['收取10元挂失费'],
      cues: ['挂失', '费'],
      sentence: '本次挂失不收取任何费用。',
      wrongSentence: '本次挂失需要收取10元挂失费。',
      asked: /挂失.{0,6}(收费|要钱|费用|多少钱|免费|手续费)|(收费|要钱|手续费).{0,6}挂失/u,
    },
    {
      key: 'replacement-fee',
      label: '补卡费用',
      expected: '免费',
      variants: ['不收费', '不收取费用', '0元'],
      wrong: ['50元'],
      cues: ['补卡', '补办', '新卡', '工本费'],
      sentence: '补办新卡免费，不收取工本费。',
      wrongSentence: '补办新卡需要收取50元工本费。',
      asked: /(补卡|补办|新卡|换卡|重新办).{0,8}(收费|要钱|费用|多少钱|免费|工本费)|工本费/u,
    },
    {
      key: 'new-card-delivery',
      label: '新卡寄送时间',
      expected: '7到10个工作日',
      variants: ['7-10个工作日', '7至10个工作日', '七到十个工作日'],
      wrong: ['3个工作日'],
      cues: ['寄送', '寄到', '新卡', '收到'],
      sentence: '新卡会在7到10个工作日内寄送到您的账单地址。',
      wrongSentence: '新卡会在3个工作日内寄送到您的账单地址。',
      asked: /(多久|几天|多长时间|什么时候|多少天).{0,8}(寄|到|收到|拿到)|(寄|收到).{0,6}(多久|几天|什么时候)/u,
    },
  ],
};

export const BROADBAND: Topic = {
  id: 'broadband',
  title: '宽带套餐咨询',
  raised: /宽带|光纤|网速|装网|办网|千兆|百兆|\d+\s*m(?![a-z])/iu,
  requiresVerification: false,
  complaint: false,
  referencePrefix: 'KD',
  referenceLabel: '预约单号',
  facts: [
    {
      key: 'plan-300m-price',
      label: '300M套餐月费',
      expected: '每月99元',
      variants: ['99元/月', '99元一个月', '一个月99元'],
      wrong: ['每月129元'],
      cues: ['300M', '300兆'],
      sentence: '300M套餐每月99元',
      wrongSentence: '300M套餐每月129元',
      asked: /300.{0,8}(多少钱|价格|资费|月费|费用|多少)|(多少钱|价格|资费|月费).{0,6}300|(套餐|宽带).{0,6}(多少钱|价格|资费)|有(哪些|什么)套餐/u,
    },
    {
      key: 'plan-1000m-price',
      label: '1000M套餐月费',
      expected: '每月199元',
      variants: ['199元/月', '199元一个月', '一个月199元'],
      wrong: ['每月259元'],
      cues: ['1000M', '千兆'],
      sentence: '1000M套餐每月199元',
      wrongSentence: '1000M套餐每月259元',
      asked: /(1000|千兆).{0,8}(多少钱|价格|资费|月费|费用|多少)|(多少钱|价格|资费|月费).{0,6}(1000|千兆)|(套餐|宽带).{0,6}(多少钱|价格|资费)|有(哪些|什么)套餐/u,
    },
    {
      key: 'contract-term',
      label: '合约期',
      expected: '12个月',
      variants: ['一年', '1年', '十二个月'],
      wrong: ['24个月'],
      cues: ['合约期', '合约', '签约'],
      sentence: '合约期均为12个月',
      wrongSentence: '合约期均为24个月',
      asked: /合约|合同|签约|几年|签多久/u,
    },
    {
      key: 'install-time',
      label: '安装时间',
      expected: '48小时内',
      variants: ['两天内', '2天内', '四十八小时内'],
      wrong: ['7个工作日内'],
      cues: ['安装', '上门'],
      sentence: '办理后48小时内安排师傅上门安装',
      wrongSentence: '办理后7个工作日内安排师傅上门安装',
      asked: /(安装|装机|上门|装好).{0,8}(多久|几天|时间|什么时候|多长)|(多久|什么时候).{0,6}(安装|装)/u,
    },
    {
      key: 'install-fee',
      label: '安装费',
      expected: '免费',
      variants: ['不收费', '不收取安装费', '0元'],
      wrong: ['100元'],
      cues: ['安装费', '装机费'],
      sentence: '安装费免费，光猫也免费提供',
      wrongSentence: '安装费100元，光猫免费提供',
      asked: /安装费|装机费|(安装|上门).{0,6}(收费|要钱|费用|多少钱)/u,
    },
  ],
};

export const RETURN_COMPLAINT: Topic = {
  id: 'return-complaint',
  title: '网购退货投诉',
  raised: /退货|退款|退换|投诉|质量问题|坏的|坏了|破损|漏水|不能用|没人(处理|管|理)/u,
  requiresVerification: false,
  complaint: true,
  referencePrefix: 'TH',
  referenceLabel: '工单号',
  facts: [
    {
      key: 'return-window',
      label: '无理由退货期限',
      expected: '7天无理由退货',
      variants: ['七天无理由退货', '7天内无理由退货'],
      wrong: ['15天无理由退货'],
      cues: ['无理由', '签收'],
      sentence: '您的订单在签收后7天内，支持7天无理由退货。',
      wrongSentence: '您的订单在签收后15天内，支持15天无理由退货。',
      asked: /无理由|(几天|多少天|多久).{0,6}(内)?.{0,4}退|还能退吗/u,
    },
    {
      key: 'return-shipping',
      label: '退货运费',
      expected: '商家承担',
      variants: ['由商家承担', '我们承担', '不用您出'],
      wrong: ['您自行承担'],
      cues: ['运费', '邮费', '快递费'],
      sentence: '因为是商品质量问题，退货运费由商家承担。',
      wrongSentence: '退货运费需要您自行承担。',
      asked: /运费|邮费|快递费/u,
    },
    {
      key: 'refund-time',
      label: '退款到账时间',
      expected: '1到3个工作日',
      variants: ['1-3个工作日', '1至3个工作日', '一到三个工作日'],
      wrong: ['7个工作日'],
      cues: ['退款', '到账', '原路退回'],
      sentence: '商家收到退货后，退款会在1到3个工作日内原路退回。',
      wrongSentence: '商家收到退货后，退款会在7个工作日内原路退回。',
      asked: /退款.{0,8}(多久|几天|什么时候|到账|多长)|(多久|几天|什么时候).{0,6}(退款|到账|退回)/u,
    },
  ],
};

export const TOPICS: readonly Topic[] = [CARD_LOSS, BROADBAND, RETURN_COMPLAINT];

export function topicById(id: TopicId): Topic {
  return TOPICS.find((t) => t.id === id)!;
}

/** Every fact of every topic, by key (keys are unique across topics). */
export function factByKey(key: string): KbFact | undefined {
  for (const topic of TOPICS) {
    const fact = topic.facts.find((f) => f.key === key);
    if (fact) return fact;
  }
  return undefined;
}
