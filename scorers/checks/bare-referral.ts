/**
 * forbidden-words' 推诿 by structure: the agent's reply ends by sending the customer to another party, place or document
 * (您可以直接联系服务站。/ 建议您先联系手机厂商看看… / 您可以先去附近的医院看看 / 您要是有疑问可以看合同 / 那你自己去看
 * 规则吧) and gives them nothing to get there with — no number, no hours or time, no transfer, no callback, no "I will …" —
 * in that turn or in the agent's own next turn before the customer speaks. The target is not the customer's own side (您问下你们IT: the customer's admin is where the matter belongs). The published lists name exactly this
 * shape as 推诿 [S14 首问负责制: the first agent asked answers or hands over with the way there; S16 这里办不成你到别处办去;
 * S6 售后推诿]; a referral WITH the way there (拨打12345反映 / 门诊电话是… / 我帮您转过去 / 我把号码发给您) is the
 * prescribed wording, and the vocabulary's own 推诿 patterns already cover the blunt forms (你找物业去 / 不归我们管).
 * Carried over from three authors: independent-dev9b (el-carer-10, saas-ticket-11, md-postop-09, vs-refund-10,
 * my-points-07), dev10a (lib-card-08) and dev9a (lg-09) label the bare referral a 忌语.
 * Not this: a referral in the middle of an answer that goes on (您可以联系物业，我这边也给您登记), a question
 * (请问您要咨询什么 / 您找一下), the offer of the complaint channel with its number or our follow-up, a look-up the
 * customer is asked to make for us (您找到了发我), the customer's own people (您问下你们IT / 您单位的人事), a page of the
 * product (去后台看看 / 看一下官网公告), a referral after the prescribed scope statement (不在我们的受理范围，您可以咨询社区),
 * a pointer for a side question the customer opened as one and took.
 */
import type { PreparedTranscript, PreparedTurn } from '../context.js';
import { clauseTextOf, heardRegExp, heardText } from '../text/patterns.js';
import { LINE_TEST, lineTest, type TextView, viewOf } from '../text/view.js';
import { customerTurnBefore } from './deflection.js';
import { asksQuestion } from './non-answer-forms.js';
import { opensSideQuestion } from './side-question.js';

/** The 忌语 category the bare referral is reported under. */
export const BARE_REFERRAL_CATEGORY = '推诿';

/**
 * The last clause of the reply sends the customer elsewhere (on the clause-marked text, `|` between clauses): 您/你, an
 * optional modal (可以 / 建议 / 最好 / 得 …, the ASR's 可已 too) and adverb (先 / 直接 / 自己 …), then contact / ask /
 * find a party (联系服务站 / 问一下门口保安 / 找律师事务所), go to a place "and see" (去附近的医院看看), or read a
 * document (看合同 / 看积分规则) — a target of one to ten characters that is not us (我 / 我们 / 客服 / 人工), closing
 * the clause or followed only by 看看 + what to check. Searching (找一下 / 找到) and questions (什么 / 哪) are not referrals.
 */
const REFERRAL_LAST_CLAUSE = new RegExp(
  '(?:^|\\|)[^|]{0,12}?(?:您|你)(?:(?:要是|如果|实在)[^|]{0,8}?\\|?)?(?:可以|可已|建议|最好|得|要|就|还是|只能)?(?:先|直接|自己|再|还是|也)?(?:' +
    // a party to contact or ask: not us, not searching (找一下 / 找找 / 找到), not the word 问题, not the praise 您问得好 (round 18)
    // (round 22: nor the asking's result, 您问清楚了也可以… / 问明白了再…: no party after the verb)
    '(?:去|到)?(?:联系|咨询|问问|问一下|问下|问|找)(?!一下|下|到|找|问|看|试|我|咱|客服|人工|什么|哪|谁|题|的|你|您|好|得|清楚|明白)[^|]{1,10}?(?:看看[^|]{0,14}|问问|试试|吧|咨询|去|去吧)?' +
    // a place to go and see — not a page of the product (后台 / 页面 / app / 订单): a self-service path is a way there; not 到 of
  // a time (您到时候看看 / 到期再看: when, not where — round 19)
    '|(?:去|到)(?!看|问|试|时候|时再|点|期|底|现在|[^|]{0,10}?(?:后台|页面|设置|app|小程序|官网|网站|公众号|订单|账户|账号|系统|里|上))[^|]{1,10}?(?:看看|问问|咨询一下|咨询)(?:吧)?' +
    // a document to read — not a page on the product's site (看一下官网公告: the page is the way there)
    '|(?:去|先|再)?(?:看|查看|查阅|翻)(?:一下|下)?(?![^|]{0,4}?(?:官网|app|网站|小程序|公众号|页面))[^|]{0,4}?(?:合同|规则|条款|协议|说明书|说明|公告|规定|须知)(?:吧|呗)?' +
    ')(?:吧|呗|嘛|哈|啊|呀)?$',
  'u',
);

