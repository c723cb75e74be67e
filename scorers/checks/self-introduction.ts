/**
 * The agent's self-introduction by CONSTRUCTION, not by word lists [S22 服务人员识别信息 — the person's id or name;
 * S19 自我介绍"您好，我是…"]: whatever the trade calls its staff, an introduction is
 *   - an introducing frame (我是 / 我叫 / 这里是 / 这边是) + modifiers (今天的 / 在线 / 热线 / 您的专属 …) + a ROLE
 *     NOUN + a name or a staff code, where the name ends the clause or leads into the offer (为您服务 / 请讲 / 您说);
 *   - a role noun + a staff code, frame or not (坐席员K17在线为您服务 / 专员4830为您服务).
 * The role noun is an open class recognised by its head (…员 / …专员 / 顾问 / 客服 / 坐席 / 座席 / 代表 / 管家 / 经理 /
 * 助理 / 工程师 / 师傅 / 技师 / the professions' …师 — 律师, 咨询师, 药师 — and 售后 as staff call themselves): 热线座席员,
 * 售后服务专员, 在线顾问, 值班律师 all end in one, so a trade's own title needs no entry;
 *   - a staff number + 号 + a role noun (81100号咨询员为您服务), the role ending the clause or leading into the offer.
 * A name is name-shaped: a common surname + one or two characters, 小X / 老X / 阿X, a doubled nickname (乐乐), a compound
 * surname, a working name in Latin letters. A role with nothing name-shaped after it (我是热线客服，请问…) names no one;
 * a number shaped like a service line by the numbering plan [S28: 400/800 + 7 digits, 95 + 3 or more, the 5-digit
 * 10xxx–12xxx specials, the local 96 + 3 short numbers] is the line's, not the agent's.
 */
import { clauseTextOf, compilePattern, patternSpans, type CompiledPattern, type PatternSpan } from '../text/patterns.js';
import { spokenPauseBetween, type TextView } from '../text/view.js';
import { pauseInside, staffNumberSaid } from './staff-number.js';
import { CODE, COMPOUND_SURNAME, FRAME, FULL_NAME, GIVEN, GIVEN_ALONE, NAME, NAME_END, NICKNAME, NOT_A_NAME, NOT_COURTESY, NOT_SURNAME_WORD, ROLE_HEAD, SURNAME, SURNAME_NICKNAME, TITLED_NICKNAME } from './name-shapes.js';


/**
 * 会员 / 学员 end in the role head 员 but name the customer's membership, not a member of staff: 您的会员号是102455
 * (the customer's number read back) is no staff code.
 */
const MEMBER_NOT_STAFF = '(?<![会学])';
/**
 * The courtesy title a name may carry after it (我是招生老师王芳老师 / 我是管家豆豆老师): trades where staff are all 老师
 * (schools, children's venues) say it after the name as well as before it; the name still ends where NAME_END says.
 */
const TITLE_AFTER = '(?:老师)?';
/** Frame + up to eight characters of modifiers in the clause + role head + name or code. */
// (round 17: a three-character nickname, 小米粒 / 阿福仔, only here, where the frame, the role and the end bound it)
const FRAMED_SOURCE = `${FRAME}[^|]{0,8}?${ROLE_HEAD}${NOT_A_NAME}(?:${NAME}${TITLE_AFTER}|${NICKNAME}${GIVEN}|${CODE})${NAME_END}`;
/**
 * Role head + staff code, framed or not (坐席员K17在线为您服务): the code after a role is a staff number. A one-digit
 * number counts only with its 号 (接线员6号为您服务): staff are numbered so at small desks, and the 号 makes it a
 * number rather than a count — and only in the service formula (…6号为您服务): after a pause (我是话务员一号 您请讲) the
 * number may be a line or a desk, so the older guard stands; a date running into the sentence (快递员3号会上门) stays out.
 */
const ROLE_CODE_SOURCE = `${MEMBER_NOT_STAFF}${ROLE_HEAD}(?:号|编号|工号)?(?:是|为)?(?:${CODE}|\\d号(?=为您|为你))${NAME_END}`;
/**
 * Staff number (round 19: letters may lead it, 这边是B1234号调度员) + 号 + a role noun ending there (81100号咨询员为您服务 / 我是0731号话务员; one digit after 我是: 我是七号前台): the number is the role's; a date
 * before a role is not — it runs on into the sentence (25号快递员会上门), the role here ends at NAME_END or a filler.
 */
