/**
 * Which customer turns complain (empathy, professionalism.ts): the complaint vocabulary, read as said. Split from
 * professionalism.ts, which judges the acknowledgement each complaint is owed.
 */
import { findVocab, vocabHits, type CompiledRubric, type PreparedTranscript, type PreparedTurn, type VocabMatch } from '../context.js';
import { bareReferrals } from './bare-referral.js';
import { saysNonAnswer } from './non-answer-forms.js';
import { pressesForAnswer } from './non-answer-repairs.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';
import { charTester } from '../text/char-test.js';

/**
 * Every customer turn with a complaint (complaint vocabulary, exceptions such as 不用投诉 removed), in order.
 * A turn that takes its complaint back (我要投诉…开玩笑的: `complaintRetracted`) is a joke, not a grievance.
 */
export function complaintsOf(c: CompiledRubric, p: PreparedTranscript): { t: PreparedTurn; m: VocabMatch }[] {
  const out: { t: PreparedTurn; m: VocabMatch }[] = [];
  const opening = openingTurn(p);
  for (const t of p.customer) {
    const m = heardComplaint(c, t, t === p.customer[0] || t === opening);
    if (m && !toTheBot(p, t) && !findVocab(c, 'complaintRetracted', t) && !pressAfterNonAnswer(c, p, t) && !flatTroubleInRequest(c, p, t) && !selfBlamed(c, t)) out.push({ t, m });
  }
  return out;
}

/**
 * Round 22: the customer said it to the bot — before any agent turn, and a bot or system line replied to it (食堂扣了我两次
 * 钱，我要投诉。— 抱歉，这个问题我还在学习中… — 转人工): told to the machine that routes the contact, not to an agent who
 * could answer it; the agent owes empathy to what is said to it.
 */
function toTheBot(p: PreparedTranscript, t: PreparedTurn): boolean {
  const first = p.agent[0];
  if (first && first.index < t.index) return false;
  const next = p.turns[t.index + 1];
  return next !== undefined && (next.turn.speaker === 'bot' || next.turn.speaker === 'system');
}

/**
 * The turn only presses for the answer the agent's reply right before it withheld (这个我说不准。— 那就没人管了 /
 * 那总得给个说法吧), or sent the customer elsewhere with no way there (退款的事问财务去 — bare-referral.ts, round 15): it asks for that answer, which resolution judges (checks/non-answer-repairs.ts), and the
 * independent-dev15c author labels contacts whose only grievance it is empathy N/A. Rare, so the dialogue position is
 * looked up only for a turn that matched a complaint.
 */
/** pressesForAnswer of the line alone, decided once per line (view.ts lineTest). */
const pressesInLine = (view: TextView): boolean => pressesForAnswer(view.norm);

function pressAfterNonAnswer(c: CompiledRubric, p: PreparedTranscript, t: PreparedTurn): boolean {
  if (!lineTest(t.view, LINE_TEST.pressesForAnswer, pressesInLine)) return false;
  const k = p.dialogue.indexOf(t);
  const prev = k > 0 ? p.dialogue[k - 1]! : null;
  if (!prev || prev.turn.speaker !== 'agent') return false;
  return saysNonAnswer(prev.view.norm) || findVocab(c, 'unresolved', prev) !== null || bareReferrals(p).includes(prev) || closedDoor(prev.view.original);
}

/**
 * Round 20: the agent's turn closed the matter on its last clause — a refusal with no way left (这个改不了，没办法 / 办不了;
 * not an assurance, 错不了 / 少不了) or the customer sent off to ask elsewhere (报销的事问会计去 — not the agent going, 我这就找
 * 师傅去): the press right after it (那总得给个说法吧？) asks for the account withheld, as after a non-answer (dev13b /
 * dev15c label such contacts empathy N/A).
 */
