/**
 * Round 18: self-introductions whose shape the older constructions (self-introduction.ts) do not take, found on unseen
 * authors' sets across trades [S22 服务人员识别信息 — the person's id or name]:
 *   - a staff number + 号 + any title + the offer (D443号导诊为您服务 / 2518号专席为您服务): the offer says whose the number
 *     is, so the title needs no role head (a desk's seat, 专席, a clinic's guide, 导诊);
 *   - a framed full name ended by a pause in speech or a filler, the role said after it or not at all (我是X 那个… /
 *     我这边是X 客服组的): a surname + given name said as 我是 + name is the agent's name (agentNamePatterns take it where
 *     the clause ends; in speech the pause ends it as a comma does);
 *   - a framed working name 阿/小 + Latin letters ended by the change of script (我是阿Kim 今天为您服务);
 *   - the role held for the customer opening the clause + a full name (您的专属客服X，…), the framed 您的专属… without 我是;
 *   - a unit's member named before the role, 的 + full name + role (我是今天值班的X服务专员).
 * Read exactly, never by sound, as the other constructions are.
 */
import { clauseTextOf, type ClauseText, type PatternSpan } from '../text/patterns.js';
import type { TextView } from '../text/view.js';
import { APPOSITION_END } from './self-introduction.js';
import { FULL_NAME, GIVEN_ALONE, NAME_END, NOT_A_NAME, ROLE_HEAD } from './name-shapes.js';
import { pauseInside } from './staff-number.js';
import { introductionFrame } from './self-introduction-frames.js';
export { customerServiceNoun } from './self-introduction-frames.js';

/** Staff code (≥ 3 digits, or letters + digits; not a service line's number [S28]) + 号 + a title of up to four characters + the offer. */
const NUMBER_TITLE_OFFER =
  /(?<![0-9a-z])(?!(?:400|800)\d{7}|95\d{3,}|1[0-2]\d{3}(?!\d)|96\d{3}(?!\d))(?:[a-z]{0,2}\d{3,}|[a-z]{1,2}\d{2,})号(?:(?![您你的在有])\p{Script=Han}){1,4}?(?:很高兴|竭诚)?(?:为您|为你)服务/u;
/** Frame + a full name, or 阿/小 + a Latin working name (its end is the change of script). */
let framed: RegExp[] | null = null;
/** A filler after the name, itself ending at a pause, the clause or the next words (我是X 那个 今天…). */
const FILLER_AFTER = /^(?:那个|这个|就是|呃|嗯|额)/u;
/** Words that start with a surname and follow 我是 or 的 as no name (我是周末值班的 / 的高级顾问 / 的金牌管家); the surname is the only evidence here. */
const NOT_NAME_WORD = /^(?:高级|金牌|黄金|白金|周末|高兴|方便|万一|文件|常规|金额|程序|于是|何时|任何|江湖|钱包|龙头|严格|温馨)/u;

function framedName(view: TextView): PatternSpan | null {
  if (!view.norm.includes('是') && !view.norm.includes('叫')) return null;
  framed ??= [
    new RegExp(`(?:我是|我这边是|这边是|我叫)${NOT_A_NAME}(?<name>${FULL_NAME.replaceAll('{1,2}', '{1,2}?')})`, 'dgu'),
    new RegExp(`(?:我是|我这边是|这边是|我叫)${NOT_A_NAME}(?<name>${FULL_NAME})`, 'dgu'),
    new RegExp(`(?:我是|我叫)(?<name>[小阿][a-z]{2,})(?![a-z])`, 'dgu'),
    new RegExp(`(?:我是|我这边是|这边是)(?!您的|你的)[^|]{1,10}?的${NOT_A_NAME}(?<name>${FULL_NAME})(?:(?!的)[^|]){0,4}?${ROLE_HEAD}${APPOSITION_END}`, 'dgu'),
  ];
  const ct = clauseTextOf(view);
  for (let r = 0; r < framed.length; r++) {
    const re = framed[r]!;
    re.lastIndex = 0;
    for (let m = re.exec(ct.text); m; m = re.exec(ct.text)) {
      const [from, end] = m.indices!.groups!['name']!;
      const spanEnd = r === 3 ? m.index + m[0].length : end;
      if (NOT_NAME_WORD.test(ct.text.slice(from))) continue;
      const after = ct.text.slice(end);
      const filler = FILLER_AFTER.exec(after)?.[0].length ?? 0;
      const ends =
        r >= 2 || // the change of script ends a Latin name; the role after the member's name ends it
        pauseInside(view, ct, end) ||
        titleEnds(view, ct, from, end) ||
        (filler > 0 && (end + filler === ct.text.length || ct.text[end + filler] === '|' || pauseInside(view, ct, end + filler)));
      if (ends) return spanOf(view, ct, m.index, spanEnd);
      re.lastIndex = m.index + 1;
    }
  }
  return null;
}