const CODE_ROLE_SOURCE = `(?:^|\\||我是|是|由)(?![^|]*热线)(?!(?:400|800)\\d{7}|95\\d{3,}|1[0-2]\\d{3}(?!\\d))(?:[a-z]{0,2}\\d{2,}|(?<=我是)[\\d一二三四五六七八九])号[^|\\d]{0,4}?${ROLE_HEAD}(?:${NAME_END}|(?=那个|就是))`;

/**
 * Compiled on first use, not at import: a process that never scores agent-id pays nothing. (It was also a
 * workaround: patterns.ts' sound pre-filter once depended on which homophone the process met first, so an early
 * compile changed what other checks found by sound; spansOf no longer does.)
 */
let compiled: { framed: CompiledPattern; roleCode: CompiledPattern; codeRole: CompiledPattern } | null = null;

/**
 * Both constructions match exactly, never by sound: an open role head and a name-shaped word read by sound find
 * names in anything (这里是清源供水 reads 这里是清 + 员 + 龚水; 员 is also 元 / 园 / 原, and an amount or an address
 * would pass for a staff code). ASR's homophones of the listed forms are the rubric patterns' business.
 */
function exactOnly(source: string): CompiledPattern {
  return { ...compilePattern(source), bySound: null };
}

/** Where the role in apposition ends: the clause, the hand-over to the customer, or a spoken filler (…顾问就是麻烦您 / …专员 呃). */
export const APPOSITION_END = '(?=$|\\||有什么|啥|什么|请|您|你|很高兴|为您|为你|竭诚|呃|嗯|额|那个|就是)';
/**
 * The name first, then the role in apposition (我是冯悦，咨询专员 / 我是何平 咨询专员，您说): frame + name + a pause + the
 * role noun, and the role ends the clause or hands over to the customer. The pause — a clause break, or a space in
 * the transcript (a pause in speech) — is what makes it apposition: run together, a surname-shaped place or brand
 * before a role (我是江宁供电客服) would read as a name.
 */
const APPOSITION_SOURCE = (name: string) =>
  `${FRAME}(?<name>${name})(?<pause>\\|?)(?:是)?(?:(?<held>您的|你的|这边的)|本次的|今天的)?(?:(?!的)[^|]){0,4}?${ROLE_HEAD}${APPOSITION_END}`;
/** Both readings of the name's length (冯悦 | 咨询专员 and 冯晓悦 | 咨询专员): only one of them puts the pause after it. */
const APPOSITIONS = [new RegExp(APPOSITION_SOURCE(NAME.replaceAll('{1,2}', '{1,2}?')), 'dgu'), new RegExp(APPOSITION_SOURCE(NAME), 'dgu')];

/** The first name-then-role introduction with a pause between the two, as a span of view.norm, or null. */
function nameThenRole(view: TextView): PatternSpan | null {
  if (!APPOSITION_CHARS.some((ch) => view.norm.includes(ch))) return null;
  const ct = clauseTextOf(view);
  const at = ct.normAt;
  for (const re of APPOSITIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(ct.text); m; m = re.exec(ct.text)) {
      const pause = m.indices!.groups!['pause']!;
      // the role held for the customer (您的专属顾问) or at this desk (这边的受理专员) bounds the name as a pause does
      const paused = m.groups!['held'] !== undefined || pause[1] > pause[0] || spokenPauseBetween(view, at[pause[0] - 1]!, at[pause[1]]);
      if (paused) return { start: at[m.index]!, end: at[m.index + m[0].length] ?? view.norm.length, bySound: false };
    }
  }
  const m = HELD_AFTER_CLAUSE.exec(ct.text);
  return m ? { start: at[m.index]!, end: at[m.index + m[0].length] ?? view.norm.length, bySound: false } : null;
}
/** A frame word's first character: a line without one holds no framed introduction. */
const APPOSITION_CHARS = ['我', '这'];

/**
 * A role word followed by a verb marker is the subject of a sentence (坐席已接入 / 客服正在处理), not a title before a
 * name — read on the exact text, since by sound 已 is the surname 易 and 正 the surname 郑.
 */