/**
 * Round 10: the same referral as a bare order with no one addressed, the last clause of the reply — a topic at most
 * (这个 / 代扣的事 / 送不送回去), then 找 / 问 + the party (+ 去 / 说 / 吧): 换电池找厂家去。/ 这个找物业前台 [S15 不关我事找领导去;
 * S16 这里办不成你到别处办去]. Not an offer or advice (可以 / 建议 / 随时 / 需要 / 请 …), not the agent's own errand (我问下主管 /
 * 我去找仓库确认: a 我, 去, 来 or 帮 right before the verb), not searching (找一下 / 找到 / 找好, or fetching a document of
 * the customer's own, 您把发票找出来) nor a verb after the party
 * (找师傅确认 / 问主管核实: the agent's own step), nor the verb's permission 也行 / 都可以 read as a party (…当面问也行, round 21).
 */
const ORDER_REFERRAL_LAST_CLAUSE = new RegExp(
  '(?:^|\\|)(?![^|]*?(?:可以|可已|建议|随时|需要|请|麻烦|如果|要是|的话|帮|为您|给您|我来|我去|我先|我再|祝))[^|]{0,10}?(?<![我们帮再会要能在先让找问顾询学疑访提慰追审寻慢])(?<!我去|我来|们去|再去|先去|就去)(?:就|直接)?(?:找|问)' +
    '(?!一下|下|到|好|找|问|我|咱|客服|人工|什么|哪|谁|题|的|你|您|过|了|着|个|看|清|对|错|回|不|诊|候|卷|答|责|世|出来|也|都)\\p{Script=Han}{2,6}?(?<!确认|核实|处理|沟通|反馈|协调|商量|了解|一下|查询|看看|查)(?:去|说|去吧|吧|去说)?$',
  'u',
);
/** A turn that may hold the bare order (a cheap test before the pattern). */
const MAY_ORDER = /[找问]/u;

/**
 * The turn gives the reason in the published prescribed form, "not within our scope" (不在我们的受理范围): the scope
 * statement is the refusal's reason [S3 拒绝用语], the referral after it the way on (the rubric's 推诿 comment, round 5).
 */
const SCOPE_STATEMENT = /不在[^|]{0,12}?范围/u;

/**
 * Round 19: the opening's thanks for getting in touch (感谢您联系X / 谢谢您致电X; round 26: 感谢您找X) names us as the one contacted — a greeting,
 * not the customer sent on to X.
 */
const GREETING_THANKS = /(?:感谢|谢谢|多谢|欢迎)(?:您|你)(?:的)?(?:联系|致电|咨询|来电|找)/u;
/**
 * Round 25 (ASR reading): the greeting's thanks and the agent's 帮您 read by sound as well (感写您联系X / 我邦您问一下X — a
 * recogniser's homophone of 感谢 / 帮): the words as heard, not only as written, keep the line from being read as a referral.
 */
const GREETING_THANKS_HEARD = heardRegExp(GREETING_THANKS);
const HELPS_HEARD = heardRegExp(/帮(?:您|你)/u);

/** The customer asks where or whom (在哪 / 去哪儿 / 找谁 / 哪个部门): a referral is what was asked for. */
const ASKS_WHERE = /哪里|哪儿|在哪|去哪|哪个(?:地方|部门|窗口|网点|门店|单位)|哪家|找谁|问谁|联系谁|什么地方/u;

/** The turn says 您 or 你 (a cheap test before the patterns). */
const ADDRESSES_CUSTOMER = /[您你]/u;

/** A question, not a referral (请问您要咨询什么 / 您问哪个 / 请问您要咨询还是反映问题？). */
const QUESTION = /什么|哪|吗|么|请问/u;
/** The reply ends on a question mark: the agent asks, it does not send the customer anywhere. */
const ENDS_ASKING = /[?？][\s）)]*$/u;

/**
 * The way there, or help that goes with the referral: a number (phone, hours, days), a transfer, a callback, the agent
 * acting itself (我帮您 / 给您联系 / 我这边会跟进), a contact channel named (电话 / 热线 / 地址 / 链接).
 */
const HELP = /[0-9]|[一二三四五六七八九十两幺零]{3,}|转接|转到|转给|转过去|帮您|帮你|给您(?:转|联系|查|问|登记|反馈|发|打|留)|为您(?:转|联系|登记|反馈)|替您|(?:我|我们)(?:这边)?(?:也)?(?:会|来|先|帮|再帮|去帮|给您)|回电|回访|联系您|通知您|电话|号码|热线|地址|网址|链接|营业时间|工作时间|工作日|小时/u;

/**
 * The agent turns of `p` whose reply ends on a referral elsewhere with no way there and no help in it or right after.
 * Worked out once per transcript: forbidden-words (推诿) and resolution (referral-non-answer.ts) both read it.
 */
export function bareReferrals(p: PreparedTranscript): readonly PreparedTurn[] {
  let out = referralsOf.get(p);
  if (!out) referralsOf.set(p, (out = scanBareReferrals(p, LINE_TEST.bareReferral, bareReferralLine)));
  return out;
}
const referralsOf = new WeakMap<PreparedTranscript, readonly PreparedTurn[]>();