function closedDoor(text: string): boolean {
  const m = LAST_CLAUSE.exec(text);
  if (!m) return false;
  const clause = m[1]!;
  return REFUSED.test(clause) || (SENT_OFF.test(clause) && !clause.includes('我'));
}
const LAST_CLAUSE = /([^，,。.！!？?；;\s]+)[。.！!\s]*$/u;
const REFUSED = /(?:没办法|没辙|(?<![少错跑免])不了)[吧啊了]?$/u;
const SENT_OFF = /(?:问|找)\p{Script=Han}{1,6}去[吧啊了]?$/u;

/**
 * The customer opens the contact with a delay said flatly (装了一个月还没通，想问下进度 / 退款到现在还没收到): the matter
 * the call is about, not yet a grievance — the reading the labelling brief settled in round 11 (empathy is owed to the
 * complaint that comes later). Round 17: so is a charge gone wrong reported flatly as the reason for the contact (昨天被扣了
 * 两次 / 钱扣了东西没出来，想问下多久退 / 重复扣费了，多久能退回): a fault description, the business of the call (the
 * rubric's own note on 一次被扣了两笔; dev20a/dev20b READMEs: "the problem stated flatly in the request"). Stressed as one
 * (都一个月了还没通！ / 你们是不是想拖着 / 人家生日都过了 / 怎么又扣了两次), or with any other complaint in the turn, it
 * stays a complaint. Read only on the opening turn that matched.
 */
function flatTroubleInRequest(c: CompiledRubric, p: PreparedTranscript, t: PreparedTurn): boolean {
  if (t !== p.customer[0] && t !== openingTurn(p)) return false;
  const v = t.view;
  const notYet = NOT_YET.test(v.original);
  const hits = vocabHits(c, 'complaint', t);
  // the charge's own count (扣了两次) is the fault, not a repeat that stresses it: read the stress without it
  let rest = v.original;
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    const fault = (FAULT_FORM.test(h.quote) && REQUEST_AFTER.test(v.original.slice((v.from[h.end - 1] ?? 0) + 1))) || (CANNOT_WORK_IT.test(h.quote) && !TO_YOU.test(v.original) && !AGE_TOLD.test(v.original));
    const due = promiseDueLast(v.original, v.from[h.start] ?? 0, (v.from[h.end - 1] ?? 0) + 1);
    if (h.category === THREAT || !((notYet && DELAY_FORM.test(h.quote)) || CHARGE_FAULT.test(h.quote) || fault || due)) return false;
    if (CHARGE_FAULT.test(h.quote) || due) rest = rest.slice(0, v.from[h.start]!) + '，' + rest.slice(v.from[h.end - 1]! + 1);
  }
  return hits.length > 0 && !STRESSED.test(rest);
}

/**
 * Round 20: the promised time set against now, closing the opening turn (我在店里修的车，说好三天，现在还没通知我 / 约好的
 * 车还没来，想问下迟到怎么补偿？): the delay the call is about, told as the date it was owed — the matter, as a flat delay
 * is (dev16b / dev16c / dev7a / dev21b label the later grievance, not this). Only a request may follow it; what the delay
 * cost or another fault told after it (…我下周就要递签了 / …蛋黄也坏了) makes it a grievance, and so does any stress in
 * the rest of the turn (STRESSED, read without the promise itself). `at`/`end`: the hit's span in the original text.
 */
function promiseDueLast(text: string, at: number, end: number): boolean {
  if (!PROMISE_OPENS.test(text.slice(at, end))) return false;
  let to = end;
  while (to < text.length && !clauseEndAt(text, to)) to++;
  if (!PENDING.test(text.slice(at, to))) return false;
  const after = text.slice(to);
  return !HAN.test(after) || (REQUEST_AFTER.test(after) && !AFTER_REQUEST_MORE.test(after));
}
/** A promise recalled at the hit's start (说好 / 约好 / 讲好 / 答应 / 承诺). */
const PROMISE_OPENS = /^(?:说好|约好|讲好|答应|承诺)/u;
/** Still not done or still pending, in the promise's clause (还没 / 一直没 / 早过了 / 还显示待发货). */
const PENDING = /还没|还未|还不|一直没|一直不|始终没|没到|没收到|早过了|还(?:显示|是|在|处于)?(?:待|未)/u;
/** Any written syllable. */
const HAN = /\p{Script=Han}/u;
/** More told after the request clause (the request is the turn's last clause). */
const AFTER_REQUEST_MORE = /[？?][^]*\p{Script=Han}/u;

