/**
 * What each zoo page's centre says. Every page has its own small storyline so that a scenario can
 * wait for something specific; the answers are given in order, one per customer line, which is
 * all a scripted test conversation needs (the scenarios say their lines in that order).
 */
import type { ZooPageId } from './types.js';

export interface HumanAgentScript {
  name: string;
  /** 工号, quoted in the greeting (the harness's agent-id check reads it). */
  staffNo: string;
  /** The human agent's first message. */
  greeting: string;
  /** One entry per customer line, in order; an entry with several strings is sent as several bubbles. */
  answers: string[][];
  /** Sent on 再见 / 谢谢 before the chat closes. */
  closing: string;
}

export interface BotScript {
  greeting: string;
  /** Automated answers to lines before the hand-off, in order (the last one repeats). */
  answers: string[];
}

export interface ConversationScript {
  /** Present: an automated assistant greets first and 转人工 hands over to the human. */
  bot?: BotScript;
  agent: HumanAgentScript;
  /** The agent's typing indicator shows before each human message. */
  typing: boolean;
  /** Agent (and bot) bubbles stream in token by token. */
  stream: boolean;
}

export const HANDOFF_NOTICE = '正在为您转接人工客服，请稍候…';
export const CLOSED_NOTICE = '本次会话已结束，感谢您的咨询。';

const LAUNCHER_BOT: BotScript = {
  greeting: '您好，我是智能助手小七，请问有什么可以帮您？如需人工服务，请输入“转人工”。',
  answers: ['为您找到以下答案：签收后7天内可申请无理由退货，退款将原路退回。如仍需帮助，请输入“转人工”。'],
};
const LAUNCHER_AGENT: HumanAgentScript = {
  name: '小李',
  staffNo: '8023',
  greeting: '您好，我是人工客服小李，工号8023，很高兴为您服务，请问有什么可以帮您？',
  answers: [
    ['非常抱歉给您带来不便。我这边查到您的退货申请已经通过，快递员明天上午会上门取件。'],
    ['退款会在我们收到退货后1到3个工作日内原路退回，运费由商家承担。'],
    ['好的，还有其他可以帮您的吗？'],
  ],
  closing: '不客气，感谢您的耐心，稍后请为本次服务评价，祝您生活愉快，再见！',
};