const ROLE_AS_SUBJECT = /(?:员|顾问|客服|坐席|座席|代表|管家|经理|主管|助理|工程师|师傅|技师)(?:已|正|将|刚|才|会|要|马上|这就|现在|稍后|随后)/u;

/**
 * A "name" that ends in a desk or an office (我是问询台 — by sound 文询台, a surname and two characters) is the place the
 * agent answers from, a role alone: no person is named [S22]. Read on the exact text: no given name ends so.
 */
const PLACE_END = /(?:台|处|站|厅|室|科|窗口)$/u;
export function namesAPlace(view: TextView, start: number, end: number): boolean {
  return PLACE_END.test(view.norm.slice(start, end));
}

/** True when the role in the span [start, end) of the line is a sentence's subject, not a title (see ROLE_AS_SUBJECT). */
export function roleAsSubject(view: TextView, start: number, end: number): boolean {
  return ROLE_AS_SUBJECT.test(view.norm.slice(start, end));
}

/**
 * Any two-character name said as a clause of its own, then the role it holds for the customer (我是果果，您的专属理财顾问): the
 * clause break and 您的 + 专属/专职 + a role bound the name, so its surname need not be on a list. A bot persona is
 * excluded by the caller (您的智能助手 has no role head anyway).
 */
const HELD_AFTER_CLAUSE = new RegExp(`${FRAME}(?!这边|这里)${GIVEN_ALONE}\\|(?:是)?(?:您的|你的)(?:专属|专职)(?:(?!的)[^|]){0,4}?${ROLE_HEAD}${APPOSITION_END}`, 'u');
/** Where a given name alone may end: the clause, the offer, or 请问 opening the question — not a bare 您 / 请, which a verb phrase runs into too. */
const GIVEN_END = /^(?:$|\||很高兴|为您|为你|竭诚|来为|给您服务|请问)/u;
// (a bare 是 frames it too, the 我 dropped or a filler before it — …就是客服代表X 您… —, not 您是 / 他是: the customer or a third party)
const PAUSED_SOURCE = (name: string) => `(?:${FRAME}|(?<![您你他她它谁])是)[^|]{0,8}?${ROLE_HEAD}${NOT_A_NAME}(?:(?<name>${name})|(?<given>${GIVEN_ALONE}))`;
/** Both readings of a surname + given name's length, as for the apposition: only one may end at the pause. */
const PAUSED = [new RegExp(PAUSED_SOURCE(NAME.replaceAll('{1,2}', '{1,2}?')), 'dgu'), new RegExp(PAUSED_SOURCE(NAME), 'dgu')];

/**
 * Frame + role + a name run straight into the next words of a call with no punctuation (我是驿站客服主管阿杰 取件时间…
 * / 我是馆员晓岚 方便说下…): the pause in speech — a space in the transcript — right after the name ends it, as a comma
 * would, while role and name are said as one (no pause between them). A given name alone also counts where it ends the
 * clause or leads into the offer. A role with a pause after it and nothing name-shaped (我是客服 请问…) names no one.
 */
const FILLER_AFTER = /^(?:就是|那个|这个|呃|嗯|额)/u;
/** The clause text ends at `k` (its end, a break or a pause): a filler or particle after a name then closes it (顾问X就是 请…). */
const endsAt = (text: string, k: number, pauseAt: (a: number) => boolean) => k === text.length || text[k] === '|' || pauseAt(k);
function namePausedAfter(view: TextView): PatternSpan | null {
  if (!view.norm.includes('是') && !APPOSITION_CHARS.some((ch) => view.norm.includes(ch))) return null;
  const ct = clauseTextOf(view);
  const at = ct.normAt;
  /** Whitespace in the original between the chars at clause-text indices a-1 and a (a pause there). */
  const pauseAt = (a: number) => a > 0 && spokenPauseBetween(view, at[a - 1]!, at[a]);
  for (const re of PAUSED) {
    re.lastIndex = 0;
    for (let m = re.exec(ct.text); m; m = re.exec(ct.text)) {
      const span = (m.indices!.groups!['name'] ?? m.indices!.groups!['given'])!;
      const end = span[1];
      const after = ct.text.slice(end);
      // (round 16: a spoken filler after the name, then a pause or the clause end — 我是…顾问X就是 请… — ends it as the pause does)
      const filler = FILLER_AFTER.exec(after)?.[0].length ?? 0;
      const fillerEnds = filler > 0 && endsAt(ct.text, end + filler, pauseAt);
      const ends = (end < ct.text.length && pauseAt(end)) || fillerEnds ? true : m.groups!['given'] !== undefined && GIVEN_END.test(after);
      if (ends && !pauseAt(span[0])) return { start: at[m.index]!, end: at[end] ?? view.norm.length, bySound: false };
    }
  }
  return null;
}

