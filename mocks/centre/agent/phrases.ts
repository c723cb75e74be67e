/**
 * The agent's stock phrases (standard 客服 wording), the 禁用语 list, and the curt rewrite used by
 * the `impolite` profile. Kept in one place so scorer authors can see exactly what is said.
 */
import type { AgentIdentity } from './types.js';

export const PHRASES = {
  greeting: (a: AgentIdentity) => `您好，很高兴为您服务，我是客服${a.name}，工号${a.id}，请问有什么可以帮您？`,
  /** `no-greeting`: introduces itself but never greets. */
  greetingWithoutHello: (a: AgentIdentity) => `我是客服${a.name}，工号${a.id}，请问有什么可以帮您？`,
  /** `no-agent-id`: greets without name or 工号. */
  greetingWithoutId: () => '您好，很高兴为您服务，请问有什么可以帮您？',
  helpOffer: '您好，请问有什么可以帮您？',
  holdNotice: '请您稍等，我帮您查询一下。',
  holdThanks: '感谢您的耐心等待，',
  anythingElse: '请问还有其他可以帮您的吗？',
  youAreWelcome: '不客气，这是我应该做的。',
  closing: (channel: 'webchat' | 'voice') =>
    `${channel === 'voice' ? '感谢您的来电' : '感谢您的咨询'}，祝您生活愉快，再见！`,
  survey: '稍后请您对我的服务进行评价，您的满意是我们最大的动力。',
  empathy: '非常抱歉给您带来不便，我非常理解您的心情，',
  unknown: '不好意思，我没有完全理解您的问题，请您换个说法再描述一下，或者我帮您转接专员处理？',
  askIdentity: '为了保障您的账户安全，需要先核实一下您的身份，请提供持卡人身份证后四位和预留手机号。',
  askIdentityAgain: '抱歉，信息还不完整，请您提供持卡人身份证后四位和预留手机号，以便核实身份。',
  identityOk: '身份核实通过。',
  askOrder: '请您提供一下订单号，我马上帮您查询处理。',
  askOrderAgain: '麻烦您再提供一下订单号（订单详情页可以看到），我好帮您查询。',
  askAddress: '请问您的安装地址是哪里？我帮您查询一下是否已覆盖。',
  askPlan: '请问您想办理哪一款套餐呢？',
  askReplacement: '请问需要为您补办新卡吗？',
  idleEnd: '由于您长时间未回复，本次会话已自动结束。如有需要，欢迎再次咨询。',
} as const;

/**
 * 禁用语: wording a service standard forbids (推诿、否定、指责). The `forbidden-words` profile uses
 * sentences containing them; scorers may import this list from tests to cross-check theirs.
 */
export const FORBIDDEN_WORDS = [
  '不知道',
  '不清楚',
  '这个不归我管',
  '不归我管',
  '你自己去看',
  '您自己去看',
  '没办法',
  '我也没办法',
  '你问别人',
  '这是规定',
  '我已经说过了',
  '听不懂吗',
  '不是跟你说了吗',
  '急什么',
] as const;

/** Sentences the `forbidden-words` profile opens its first substantive reply with. */
export const FORBIDDEN_SENTENCES = [
  '具体原因我也不知道，您自己去看APP上的说明吧。',
  '这个不归我管，我只能按流程给您登记。',
  '系统就是这么规定的，我也没办法。',
] as const;

export function forbiddenWordsIn(text: string): string[] {
  // Longest first so that "我也没办法" is reported rather than its part "没办法" as well.
  const found: string[] = [];
  for (const word of [...FORBIDDEN_WORDS].sort((a, b) => b.length - a.length)) {
    if (text.includes(word) && !found.some((f) => f.includes(word))) found.push(word);
  }
  return found;
}

/** Stock phrases and their curt forms, applied before the generic rewrite. */
const CURT_REPLACEMENTS: ReadonlyArray<readonly [string | RegExp, string]> = [
  ['您好，很高兴为您服务，', '你好，'],
  ['请问有什么可以帮您？', '什么事？'],
  ['请问还有其他可以帮您的吗？', '还有别的事吗？'],
  ['不客气，这是我应该做的。', '嗯。'],
  ['请您稍等，我帮您查询一下。', '稍等，我查一下。'],
  ['感谢您的耐心等待，', '让你久等了，'],
  ['非常抱歉给您带来不便，我非常理解您的心情，', '抱歉给你添麻烦了，'],
  [/感谢您的(咨询|来电)，祝您生活愉快，再见！/u, '就这样，再见。'],
  ['稍后请您对我的服务进行评价，您的满意是我们最大的动力。', '待会儿给我的服务打个分。'],
  ['不好意思，', ''],
  ['麻烦您', ''],
  [/请问/gu, ''],
  [/(?<!申)请您?/gu, ''],
  [/谢谢|感谢/gu, ''],
  [/您/gu, '你'],
];

/** The `impolite` rewrite: no 您/请/谢谢, no softeners; the content stays the same. */
export function curtify(text: string): string {
  let out = text;
  for (const [from, to] of CURT_REPLACEMENTS) out = typeof from === 'string' ? out.split(from).join(to) : out.replace(from, to);
  return out.replace(/^[，,]/u, '');
}