/**
 * Round 25: the courtesy title 老师 said after the full name, in place of a role (我是X老师，在…工作): the title ends the name as
 * a pause does, when the clause or the turn to the customer follows it — 我是X and 我是X老师 name the same person. Not a
 * subject or a school level that starts like a surname (韩语 / 武术 / 高中 / 文科 / 任课 + 老师 name a post, no one).
 */
const TITLE_THEN_END = /^老师(?:$|\||您|你|请|很高兴|为您|为你|给您|呃|嗯|额|那个|就是)/u;
const SUBJECT_END = /[语术课科中径笔]$/u;
function titleEnds(view: TextView, ct: ClauseText, from: number, end: number): boolean {
  if (!ct.text.startsWith('老师', end) || SUBJECT_END.test(ct.text.slice(from, end))) return false;
  return TITLE_THEN_END.test(ct.text.slice(end)) || pauseInside(view, ct, end + 2);
}

/**
 * 您的/你的 (+ 专属/专职) + a role + a full name, opening its clause (您的专属客服X，请…): the role the agent holds for the customer; not a
 * bot's (您的智能客服X). The name ends as a framed name does (NAME_END), or — round 24, spaces for punctuation — at a pause in speech,
 * or at a filler then a pause (您的对接客服X 那个 请问…: the call's comma lost).
 */
let held: RegExp[] | null = null;
const HELD_NAME_END = new RegExp(`^${NAME_END.slice(3, -1)}`, 'u');
function heldRoleName(view: TextView): PatternSpan | null {
  if (!view.norm.includes('的')) return null;
  held ??= [FULL_NAME.replaceAll('{1,2}', '{1,2}?'), FULL_NAME].map(
    (name) => new RegExp(`(?:您的|你的)(?:专属|专职)?(?![^|]{0,4}?(?:智能|机器人|虚拟|ai|自助))(?:(?!的)[^|]){0,4}?${ROLE_HEAD}${NOT_A_NAME}(?<name>${name})`, 'dgu'),
  );
  const ct = clauseTextOf(view);
  for (const re of held) {
    re.lastIndex = 0;
    for (let m = re.exec(ct.text); m; m = re.exec(ct.text)) {
      const [from, end] = m.indices!.groups!['name']!;
      const after = ct.text.slice(end);
      const filler = FILLER_AFTER.exec(after)?.[0].length ?? 0;
      // opening its clause (or after a pause in speech), the name no word that starts with a surname (周末 …)
      const opens = m.index === 0 || ct.text[m.index - 1] === '|' || pauseInside(view, ct, m.index);
      const ends = HELD_NAME_END.test(after) || pauseInside(view, ct, end) || (filler > 0 && (end + filler === ct.text.length || ct.text[end + filler] === '|' || pauseInside(view, ct, end + filler)));
      if (opens && ends && !NOT_NAME_WORD.test(ct.text.slice(from))) return spanOf(view, ct, m.index, end);
      re.lastIndex = m.index + 1;
    }
  }
  return null;
}

/**
 * Round 19: a given name alone (no listed surname) bound by what the agent does with it [S22 服务人员识别信息]:
 *   - a role + two characters + the offer to take the customer on (客服X为您服务 / 接线员X接待您 / 本人顾问X，由我来跟进):
 *     the offer says the word before it is the one serving, so the name needs no surname (思远 / 可欣 are no 百家姓 word);
 *     由我 after a clause break names the speaker as the one taking the matter;
 *   - 本人 (the formal "I") + a role + a name: 本人 only ever names the speaker, as 我是 does;
 *   - 我是 + two characters + a pause + the role in apposition (我是X，客服主管 / 我是X 服务专员): the pause bounds the name.
 * Read exactly, never by sound; not 小组 / 接待 (a desk, a role) in the name slot.
 */
/** Two characters before the offer: no particle, pronoun or service adverb (客服可以为您服务 / 客服随时为您服务 name no one), no desk or role word. */
const OFFER_GIVEN =
  '(?!小组|接待|团队|可以|能够|马上|随时|一直|继续|正在|专门|乐意|全力|竭诚|热情|真诚|诚挚|耐心|热线|人员|中心|部门)(?![的了吗呢啊呀吧哈哦嘛请为很在您你是有来给将会帮这那我们咱就也都还先再要正已])\\p{Script=Han}(?![的了吗呢啊呀吧哈哦嘛为将会来])\\p{Script=Han}';