/**
 * Frame + the unit or desk the agent works in + 的 + (a title the lists may not know) + a name: 我是游客服务中心的何悦 /
 * 我是三号店的验光师周敏 / 我是前台的小唐 您家… — 的 after a unit makes what follows a member of it, so the title needs no
 * list; and frame + 专属 / 专职 (a role held for the customer) + any title + surname and given name (我是专属红娘苏晴): the
 * modifier says a role follows. Not a role or a service word that starts like a surname (NOT_A_NAME: 的高级顾问 has no
 * name), and not 您的 / 你的 after the frame (the customer's, not a unit). The name ends where a name visibly ends: the
 * clause, the offer or an address to the customer (NAME_END, and 说吧), or a pause in speech right after it.
 */
const UNIT_MEMBER_SOURCE = (name: string) => `${FRAME}(?!您的|你的)[^|]{1,10}?的[^|]{0,4}?${NOT_A_NAME}(?<name>${name})`;
const HELD_ROLE_SOURCE = (name: string) => `${FRAME}(?:您的|你的)?(?:专属|专职)[^|]{1,4}?${NOT_A_NAME}(?<name>${name})`;
const MEMBER_INTRODUCTIONS = [UNIT_MEMBER_SOURCE(NAME.replaceAll('{1,2}', '{1,2}?')), UNIT_MEMBER_SOURCE(NAME), HELD_ROLE_SOURCE(FULL_NAME.replaceAll('{1,2}', '{1,2}?')), HELD_ROLE_SOURCE(FULL_NAME)].map(
  (source) => new RegExp(source, 'dgu'),
);
const ROLE_WORD_END = new RegExp(`(?:${ROLE_HEAD}|老师)$`, 'u');
const TURN_TO_CUSTOMER = '有什么|您好|你好|您说|你说|您请|麻烦|这边'; // round 24: the agent's turn to the customer ends a full name run on unpunctuated (…受理人X有什么 / …X您好)
/**
 * Round 26: a time adverb opening the next clause (…的小X今天由我来帮您 / 我是…调度小X今天想办理…): an unpunctuated call runs the
 * name into it, as into the turn to the customer; no given name ends in 今天 / 现在 / 这次 / 本次.
 */
const NEXT_CLAUSE_TIME = '今天|现在|这次|本次';
const MEMBER_NAME_END = new RegExp(`^(?:${NAME_END.slice(3, -1)}|说吧|${TURN_TO_CUSTOMER}|${NEXT_CLAUSE_TIME})`, 'u');

/** The first unit-member or held-role introduction whose name visibly ends, as a span of view.norm, or null. */
function unitMember(view: TextView): PatternSpan | null {
  if (!view.norm.includes('的') && !view.norm.includes('专')) return null;
  if (!APPOSITION_CHARS.some((ch) => view.norm.includes(ch))) return null;
  const ct = clauseTextOf(view);
  const at = ct.normAt;
  for (const re of MEMBER_INTRODUCTIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(ct.text); m; m = re.exec(ct.text)) {
      const end = m.indices!.groups!['name']![1];
      // a "name" that completes a role word with the title before it (的工 + 程师 / 的老 + 师) is that role, no one's name
      const ends = !ROLE_WORD_END.test(ct.text.slice(m.index, end)) && (MEMBER_NAME_END.test(ct.text.slice(end)) || pauseInside(view, ct, end));
      if (ends) return { start: at[m.index]!, end: at[end] ?? view.norm.length, bySound: false };
      re.lastIndex = m.index + 1;
    }
  }
  return null;
}

