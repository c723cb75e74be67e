/**
 * verification: where the agent checked identity (norms.ts reads what came before it). Moved out of norms.ts in round 15.
 */
import { findVocab, vocabHits, type CompiledRubric, type PreparedTurn } from '../context.js';
import type { PhraseMatch } from '../text/fuzzy.js';
import { heardRegExp, heardText } from '../text/patterns.js';

/**
 * Where the agent checked identity: its first explicit check (name + 后四位, 验证码, 核实身份), or an earlier ask
 * that only named the account (a `verificationLookup` key: the full ID number, the registered phone number) when
 * the agent treated that key as the check — said it checks, or confirmed the match (信息一致 / 对上了). Once the
 * agent has confirmed a match, the holder is checked: a later explicit ask (or a mere mention of the reserved
 * number) does not move the check after what the agent disclosed in between. A key requested plainly only
 * locates the record.
 *
 * Round 15: an ask for the holder's name alone (学员姓名 / 办卡人的姓名), unframed, is the check only while no stronger
 * one follows; when the agent later asks what only the holder knows — a tail, a code, an ID, a birthday — or says it
 * checks identity, the agent itself shows the name only found the record, and that later ask is the verification point.
 */
export function verificationPoint(c: CompiledRubric, turns: readonly PreparedTurn[], required: readonly { patterns: readonly string[] }[] = []): { t: PreparedTurn; m: PhraseMatch } | undefined {
  let first: { t: PreparedTurn; m: PhraseMatch } | undefined;
  let nameAsk: { t: PreparedTurn; m: PhraseMatch } | undefined;
  for (let k = 0; k < turns.length; k++) {
    const t = turns[k]!;
    const hits = ownWords(t, vocabHits(c, 'verification', t));
    if (!hits.length) {
      // round 21: a datum of the customer's asked and the agent's own check of it said in the same turn (您报一下
      // 登记的邮箱，我核对一下 / 核实下，留的联系人叫什么？): the verb makes the ask a check, whatever the datum's name
      const own = !first && !nameAsk && DATUM_ASK.test(t.view.norm) && !THIRD_PARTY.test(t.view.norm) ? findVocab(c, 'verificationFrame', t) : null;
      if (own) return { t, m: own };
      continue;
    }
    const keys = [...vocabHits(c, 'verificationLookup', t), ...requiredSpans(t, required)];
    // (a hit that asks more than its key — a tail, a code or the holder's name beside it: 说一下入住人姓名和手机尾号 /
    // 注册的手机号和会员姓名 — is the explicit check, though it holds a key)
    const explicit = hits.find((h) => !keys.some((key) => key.start < h.end && h.start < key.end) || asksBeyondKeys(t, h, keys));
    const next = turns[k + 1];
    if (explicit) {
      if (first) return first;
      // (a name asked with a key — 户主姓名和身份证号码 — asks more than a name)
      if (keys.length || !nameOnly(t, hits) || framed(c, t, next)) return { t, m: hits[0]! };
      nameAsk ??= { t, m: hits[0]! };
      continue;
    }
    // a key alone is the check only when the agent treats it as one: says it checks (我核对一下) in the ask, or
    // confirms the match in its next turn (对上了 / 核对无误); requested plainly it only locates the record
    if (!first && !nameAsk && framed(c, t, next)) first = { t, m: hits[0]! };
  }
  return first ?? nameAsk;
}

/**
 * round 26 (reading): a match by sound that starts on the second syllable of a two-character word — 户 of 账户 / 客户 / 用户 /
 * 开户 — reads that word and the next one (账户明细 is no 户名 misheard), not the phrase it sounds like (as disclosure.ts
 * WORD_TAIL reads 可以 / 统一).
 */
const WORD_TAIL = /^[账客用开住商]户$/u;
function ownWords<T extends { start: number; level?: string }>(t: PreparedTurn, hits: T[]): T[] {
  if (!hits.some((h) => h.level === 'homophone' && h.start > 0)) return hits;
  return hits.filter((h) => h.level !== 'homophone' || h.start === 0 || !WORD_TAIL.test(t.view.norm.slice(h.start - 1, h.start + 1)));
}