/** The customer's first turn after the agent's first word (before it, the customer spoke to the IVR or bot: 人工客服). */
function openingTurn(p: PreparedTranscript): PreparedTurn | undefined {
  const from = p.agent[0]?.index ?? -1;
  // (round 18: a bare hello or line check before it — 喂？能听到吗？ / 哎你好，是这样的。 — opens nothing: the request follows)
  for (const t of p.customer) if (t.index > from && !lineTest(t.view, LINE_TEST.helloOnly, helloOnly)) return t;
  return undefined;
}
/** A customer turn that only says hello or checks the line (喂 / 你好 / 能听到吗 / 是这样的), fillers and all. */
const HELLO_ONLY = /^(?:喂|哎|诶|嗯|啊|哦|那个|就是|你好|您好|你们好|是这样的?|能听到吗|听得到吗|听得见吗|能听见吗|在吗|有人吗)+$/u;
/** HELLO_ONLY of a line's norm, decided once per line (view.ts lineTest). */
const helloOnly = (view: TextView): boolean => HELLO_ONLY.test(view.norm);

/**
 * The customer puts the trouble down to themselves (对不起，我不太会用手机，打了好几遍才打进来 / 怪我自己没看清，弄了半天):
 * the effort told is their own doing, not a grievance at the firm — unless the turn also blames the firm (你们 / 你) or
 * threatens. Read only on a turn that matched.
 */
function selfBlamed(c: CompiledRubric, t: PreparedTurn): boolean {
  const text = t.view.original;
  if (!lineTest(t.view, LINE_TEST.selfCause, selfCause) || text.includes('你')) return false;
  const hits = vocabHits(c, 'complaint', t);
  for (let i = 0; i < hits.length; i++) if (hits[i]!.category === THREAT) return false;
  return true;
}

/** The customer owning the cause: not able to use the thing (我不太会用), their own slip (怪我 / 我自己的问题 / 我自己按错) — not 我自己跑了三趟,
 * the effort the firm cost them. */
const SELF_CAUSE = /我(?:自己)?(?:不太|不大|不怎么|不)会(?:用|弄|操作|搞|打字|上网)|(?<!能|难道|别|不|还)怪我(?!们)|我自己(?:的问题|没注意|没看清|弄错|搞错|操作错|按错|看错)/u;
/** SELF_CAUSE of a turn's text (its view's original), decided once per line (view.ts lineTest). */
const selfCause = (view: TextView): boolean => SELF_CAUSE.test(view.original);

/** The complaint category of threats to escalate (明天还不退款我就打12315): a delay made a threat is never flat. */
const THREAT = '投诉升级';
/** A "not yet" in the turn: the awaited thing has not come, been done or arrived. */
const NOT_YET = /还没|还未|还不|迟迟|一直没|一直不|始终没|没到|没收到/u;
/**
 * A complaint hit that is a charge gone wrong and nothing more: charged twice or three times (扣了两次 / 刷了我两笔 — not
 * 扣了好几次, a grievance of repetition), charged again
 * (重复扣费 / 多扣了钱), paid and nothing for it (钱扣了东西没…). (Numerals may be read as digits: 扣了2次.)
 */
const CHARGE_FAULT = /^(?:被)?(?:扣|收|刷)(?:了)?(?:我)?(?:两|俩|2|三|3)(?:次|遍|回|笔)$|^(?:重复|多)(?:地)?(?:扣|收)(?:了)?(?:我的?)?(?:费|钱|款|[\d一二两三四五六七八九十百几]+(?:多)?(?:块|元))$|^(?:钱|费|款)(?:都|也)?(?:扣|交|付)了[，,\s|]?(?:但是|但|可是|可|却)?(?:东西|货|票|水|饮料)(?:也|都|却|还)?(?:没|没有)$/u;
/**
 * Round 18: a complaint hit that only reports what went wrong with the thing (新买的机器建图建了一半就停了 — a new thing
 * failing; 一直抢不到 / 约不上 — what could not be got; 被磕坏了 — damaged on the way): the fault the call is about, as a
 * charge gone wrong is (dev21a README: "a flat statement of the problem is not a complaint").
 */