export const CONVERSATION_SCRIPTS: Record<ZooPageId, ConversationScript> = {
  plain: {
    agent: {
      name: '小王',
      staffNo: '1023',
      greeting: '您好，我是在线客服小王，工号1023，请问有什么可以帮您？',
      answers: [
        ['请您提供一下订单号，我帮您查询物流信息。'],
        ['查询到您的包裹已到达本市分拣中心，预计明天送达。'],
        ['不客气，还有其他问题吗？'],
      ],
      closing: '感谢您的咨询，祝您生活愉快，再见！',
    },
    typing: false,
    stream: false,
  },
  iframe: {
    agent: {
      name: '小陈',
      staffNo: '2047',
      greeting: '您好，宽带客服小陈为您服务，工号2047。请问办理什么业务？',
      answers: [
        ['我们目前有300M和1000M两档宽带，300M每月99元，1000M每月169元。'],
        ['办理需要提供装机地址和联系电话，师傅会在48小时内上门安装。'],
        ['好的，已为您登记，工单号为BB20240612。'],
      ],
      closing: '感谢您的来访，再见！',
    },
    typing: true,
    stream: false,
  },
  'vendor-launcher': { bot: LAUNCHER_BOT, agent: LAUNCHER_AGENT, typing: true, stream: false },
  'closed-shadow': { bot: LAUNCHER_BOT, agent: LAUNCHER_AGENT, typing: true, stream: false },
  'nested-iframes': {
    agent: {
      name: '小赵',
      staffNo: '3310',
      greeting: '您好，我是信用卡中心在线客服小赵，工号3310，请问有什么可以帮您？',
      answers: [
        ['为了保障您的账户安全，请提供持卡人姓名和身份证后四位。'],
        ['核实成功，您的卡片已临时挂失，补卡工本费为免费，新卡7个工作日内寄出。'],
        ['不客气，请问还有其他需要吗？'],
      ],
      closing: '感谢您的来电咨询，祝您生活愉快，再见！',
    },
    typing: false,
    stream: false,
  },
  contenteditable: {
    agent: {
      name: '小孙',
      staffNo: '4102',
      greeting: '您好，这里是美家家居客服小孙，工号4102，很高兴为您服务。',
      answers: [
        ['这款沙发目前有现货，下单后3天内发货。'],
        ['支持送货上门和免费安装，偏远地区需另付运费。'],
        ['好的，还有什么可以帮您？'],
      ],
      closing: '感谢您的咨询，再见！',
    },
    typing: false,
    stream: false,
  },
  'prechat-form': {
    agent: {
      name: '小周',
      staffNo: '6021',
      greeting: '您好，我是在线客服小周，工号6021，已收到您的问题，马上为您处理。',
      answers: [
        ['您的保单目前处于有效状态，下一次缴费日期是7月15日。'],
        ['可以的，您在App的“我的保单”里就能修改缴费银行卡。'],
        ['不客气，请问还有其他问题吗？'],
      ],
      closing: '感谢您的咨询，祝您生活愉快，再见！',
    },
    typing: true,
    stream: false,
  },
  'bot-handoff': {
    bot: {
      greeting: '您好，我是智齿机器人小智，请简单描述您的问题。人工服务请回复“转人工”。',
      answers: ['您可以在“我的-账单”中查看本月话费明细。如需人工服务，请回复“转人工”。'],
    },
    agent: {
      name: '小刘',
      staffNo: '5066',
      greeting: '您好，人工客服小刘很高兴为您服务，工号5066，请问有什么可以帮您？',
      answers: [
        ['我帮您查询一下，您本月多出的18元是流量超出套餐产生的费用。'],
        ['可以为您办理10元20G的流量加油包，下个月起生效。'],
        ['好的，已为您办理成功。'],
      ],
      closing: '不客气，感谢您的耐心等待，再见！',
    },
    typing: true,
    stream: false,
  },
  virtualised: {
    agent: {
      name: '小吴',
      staffNo: '7001',
      greeting: '您好，我是旅行顾问小吴，工号7001，请问您想去哪里？',
      answers: [
        ['三亚五日游目前有两个团期。', '6月20日出发的团还剩4个名额。', '7月1日出发的团名额充足。'],
        ['团费每人3980元，含往返机票和酒店。', '儿童价为2580元，不占床。'],
        ['已为您预留6月20日的两个名额。', '请在24小时内完成付款。'],
      ],
      closing: '感谢您的咨询，祝您旅途愉快，再见！',
    },
    typing: false,
    stream: false,
  },
  streamed: {
    agent: {
      name: '小郑',
      staffNo: '9012',
      greeting: '您好，我是在线客服小郑，工号9012，请问有什么可以帮您？',
      answers: [
        ['您好，会员年费为每年198元，开通后立即生效，可享受全场9折优惠和免费配送。'],
        ['取消自动续费可以在“设置-会员管理”中关闭，关闭后当前会员期不受影响。'],
        ['好的，还有其他问题我可以帮您解答吗？'],
      ],
      closing: '感谢您的咨询，祝您生活愉快，再见！',
    },
    typing: false,
    stream: true,
  },
  'split-spans': {
    agent: {
      name: '小何',
      staffNo: '2208',
      greeting: '您好，欢迎咨询，我是客服小何，工号2208，请问有什么可以帮您？',
      answers: [
        ['您的快递单号是SF1234567890，目前正在派送中，预计今天下午送达。'],
        ['如果不方便收件，可以联系快递员改约时间，或者放到附近的驿站。'],
        ['好的，还有其他可以帮您的吗？'],
      ],
      closing: '感谢您的咨询，祝您生活愉快，再见！',
    },
    typing: true,
    stream: false,
  },
  'popup-window': {
    bot: {
      greeting: '您好，我是美睿电器智能机器人小美，请问有什么可以帮您？如需人工服务，请输入“转人工”。',
      answers: ['为您找到以下答案：空调不制冷多为滤网堵塞，建议先清洗滤网后再试。如仍未解决，请输入“转人工”。'],
    },
    agent: {
      name: '小林',
      staffNo: '6688',
      greeting: '您好，我是售后客服小林，工号6688，很高兴为您服务。',
      answers: [
        ['非常抱歉给您添麻烦了。您的空调在保修期内，我这边为您登记免费上门检修。'],
        ['师傅会在24小时内电话联系您预约上门时间，工单号WX20261205。'],
        ['好的，还有其他可以帮您的吗？'],
      ],
      closing: '不客气，祝您生活愉快，再见！',
    },
    typing: true,
    stream: false,
  },
};