/** The agent says it checks in the turn, or in the next one (a module function, not a closure per turn: round 24, speed). */
function framed(c: CompiledRubric, t: PreparedTurn, next: PreparedTurn | undefined): boolean {
  return findVocab(c, 'verificationFrame', t) !== null || (next !== undefined && findVocab(c, 'verificationFrame', next) !== null);
}

/**
 * A datum of the customer's own asked for (报一下…邮箱 / 说下…全名 / 姓名说一下 / 联系人叫什么): the person's data, not a
 * record's number (订单号 / 单号 locate a record and check no one).
 */
const DATUM_ASK = /(?:报|说|提供|告诉|念|讲)(?:一)?下[^|]{0,10}?(?:姓名|名字|全名|邮箱|生日|出生|地址|证件|身份证|尾号)|(?:姓名|名字|全名|邮箱|地址|联系人|收货人|登记人|持有人)(?:的)?(?:叫什么|是什么|是多少|是哪)|(?:姓名|名字|全名|邮箱|生日|地址)(?:的)?[^|]{0,4}?(?:报|说|提供|告诉|念|讲)(?:一)?下/u;
/**
 * Someone else's data asked: a name owned by another person (教练的名字 / 司机的姓名 — an owner before 的 that is neither
 * the customer, a role in 人, nor data left with us: 您的 / 持卡人的 / 留的 / 登记的) or the other party named (对方).
 */
const THIRD_PARTY = /(?<![人您你留记册定填写时])的(?:姓名|名字|全名|邮箱|生日|地址)|对方|被投诉人/u;

/** What only the holder knows, inside an ask: a tail, a code sent to them, the holder's name. */
/** A tail or a code of the holder's: asked, it is the check whoever holds the name. */
const TAIL_OR_CODE = '尾号|后[四4六6]位|末[四4六6]位|验证码|动态码|校验码';
const HOLDER_ONLY_DATA = new RegExp(`${TAIL_OR_CODE}|姓名|名字|全名`, 'u');
/** A check's words beyond a name: a tail, a code, an ID, a birthday, a password, the holder's self, the verb of checking. */
const BEYOND_NAME = /尾号|后[四4六6]位|末[四4六6]位|前[三3四4]位|码|身份|证件|生日|出生|密码|口令|暗号|本人|核实|核对|核验|验证|校验|一致|相符|吻合|通过|无误|手机|电话|邮箱/u;

/** Every verification hit of the turn asks only for a name (学员姓名 / 报一下名字 / 办卡人叫什么). */
function nameOnly(t: PreparedTurn, hits: readonly { start: number; end: number }[]): boolean {
  const norm = t.view.norm;
  return hits.every((h) => !BEYOND_NAME.test(norm.slice(h.start, h.end)));
}

/** The hit, its lookup keys blanked out, still asks for what only the holder knows. */
function asksBeyondKeys(t: PreparedTurn, h: { start: number; end: number; level?: string }, keys: readonly { start: number; end: number }[]): boolean {
  const chars = [...t.view.norm.slice(h.start, h.end)];
  for (const k of keys) for (let i = Math.max(k.start, h.start); i < Math.min(k.end, h.end); i++) chars[i - h.start] = '|';
  const rest = chars.join('');
  // round 26 (reading): a hit matched by sound (手机号候四位: 候 heard for 后) is read by sound here too
  return HOLDER_ONLY_DATA.test(rest) || (h.level !== undefined && h.level !== 'exact' && HOLDER_ONLY_HEARD.test(heardText(rest)));
}
const HOLDER_ONLY_HEARD = heardRegExp(new RegExp(TAIL_OR_CODE, 'u'));

const requiredPatterns = new Map<string, RegExp>();
/**
 * round 22: where the turn asks for what the scenario lists as the case's own data to collect (requiredInfo: 收款银行卡
 * 后四位 / 儿童姓名 / 收件地址): the data the case needs, asked as a lookup key is — it finds and completes the case and
 * checks no one, unless the agent treats it as the check (says it checks, confirms the match) or asks more beside it.
 * Scenario patterns are compiled once per pattern text.
 */
function requiredSpans(t: PreparedTurn, required: readonly { patterns: readonly string[] }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const it of required) {
    for (const src of it.patterns) {
      let re = requiredPatterns.get(src);
      if (!re) requiredPatterns.set(src, (re = new RegExp(src, 'iu')));
      const m = re.exec(t.view.norm);
      if (m && m[0].length) out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