const FAULT_FORM = /^(?:新买|刚买|才买|新装|刚装|才装|刚修|才修|刚换|才换)[^]*?(?:就|便)(?:坏|碎|裂|不行|出问题|没电|漏|黑屏|死机|断|停|不能用|罢工|掉漆|开胶)|^(?:一直|老是|总是|始终|怎么都|死活)?[^]{0,4}?(?:约|抢|挂|买|订|排|刷|抢购)不(?:上|到|着|进)$|^被(?:压|摔|弄|搞|磕|碰|寄|送)(?:坏|碎|烂|丢|错)$/u;
/**
 * Round 19: a complaint hit that only tells what the customer (or the family member they call for) cannot work out or
 * operate (我研究了半天说明书也没看懂 / 我家老人不会弄这个锁): opening the contact, it is the help asked for — the request
 * itself, so none need follow; stressed (都…了 / 太 / ！), with 你们 blamed or an age told as hardship it stays a grievance.
 */
/** An age told as the hardship (我爸八十多了 / 七十岁的人): the convention's hardship, a complaint, not the bare request. */
const AGE_TOLD = /(?:[一二三四五六七八九]十|[1-9]\d)[一二三四五六七八九]?(?:多|来)?(?:岁|了)/u;
/** The firm or the agent addressed in the turn (你们 / 你), not in the greeting 你好. */
const TO_YOU = /你(?!好)/u;
const CANNOT_WORK_IT = /(?:没|不)(?:看懂|弄懂|搞懂|弄明白|搞明白)$|(?:弄|搞|看)不(?:懂|明白|来)$|(?:不会|学不会)(?:弄|用|操作|搞)?$/u;
/** What the customer asks for after the fault, in the same turn (…保修多久？ / 要理赔 / 想申请补发): the fault is the reason for a request. */
const REQUEST_AFTER = /[？?]|吗|多久|多长|什么时候|几点|几天|怎么|如何|哪|能不能|可以|要(?:理赔|赔|退|换|修|补)|想(?:问|了解|申请|咨询|办|查|换|退|修|补)/u;
/** A complaint hit that is the delay itself, not another grievance (a promise recalled, 说好五天, is a broken one: a complaint). */
const DELAY_FORM = /(?:还|一直|始终|至今|到现在|到今天)(?:都|也)?(?:没|不|未)|没(?:到|收到)/u;
/**
 * The delay stressed as a grievance: an exclamation, 都 before the time or the consequence (都一个月了 / 都过了),
 * an intensifier, an accusation or a question at the firm (怎么还不…), a repeat (又 / 寄了两回都没…), 迟迟, another
 * party's silence beside it (…也不回 / 没人接), a promise or an earlier contact or errand recalled (说好五天 / 上次说… /
 * 打过一次电话 / 跑了三趟), an insistence (明明). 烦 is annoyance, not inside 麻烦 (麻烦你们帮我查一下 asks politely); 急 not inside
 * 加急 (a rush service ordered), 怎么 not asked after (想问下怎么退 / 想问问怎么回事 — round 17).
 */
const STRESSED = /[！!]|都(?:[一二两三四五六七八九十几半好0-9]|过了|快|不|没|交不)|太|真是|简直|实在|气|(?<!麻)烦|(?<!加)急|受不了|凭什么|到底|是不是|(?<!问问?|问一?下|知道|了解|(?:想|要)(?:问问?|问一?下|了解一?下?|知道)[^，,。.！!？?；;\s]{1,8})怎么(?!重置|设置|操作|申请|恢复|连接|连)|谁|又|根本|难道|明明|迟迟|没人|说好|上次|上回|之前说|打过|跑了|折腾|[两几三四五好]\s?(?:回|次|趟|遍)|也不/u;