const GIVEN_OFFERED = new RegExp(
  `${ROLE_HEAD}${NOT_A_NAME}(?:${FULL_NAME}|${OFFER_GIVEN})(?:(?:很高兴|竭诚)?(?:为您|为你)服务|接待(?:您|你)|\\|?由我(?:来)?(?:跟进|负责|处理|接待|为您|为你))`,
  'u',
);
const FORMAL_SELF = new RegExp(`本人(?!是)[^|]{0,6}?${ROLE_HEAD}${NOT_A_NAME}(?:${FULL_NAME}|${GIVEN_ALONE})(?=$|\\||由我|为您|为你)`, 'u');
// (not a verb of thinking or planning after 我是 — 我是觉得，顾问… / 我是打算，…: the speaker's view, no name; nor a role
// word in the name slot — 我是客服，维修员… is two roles, no name)
const GIVEN_THEN_ROLE = new RegExp(`(?:我是|我叫)(?!觉得|认为|希望|担心|以为|感觉|打算|准备|建议|因为|所以|真的|确实)${NOT_A_NAME}(?!${ROLE_HEAD})(?<name>${GIVEN_ALONE})\\|?(?:(?!的)[^|]){0,4}?${ROLE_HEAD}`, 'du');
function givenNameBound(view: TextView): PatternSpan | null {
  const n = view.norm;
  const offered = n.includes('服务') || n.includes('接待') || n.includes('由我') || n.includes('本人');
  if (!offered && !n.includes('我是') && !n.includes('我叫')) return null;
  const ct = clauseTextOf(view);
  const m = offered ? (GIVEN_OFFERED.exec(ct.text) ?? FORMAL_SELF.exec(ct.text)) : null;
  if (m) return spanOf(view, ct, m.index, m.index + m[0].length);
  const g = GIVEN_THEN_ROLE.exec(ct.text);
  if (!g) return null;
  const end = g.indices!.groups!['name']![1];
  // the pause after the name (a comma, or a space in speech) is what makes the role its apposition
  if (ct.text[end] !== '|' && !pauseInside(view, ct, end)) return null;
  return spanOf(view, ct, g.index, g.index + g[0].length);
}

/** A match in the clause text [from, to) as a span of view.norm, read exactly (the clause's end is the line's). */
function spanOf(view: TextView, ct: ClauseText, from: number, to: number): PatternSpan {
  return { start: ct.normAt[from]!, end: ct.normAt[to] ?? view.norm.length, bySound: false };
}

/**
 * Round 23: 我是/我叫 + a role of up to four characters + a working nickname 小X / 老X / 阿X (我是调度小X / 我是前台阿X /
 * 我叫老K): the nickname is two characters exactly (or 小/老/阿 + Latin letters, ended by the change of script), so where
 * it ends is known without a pause — in an unpunctuated call the next clause may follow at once (…小X您请讲 / …阿X有问题
 * 问我 / …小X负责…). Not 老师 / 小区 / 小时 / 阿姨 … (the second character makes a word), and not a word run on after it.
 * Round 25: the courtesy title 老师 after the nickname (我是教务小X老师 — schools' and studios' staff are all 老师) ends it as
 * the clause would, and so does a spoken filler after that title; a numeral's digit (小七 read 小7) is the nickname's.
 */
const ROLE_NICKNAME = /(?:我是|我叫)(?:(?![的是在])\p{Script=Han}){0,4}?[小老阿](?:(?!姐|时|额|程|区|号|票|伙|孩|朋友|部分|心|师|板|公|婆|家|乡|百姓|人|年|是|在|规|样|实|大|头|话|说|早|有|字|子|弟|妹|哥|爷|奶|姨|伯|叔|舅|朋|学|班|儿|组|吃|题|型|事|半|几|本|两|一|二|三)\p{Script=Han}(?:老师)?(?=$|\||您|你|请|有(?!点|些|没)|负责|是|很高兴|为您|为你|给您|在线|专门|(?<=老师)(?:呃|嗯|额|那个|就是))|[1-9](?![\d.:%号点个])|[a-z]{1,8}(?![a-z]))/u;
function roleNickname(view: TextView): PatternSpan | null {
  const n = view.norm;
  if (!n.includes('我是') && !n.includes('我叫')) return null;
  const ct = clauseTextOf(view);
  const m = ROLE_NICKNAME.exec(ct.text);
  return m ? spanOf(view, ct, m.index, m.index + m[0].length) : null;
}

/** The first round-18 introduction form in the line, as a span of view.norm, or null. */
export function introductionForm(view: TextView): PatternSpan | null {
  if (view.norm.includes('号') && view.norm.includes('服务')) {
    // on the clause text: the title does not run across a clause break
    const ct = clauseTextOf(view);
    const n = NUMBER_TITLE_OFFER.exec(ct.text);
    if (n) return spanOf(view, ct, n.index, n.index + n[0].length);
  }
  return framedName(view) ?? heldRoleName(view) ?? givenNameBound(view) ?? roleNickname(view) ?? introductionFrame(view); // (round 24: self-introduction-frames.ts)
}