/**
 * The agent named as the one assigned to the matter (这单由客服专员谢雨桐来跟进 / 接下来由质检客服宁可欣为您处理 / 这边由教务老师
 * 石磊跟您对接): 由 + a role + a name + the verb of taking the matter on. 由 names who does it, and the verb bounds the name, so
 * a surname outside the list counts here; a role with no name (由专人负责 / 由维修师傅上门为您检修) names no one.
 */
const ASSIGNED =
  /由[^|]{0,6}?(?:员|顾问|客服|坐席|座席|代表|管家|经理|主管|助理|工程师|师傅|技师|律师|咨询师|老师|督导)(?!代表|专员|顾问|经理|主管|助理|管家|客服|人员|中心|团队|部|马上|专门|立刻|立即)(?![来为给跟和与负处对专这那会将就上下到去过先再马立尽])\p{Script=Han}{2,3}?(?:来)?(?:负责|跟进|接待|对接|为您|给您|跟您|和您|帮您)/u;
function assignedAgent(view: TextView): PatternSpan | null {
  if (!view.norm.includes('由')) return null;
  const m = ASSIGNED.exec(view.norm);
  return m ? { start: m.index, end: m.index + m[0].length, bySound: false } : null;
}

/**
 * A speech-recognised introduction runs the name into what follows (我是售后顾问庞立新需要换的… / 我是服务顾问葛一鸣呃合同
 * 编号…): frame + modifiers + a role head + a listed surname said at once after the role, with no pause between them. The
 * surname is the evidence — the rubric's agentNamePatterns already take any word after a role with a listed modifier
 * (我是在线客服X…), this takes only a surname after any modifier. Not a service word that starts like a surname
 * (NOT_A_NAME: 客服马上 / 客服高兴).
 */
const ROLE_SURNAME_SOURCE = `${FRAME}[^|]{0,8}?${ROLE_HEAD}${NOT_A_NAME}${NOT_SURNAME_WORD}(?<name>(?:${COMPOUND_SURNAME}|${NOT_COURTESY}${SURNAME})${GIVEN})`;
/**
 * A role the lists do not know (安装督导 / 教务老师): 我是 + a title of two to eight characters (a unit before the role: 法律咨询
 * 志愿者 + X律师) + a full name (listed surname + given name) that visibly ends — the clause, the offer, a request (请问), a
 * spoken filler (呃 / 嗯 / 那个 / 这个 / 就是: the pause a speaker fills), or a pause in speech (a space). With no role head to
 * split on, the end of the name is the evidence.
 * Only after 我是 (or the formal 本人是, 本人是服务台社工X): 这里是 / 这边是 introduce the line or the firm as often as a person
 * (这边是恒通汽车金融), and not a verb or a deictic after the frame (我是想咨询哪方面 / 我是这边的…).
 */
const TITLE_NAME_SOURCE = (name: string) => `(?:我是|我叫|本人是)(?!您的|你的|想|要|来|在|打|问|说|觉|不|没|那|这|就)[^|的]{2,8}?${NOT_A_NAME}${NOT_SURNAME_WORD}(?<name>${name})`;
const TITLE_NAME_END = new RegExp(`^(?:$|\\||很高兴|为您|为你|竭诚|来为|给您|请|呃|嗯|额|那个|这个|就是|您的|${TURN_TO_CUSTOMER}|${NEXT_CLAUSE_TIME})`, 'u'); // (您的: what the agent asks of the customer, 我是门店主管X您的…)
// round 15: a spoken particle after the name, closing the clause or followed by a pause (我是装维小X啊 师傅…), ends it as
// the pause does: no given name takes 啊 / 呀 / 哈 as a character (GIVEN)
const PARTICLE_AFTER = /^(?:啊|呀|哈|哦|啦)/u;
/**
 * Role + a three-character name said as a clause of its own (我是质检客服宁可欣，请问…): a name whose surname is off the
 * list, bounded by the clause. Not a particle, pronoun, deictic or service word after the role (the rubric's exclusions),
 * nor a question run on after a bare role (我是客服 什么事 / 我是工作人员 办什么).
 */