/**
 * The first complaint in a customer turn that was said, not only sounded like one: a match by sound stands for a
 * word speech recognition misheard, and two syllables collide with too many words (typed 生态葬 is not 太脏), so it
 * counts over ≥ MIN_SOUND_CHARS characters only, as rude-lines.ts reads a 忌语 by sound.
 */
function heardComplaint(c: CompiledRubric, t: PreparedTurn, opens: boolean): VocabMatch | null {
  const hits = vocabHits(c, 'complaint', t);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if ((!BY_SOUND.has(h.level) || (h.end - h.start >= MIN_SOUND_CHARS && h.end - h.start <= MAX_SOUND_CHARS && !A_NOT_A.test(h.quote) && !PAUSE.test(h.quote))) && !supposed(t, h) && !conceded(t, h) && !(opens && sighOnGettingThrough(t, h))) return h;
  }
  return null;
}

/**
 * The grievance is only supposed: its clause opens with 要是 / 如果 / 假如 / 万一 (要是我对处理结果不认可，还能找谁？) — a
 * question about what would follow, not a feeling voiced. A threat is a condition too (再不退我就投诉), so 投诉升级 stays.
 */
function supposed(t: PreparedTurn, h: VocabMatch): boolean {
  if (h.category === THREAT) return false;
  const text = t.view.original;
  const at = t.view.from[h.start] ?? 0;
  let from = at;
  while (from > 0 && !clauseEndAt(text, from - 1)) from--;
  if (SUPPOSING.test(text.slice(from, at))) return true;
  // round 26 (reading): a how / why form under a verb of asking earlier in its clause (我想问一下补贴是怎么发的 / 请问这个
  // 是怎么算的) is the embedded question the customer asks, not the rhetorical 你们怎么送的 put to the firm
  if (QUESTION_WORD_HIT.test(h.quote) && ASKING_VERB.test(text.slice(from, at))) return true;
  // round 19: asked whether it will be so (要多收钱吗？ / 会乱扣费吗): a modal right before, 吗 closing the clause
  let to = t.view.to[h.end - 1] ?? text.length;
  while (to < text.length && !clauseEndAt(text, to)) to++;
  return WILL_IT.test(text.slice(from, at)) && /[吗么]$/u.test(text.slice(at, to));
}
/** A complaint hit opening with a question word (怎么 / 咋 / 为什么 / 为啥). */
const QUESTION_WORD_HIT = /^(?:怎么|咋|为什么|为啥)/u;
/** A verb of asking that embeds the question after it (问一下 / 请问 / 想了解 / 想知道 / 咨询一下). */
const ASKING_VERB = /问一?下|问问|请问|想问|了解一?下|想了解|想知道|咨询一?下/u;
/** A modal of what will happen, right before the grievance word (要 / 会 / 需要 / 还得). */
const WILL_IT = /(?:要|会|需要|得|是否)$/u;

/**
 * Round 19: the grumble conceded in the next words — it came right in the end (电话真难打通啊，不过总算接了 / 等了好久，还好终于
 * 排到了): the customer sets the trouble aside as over before the business starts, a greeting's sigh, not a grievance owed
 * an apology (independent-dev22a AGREEMENT: both labellers). A threat is never conceded; a complaint after the concession
 * is read on its own.
 */
function conceded(t: PreparedTurn, h: VocabMatch): boolean {
  if (h.category === THREAT) return false;
  const v = t.view;
  const after = v.original.slice((v.from[h.end - 1] ?? v.original.length) + 1);
  return CONCESSION.test(after);
}

/**
 * Round 21: the customer opens the contact sighing that the line was reached at last, the end closing the effort's own
 * clause after dialling (哎你好，打了半天终于通了 / 打了好几次才通): a greeting's sigh before the matter, over as it is told, as a conceded
 * grumble is (dev23b / dev23c label it no complaint). Only in the customer's opening turn (said later, after the request,
 * it is held against the service: dev7a / dev2a), and not with the firm named in that clause (打你们电话打了一上午才通) nor
 * stressed (…才打通！). A threat is never a sigh.
 */
