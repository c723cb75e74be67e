/**
 * Reading the customer: keyword/intent matching on normalised text. Customers (and the harness's
 * personas) write full-width digits, stray spaces and varied wording, so everything is folded
 * first (NFKC, lower case, no spaces) and the patterns stay loose.
 */
import { TOPICS, type KbFact, type Topic, type TopicId } from '../knowledge-base.js';

/** Full-width → half-width (NFKC), lower case, spaces removed; Chinese numerals left as they are. */
export function normaliseCustomerText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

const GREETING = /^(你好|您好|在吗|在不在|hello|hi|哈喽|喂)[啊呀吗呢!?,.。，！？~]*$/u;
const GOODBYE = /再见|拜拜|bye|没有(其他|别的|其它)?(问题|事)了?|没别的|就这些|没有了|不用了/u;
const THANKS = /谢谢|感谢|多谢|thank/u;
const CHINESE_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Digit runs in the text, reading 一二三… digit by digit (how people dictate numbers). */
export function digitRuns(text: string): string[] {
  const folded = normaliseCustomerText(text).replace(/[零〇一幺二两三四五六七八九]/gu, (c) => CHINESE_DIGITS[c] ?? c);
  return folded.match(/\d+/gu) ?? [];
}

export interface CustomerReading {
  /** Normalised text the patterns ran on. */
  text: string;
  greetingOnly: boolean;
  goodbye: boolean;
  thanks: boolean;
  /** Topics the text raises, strongest first. */
  topics: TopicId[];
  /** Facts of `topic` the customer asks about. */
  askedFacts: KbFact[];
  /** Identity details: 身份证后四位 (4 digits) and/or a mobile number (11 digits starting with 1). */
  idLast4?: string;
  phone?: string;
  /** An order number (8 or more digits that are not a phone number). */
  orderNumber?: string;
  /** The customer says yes / wants to go ahead (补卡, 办理 …). */
  agrees: boolean;
  /** The customer names a broadband plan to sign up for. */
  chosenPlan?: '300M' | '1000M';
  /** Something that reads like an address (for the coverage check). */
  address: boolean;
}

export function readCustomer(raw: string, topic: Topic | null): CustomerReading {
  const text = normaliseCustomerText(raw);
  const runs = digitRuns(raw);
  const phone = runs.find((r) => /^1[3-9]\d{9}$/u.test(r));
  const idLast4 = runs.find((r) => r.length === 4 || /^\d{3}x$/iu.test(r)) ?? text.match(/\d{3}x/iu)?.[0];
  const orderNumber = runs.find((r) => r.length >= 8 && r !== phone);
  const topics = TOPICS.filter((t) => t.raised.test(text)).map((t) => t.id);
  if (topic && topics.includes(topic.id)) topics.splice(topics.indexOf(topic.id), 1), topics.unshift(topic.id);
  const factTopic = topic ?? TOPICS.find((t) => t.id === topics[0]) ?? null;
  const plan = /1000|千兆/u.test(text) ? '1000M' : /300/u.test(text) ? '300M' : undefined;
  const choosing = /(办|要|选|订|开通|就).{0,6}(1000|300|千兆)|(1000|300|千兆).{0,8}(吧|就行|可以|办理|的那个)/u.test(text);
  return {
    text,
    greetingOnly: GREETING.test(text),
    goodbye: GOODBYE.test(text),
    thanks: THANKS.test(text),
    topics,
    askedFacts: factTopic ? factTopic.facts.filter((f) => f.asked.test(text)) : [],
    ...(idLast4 ? { idLast4 } : {}),
    ...(phone ? { phone } : {}),
    ...(orderNumber ? { orderNumber } : {}),
    agrees: /^(好|好的|嗯|是|对|需要|要|可以|行|麻烦)|需要补|补办|办理|帮我(补|办)|要补/u.test(text),
    ...(choosing && plan ? { chosenPlan: plan } : {}),
    address: /(省|市|区|县|路|街|道|小区|号楼|单元|村|镇|花园|家园|公寓|大厦)/u.test(text) && !/退货|订单/u.test(text),
  };
}