const ROLE_CLAUSE_NAME_SOURCE = `${FRAME}[^|]{0,8}?${ROLE_HEAD}${NOT_A_NAME}(?![您你请有在这那的帮给已会正马可是负跟现刚就稍先接联处呃嗯额哈啊呀呢哦啦嘛吧])(?![^|]{0,2}[什么啥怎哪咋吗办])\\p{Script=Han}{2}(?![的了吗呢啊呀吧哈哦嘛])\\p{Script=Han}(?=$|\\|)`;
let runIn: { surname: RegExp; titled: RegExp[]; clause: RegExp } | null = null;
function runInName(view: TextView): PatternSpan | null {
  if (!APPOSITION_CHARS.some((ch) => view.norm.includes(ch)) && !view.norm.includes('本人是')) return null;
  runIn ??= {
    surname: new RegExp(ROLE_SURNAME_SOURCE, 'du'),
    titled: [TITLE_NAME_SOURCE(FULL_NAME.replaceAll('{1,2}', '{1,2}?')), TITLE_NAME_SOURCE(FULL_NAME), TITLE_NAME_SOURCE(SURNAME_NICKNAME), TITLE_NAME_SOURCE(TITLED_NICKNAME)].map((source) => new RegExp(source, 'dgu')),
    clause: new RegExp(ROLE_CLAUSE_NAME_SOURCE, 'du'),
  };
  const ct = clauseTextOf(view);
  const at = ct.normAt;
  const span = (from: number, to: number): PatternSpan => ({ start: at[from]!, end: at[to] ?? view.norm.length, bySound: false });
  const m = runIn.surname.exec(ct.text) ?? runIn.clause.exec(ct.text);
  if (m) return span(m.index, m.index + m[0].length);
  for (const re of runIn.titled) {
    re.lastIndex = 0;
    for (let t = re.exec(ct.text); t; t = re.exec(ct.text)) {
      const end = t.indices!.groups!['name']![1];
      const after = ct.text.slice(end);
      const particleEnds = PARTICLE_AFTER.test(after) && endsAt(ct.text, end + 1, (a) => pauseInside(view, ct, a));
      if (TITLE_NAME_END.test(after) || pauseInside(view, ct, end) || particleEnds) return span(t.index, end);
      re.lastIndex = t.index + 1;
    }
  }
  return null;
}

/**
 * The service formula without a frame: a role + a name + 为您服务 (受理员X为您服务 / 门店店长X为您服务 / 调度小X为您服务):
 * the offer ends the name and says whose it is, so no 我是 is needed; the role is a role head, a title ending in 长
 * (店长 / 站长), or 调度 (dispatch desks' staff); a name with no role before it is the brand's as often (华夏银行为您服务
 * reads 夏 + 银行), except the surname nickname, which no brand is. Read exactly, never by sound.
 */
const OFFERED = new RegExp(
  `(?:(?:${ROLE_HEAD}|调度|(?<=\\p{Script=Han})长)${NOT_A_NAME}(?:${FULL_NAME}|${SURNAME_NICKNAME})|(?<![小老])${SURNAME_NICKNAME})(?:很高兴|竭诚|将|来)?(?:为您|为你)服务`,
  'u',
);
function offeredByName(view: TextView): PatternSpan | null {
  if (!view.norm.includes('服务')) return null;
  const m = OFFERED.exec(view.norm);
  return m ? { start: m.index, end: m.index + m[0].length, bySound: false } : null;
}

/**
 * A working name in Latin letters after a framed role ends where the letters do (我是社区经理Ivy是会员吗…): the change of
 * script bounds it as a pause would. Only a name written as one — a capital, then lower case (Ivy, not APP / vip / wifi).
 */
const LATIN_AFTER_ROLE = new RegExp(`${FRAME}[^|]{0,8}?${ROLE_HEAD}(?<name>[a-z]{3,})(?![a-z])`, 'du');
function latinNameAfterRole(view: TextView): PatternSpan | null {
  if (!/[A-Z][a-z]{2}/u.test(view.original)) return null;
  const m = LATIN_AFTER_ROLE.exec(view.norm);
  if (!m) return null;
  const [s, e] = m.indices!.groups!['name']!;
  const written = view.original.slice(view.from[s]!, view.from[e - 1]! + 1);
  return /^[A-Z][a-z]+$/u.test(written) ? { start: m.index, end: e, bySound: false } : null;
}

/**
 * Round 16: the humble first person 敝人 / 鄙人 (formal for 我) + a full name or 姓 + a surname (敝人X，负责… / 鄙人姓X): the word
 * only ever names the speaker, so it frames the name as 我是 / 我姓 do; not a service word after it (鄙人马上…).
 */