function sighOnGettingThrough(t: PreparedTurn, h: VocabMatch): boolean {
  if (h.category === THREAT) return false;
  const v = t.view;
  const after = v.original.slice((v.from[h.end - 1] ?? v.original.length) + 1);
  if (!DIALLED.test(h.quote) || !THROUGH_AT_LAST.test((h.quote.endsWith('才') ? '才' : '') + after)) return false;
  let from = v.from[h.start] ?? 0;
  while (from > 0 && !clauseEndAt(v.original, from - 1)) from--;
  const clause = v.original.slice(from, (v.from[h.end - 1] ?? 0) + 1) + CLAUSE_REST.exec(after)![0];
  return !TO_YOU.test(clause) && !EXCLAIMED.test(clause);
}
/** The effort is dialling (打了好几次 / 打了半天 / 拨了…): a wait on hold (等了二十分钟才有人接) is the service's delay. */
const DIALLED = /^(?:打|拨)/u;
/** The line got through at last (才 / 终于 / 总算 / 可算 + 通 / 打通 / 接通 / 打进来). */
const THROUGH_AT_LAST = /^(?:才|终于|总算|可算)(?:给)?(?:打|拨)?(?:通|接通|打进来|进来)/u;
/** An exclamation mark. */
const EXCLAIMED = /[！!]/u;
/** The rest of a clause and its closing punctuation. */
const CLAUSE_REST = /^[^，,。.！!？?；;\s]*[。.！!？?]?/u;
/** But / luckily … at last (不过总算 / 还好终于 / 好在可算), the next clause or two after the grumble. */
const CONCESSION = /^[^。.！!？?]{0,6}?(?:不过|但是|但|可是|还好|好在|幸好|幸亏)[^，,。.！!？?；;\s]{0,4}?(?:总算|终于|可算|算是)/u;

/** A clause end in the original text (an unpunctuated ASR pause is a space). */
const CLAUSE_END = /[，,。.！!？?；;\s]/u;
/** CLAUSE_END of one character, decided once per character (text/char-test.ts). */
const clauseEndAt = charTester(CLAUSE_END);
/**
 * A clause opening that supposes: if / in case (要是 / 如果 / 假如 / 万一 / 若是; 要不是 states a fact, and 要是早知道… looks
 * back on a grievance). Round 19: a purpose clause of what the customer means to avoid (…讲一遍，省得后面再来回跑 / 免得
 * 又白跑) supposes the trouble too: it has not happened; so does hearsay (我听别人说你们乱扣费 / 据说…): told, not suffered.
 */
const SUPPOSING = /^(?:那|那么)?(?:要是|如果|假如|假设|万一|若是|倘若)(?!早)|^(?:也|好)?(?:省得|免得|以免|省去)|^(?:我)?(?:听(?:别人|人家|人|朋友|网上)?说|据说|网上说)/u;

/**
 * Round 19: a match by sound whose written words are an A-not-A question (远不远 heard as 冤不冤): the written verb is
 * said twice round 不, which is the question's own form — a real word asked, not one misheard (ASR mishears a
 * syllable, it does not repeat it).
 */
const A_NOT_A = /^(\p{Script=Han})不\1$/u;

/** A pause inside a match by sound (你好你好 就 heard as …好久): words a pause divides were not said as one. */
const PAUSE = /\s/u;

/** Match levels found by sound, not by the characters written (text/fuzzy.ts). */
const BY_SOUND: ReadonlySet<VocabMatch['level']> = new Set(['homophone', 'pattern-sound']);
/** Fewest characters a match by sound must span to stand for the word. */
const MIN_SOUND_CHARS = 3;
/**
 * Most characters a match by sound may span: a longer one bridges a pattern's gap (…), so only its two ends were heard
 * as the words, and a clause's stray syllables fit them (你们营地想带两只泰迪 heard as 你们…太低). Round 15.
 */
const MAX_SOUND_CHARS = 8;