/**
 * The agent turns of `p` ending on the bare order referral (ORDER_REFERRAL_LAST_CLAUSE), same guards. forbidden-words
 * only: resolution keeps reading the addressed form (the dev sets label these turns' questions answered as often as not).
 */
export function orderReferrals(p: PreparedTranscript): readonly PreparedTurn[] {
  let out = ordersOf.get(p);
  if (!out) ordersOf.set(p, (out = scanBareReferrals(p, LINE_TEST.orderReferral, orderReferralLine)));
  return out;
}
const ordersOf = new WeakMap<PreparedTranscript, readonly PreparedTurn[]>();

function scanBareReferrals(p: PreparedTranscript, test: number, line: (view: TextView) => boolean): PreparedTurn[] {
  const out: PreparedTurn[] = [];
  const d = p.dialogue;
  for (let k = 0; k < d.length; k++) {
    const t = d[k]!;
    // what the line says by itself, decided once per line (view.ts lineTest): scripted lines recur in every contact
    if (t.turn.speaker !== 'agent' || !lineTest(t.view, test, line)) continue;
    // a pointer for a side question the customer opened as one (哦还有，… / 对了，…) and took without pushing back is
    // no brush-off of the customer's matter (independent-dev2a README, independent-dev10a README call 9)
    if (pointerForSideQuestion(p, t)) continue;
    // round 19: the customer asked where to go or whom to see (放在哪里了？ / 该找谁？) and the agent points 您 there: the place or
    // party named is the answer (not the bare order with no one addressed, 反正不是我这儿，去找财务 — still 推诿)
    if (t.view.norm.includes('您') && askedWhere(p, k)) continue;
    // the agent goes on in its next turn before the customer speaks: help there counts, as does any answer
    const next = d[k + 1];
    if (next && next.turn.speaker === 'agent' && HELP.test(clauseTextOf(next.view).text)) continue;
    out.push(t);
  }
  return out;
}

/** The line alone ends on a referral elsewhere and holds no way there, no help and no scope statement (the turn's text is the view's). */
function bareReferralLine(view: TextView): boolean {
  // every referral shape addresses the customer: a turn without 您/你 is passed over before any pattern runs
  if (!ADDRESSES_CUSTOMER.test(view.norm)) return false;
  return referralWithoutHelp(view, REFERRAL_LAST_CLAUSE);
}

/** The line alone ends on the bare order referral, with no way there, no help and no scope statement. */
export function orderReferralLine(view: TextView): boolean {
  return MAY_ORDER.test(view.norm) && referralWithoutHelp(view, ORDER_REFERRAL_LAST_CLAUSE);
}

function referralWithoutHelp(view: TextView, shape: RegExp): boolean {
  const text = clauseTextOf(view).text;
  const m = shape.exec(text);
  if (m === null || GREETING_THANKS.test(m[0]) || QUESTION.test(m[0]) || ENDS_ASKING.test(view.original) || HELP.test(text) || SCOPE_STATEMENT.test(text)) return false;
  if (!GREETING_THANKS_HEARD.test(heardText(m[0])) && !HELPS_HEARD.test(heardText(text))) return !PAUSE.test(view.original) || shape.test(clauseTextOf(viewOf(lastStretch(view.original))).text);
  return false;
}

/**
 * Round 26 (reading): in a recognised call a space between two Han characters is the pause of a clause break, so the referral
 * must end the last stretch of speech by itself — 让您反复来问 实在过意不去 is an apology after a pause, not 问 + a party
 * 实在过意不去 (a stretch that is only a filler, 呃 / 嗯, is no stretch of its own).
 */
const PAUSE = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;
const PAUSES = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
const FILLER_ONLY = /^[呃嗯啊哦噢额唔诶哈]+$|^(?:那个|就是|这个)$/u;
function lastStretch(text: string): string {
  const parts = text.split(PAUSES);
  let i = parts.length - 1;
  while (i > 0 && FILLER_ONLY.test(parts[i]!.replace(/[\s，。？！,.?!]/gu, ''))) i--;
  return parts[i]!;
}

/**
 * The customer's last question before dialogue turn `k` asks where or whom — over the hold between (请稍等，我查一下 / 嗯，好。):
 * the customer's short acknowledgements are passed over, at most three customer turns back.
 */
function askedWhere(p: PreparedTranscript, k: number): boolean {
  let seen = 0;
  for (let i = k - 1; i >= 0 && seen < 3; i--) {
    const x = p.dialogue[i]!;
    if (x.turn.speaker !== 'customer') continue;
    seen++;
    if (asksQuestion(x.turn.text)) return ASKS_WHERE.test(x.turn.text);
  }
  return false;
}

/** `t` replies to a side question the customer opened as one, and the customer's next turn asks nothing more. */
function pointerForSideQuestion(p: PreparedTranscript, t: PreparedTurn): boolean {
  const asked = customerTurnBefore(p, t);
  if (!asked || !opensSideQuestion(asked.turn.text)) return false;
  const next = p.customer.find((x) => x.index > t.index);
  return !next || !asksQuestion(next.turn.text);
}