const HUMBLE = new RegExp(`(?:敝人|鄙人)(?:姓\\p{Script=Han}|(?:是|叫|名叫)?${NOT_A_NAME}${NOT_SURNAME_WORD}${FULL_NAME})`, 'u');
function humbleSelf(view: TextView): PatternSpan | null {
  const m = view.norm.includes('敝人') || view.norm.includes('鄙人') ? HUMBLE.exec(view.norm) : null;
  return m ? { start: m.index, end: m.index + m[0].length, bySound: false } : null;
}

/** The first self-introduction by construction in the line, or null. */
export function constructedIntroduction(view: TextView): PatternSpan | null {
  compiled ??= { framed: exactOnly(FRAMED_SOURCE), roleCode: exactOnly(ROLE_CODE_SOURCE), codeRole: exactOnly(CODE_ROLE_SOURCE) };
  return patternSpans(view, compiled.framed)[0] ?? patternSpans(view, compiled.roleCode)[0] ?? patternSpans(view, compiled.codeRole)[0] ?? nameThenRole(view) ?? namePausedAfter(view) ?? unitMember(view) ?? assignedAgent(view) ?? runInName(view) ?? offeredByName(view) ?? latinNameAfterRole(view) ?? humbleSelf(view) ?? staffNumberSaid(view);
}

/**
 * A name given to a bot or an assistant persona (我是小招，您的智能助手 / 智能客服小安为您服务): the brand's mascot,
 * no member of staff the customer can name [S22 服务人员识别信息 — a person's id or name]. The persona word leads
 * into the name or stands in apposition right after it; a bot mentioned later in the turn (…机器人刚才没解决的) is not it.
 */
const PERSONA_BEFORE = /(?:智能|机器人|虚拟|ai|自助)\p{Script=Han}{0,3}$/u;
const PERSONA_AFTER = /^(?:是)?(?:(?:您的|你的|本次的|今天的)(?:专属|贴心)?(?:智能|ai|虚拟|机器人|小助手)|(?:智能|ai|虚拟)(?:助手|客服|助理|小助手))/u;
const PERSONA_LEAD = 6; // characters before a name introduction read for the persona word (智能客服小安)
/** …or inside a framed introduction, right after the frame (我是智能客服小安 / 我是您的AI助理小七): the span starts at 我是. */
const PERSONA_IN_FRAME = /^(?:我是|我叫|这里是|这边是|我这边是)(?:您的|你的|本次的|今天的)?(?:专属|贴心)?(?:智能|机器人|虚拟|ai|自助)/u;
export function botPersona(norm: string, start: number, end: number, breaks?: Int32Array): boolean {
  let from = Math.max(0, start - PERSONA_LEAD); // (round 17: in the name's clause — 欢迎致电X智能售货，坐席9205: a brand's 智能)
  for (let k = from + 1; breaks && k <= start; k++) if (breaks[k]) from = k;
  return PERSONA_BEFORE.test(norm.slice(from, start)) || PERSONA_AFTER.test(norm.slice(end)) || PERSONA_IN_FRAME.test(norm.slice(start, end));
}

/**
 * A match by sound whose name slot — the span's end, where every name pattern puts the name — holds, as written, the
 * service's own word (我这边是人工 ~ 任工 / 是服务中心 ~ 师傅 + 吴中心): the line or the desk, no one's name [S22].
 */
const SERVICE_IN_NAME_SLOT = /(?:人工|中心|服务[部点站处]?|热线|客服|平台|窗口|员工|人员)台?(?:您|你)?$/u; // (round 18: the desk, 是服务台您… ~ 师傅 + 吴泰; round 21: staff, 的员工 ~ 袁工, a unit or a place, 顾客服务部 / 游客服务点 ~ 客服 + 吴部)

/** A name pattern's span that names no one: a role as a sentence's subject, a desk, or the service's own word heard as a name. */
export function namesNoOne(view: TextView, s: PatternSpan): boolean {
  return roleAsSubject(view, s.start, s.end) || namesAPlace(view, s.start, s.end) || (s.bySound && SERVICE_IN_NAME_SLOT.test(view.norm.slice(s.start, s.end)));
}
