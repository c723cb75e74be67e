/**
 * Personal data written in words: e-mail addresses, postal addresses and people's names. Names are
 * found conservatively — a known persona name, or a common surname right after a cue (我叫, 我是,
 * 姓名, 联系人, 收件人, …) or right before an honorific with a given name (张伟先生, 周晓梅女士) —
 * because masking service words would make evidence useless. A surname with an honorific alone
 * (王先生, 李女士) is not identifying and stays, unless it is the persona's name.
 */
import type { PiiSpan } from './types.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu;

export function findEmails(text: string): PiiSpan[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: 'email' as const, start: m.index, end: m.index + m[0].length }));
}

/** a***@example.com: the domain is kept (it tells a bank's address from a customer's). */
export function maskEmail(value: string): string {
  const at = value.indexOf('@');
  return `${value.slice(0, 1)}***${value.slice(at)}`;
}

const HAN = '\\u4e00-\\u9fff';
const NUM = '0-9０-９一二三四五六七八九十零〇';
const REGION = `(?:[${HAN}]{2,6}?(?:省|自治区))?(?:[${HAN}]{2,6}?市)?(?:[${HAN}]{1,6}?(?:区|县|旗))?`;
const STREET = `[${HAN}A-Za-z${NUM}]{1,12}?(?:路|街|大道|大街|巷|弄|胡同)(?:[${NUM}]+段)?`;
const NUMBER = `[${NUM}]+号(?:楼)?`;
const UNIT = `(?:[A-Za-z${NUM}]+(?:栋|幢|座|号楼|单元|楼|层|室))*`;
/** An address needs a street and a house number: a city or district alone is not personal. */
const ADDRESS = new RegExp(`${REGION}${STREET}${NUMBER}${UNIT}`, 'gu');
const REGION_PREFIX = new RegExp(`^${REGION}`, 'u');
/** Words that lead into an address and got swallowed by the (lazy but leftmost) region pattern. */
const LEAD_IN = /^.*(?:在|到|是|址|住|往|家|：|:)/u;

export function findAddresses(text: string): PiiSpan[] {
  if (!/[路街道巷弄同][^号]{0,8}号/u.test(text)) return [];
  const spans: PiiSpan[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    let start = m.index;
    let value = m[0];
    // trim a lead-in only before the first region or street marker, never inside a place name
    const marker = value.search(/[省市区县路街]/u);
    const lead = LEAD_IN.exec(value.slice(0, Math.max(0, marker)));
    if (lead) {
      start += lead[0].length;
      value = value.slice(lead[0].length);
    }
    spans.push({ kind: 'address', start, end: start + value.length });
  }
  return spans;
}

/** 北京市朝阳区****: the province, city and district stay (coarse, and useful for routing evidence). */
export function maskAddress(value: string): string {
  const region = REGION_PREFIX.exec(value)?.[0] ?? '';
  return `${region}****`;
}

const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'],
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '司徒', '夏侯'];

/** Characters that end a name: particles, pronouns, verbs and titles that follow one in speech. */
const NOT_GIVEN = new Set([...'的了啊呢吗吧呀哦嗯我你他她您在想要是和与先女小老师总经理姐哥说打来去就也都还已从给把被让到这那个来电话号码卡身证办请问好谢本人客服']);
const HAN_CHAR = /^[\u4e00-\u9fff]$/u;

function isGiven(ch: string | undefined): boolean {
  return ch !== undefined && HAN_CHAR.test(ch) && !NOT_GIVEN.has(ch);
}

/** Length of a full name (surname + 1–2 given characters) starting at `at`, or 0. */
function nameAt(text: string, at: number): number {
  const compound = COMPOUND_SURNAMES.some((s) => text.startsWith(s, at));
  const surname = compound ? 2 : SURNAMES.has(text[at] ?? '') ? 1 : 0;
  if (!surname) return 0;
  let given = 0;
  // 小 opens many given names (王小明) but 小姐 is a title
  while (given < 2 && (isGiven(text[at + surname + given]) || (text[at + surname + given] === '小' && text[at + surname + given + 1] !== '姐'))) given++;
  return given ? surname + given : 0;
}

// kin terms before 叫 (我爱人叫孙美玲) and 我姓张，张伟 (the full name right after the surname is given)
const CUE = /(?:我叫|名叫|叫做|[，,]叫|(?:爱人|妻子|丈夫|老公|老婆|女儿|儿子|父亲|母亲|爸爸|妈妈|孩子|家人|朋友|同事)叫|我姓[\u4e00-\u9fa5][，,、\s]*|名字[是叫]?|姓名[是为:：]?|持卡人[是:：]?|联系人[是:：]?|收件人[是:：]?|收货人[是:：]?|本人是|我是)\s?/gu;
const HONORIFIC = /先生|女士|小姐/gu;

/** Any cue or honorific at all: most turns have none, and then only persona names are looked for. */
export const ANY_CUE = /叫|我姓|名字|姓名|持卡人|联系人|收件人|收货人|本人是|我是|先生|女士|小姐/u;

export function findNames(text: string, personaNames: readonly string[] = []): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const cued = ANY_CUE.test(text);
  for (const name of personaNames) {
    if (name.length < 2) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) spans.push({ kind: 'name', start: at, end: at + name.length });
  }
  if (!cued) return spans;
  for (const m of text.matchAll(CUE)) {
    const at = m.index + m[0].length;
    const len = nameAt(text, at);
    if (len) spans.push({ kind: 'name', start: at, end: at + len });
  }
  for (const m of text.matchAll(HONORIFIC)) {
    // 周晓梅女士 before 晓梅女士: the longer name whose first character is a surname
    for (const len of [3, 2]) {
      const at = m.index - len;
      if (at >= 0 && nameAt(text, at) === len) {
        spans.push({ kind: 'name', start: at, end: m.index });
        break;
      }
    }
  }
  return spans;
}

/** 张*, 李**: the surname stays, so an assessor can still tell the customer from the agent. */
export function maskName(value: string): string {
  return value.slice(0, 1) + '*'.repeat(value.length - 1);
}
