/**
 * forbidden-words' 讽刺挖苦 and 激将投诉 by structure — who is addressed and what is said of them, not a list of lines:
 *  - the customer's person judged, ironically, with a degree word and a closing particle (您也是挺心大的哈 / 您也太心急了吧 /
 *    你可真够能折腾的啊) [S4 鄙视语; S1 讽刺挖苦]: a character said of the customer, not their situation (您也挺不容易的 /
 *    您也太辛苦了 — sympathy) nor thanks (您也太客气了吧);
 *  - the rhetorical question about what the customer's side could not do for themselves (你们IT自己不会先清下缓存吗 / 你自己
 *    就不会先重启一下吗) — the rubric's 自己不会看/查…吗 family in any verb [S4 鄙视语; S20 你不懂];
 *  - the dare to complain about us at an office the agent names (不服你就去文旅局告我们 / 您可以去市长热线告我们嘛) —
 *    the object is us, so it is no referral to a complaint channel (您可以拨打12345反映 / 如有不满可以投诉) [S1 你去投诉好了].
 * Reported by forbidden-words only: politeness reads the rubric's impolite vocabularies, which these rules leave alone.
 * Seen from two authors (independent-dev9b tx-lost-04, md-postop-10, saas-ticket-10, tx-detour-09; dev10a lib-card-07);
 * no turn of the eighteen contact sets labelled clean has any of the shapes.
 */
import type { PreparedTranscript, PreparedTurn } from '../context.js';
import { clauseTextOf } from '../text/patterns.js';
import { LINE_TEST, lineTest, type TextView } from '../text/view.js';

/** A mocking structure's category and the turn it was said in. */
export interface MockingTurn {
  turn: PreparedTurn;
  category: '讽刺挖苦' | '激将投诉';
  quote: string;
}

/** What is sympathy or thanks, not a judgement, after the degree word (您也挺不容易的 / 您也太客气了吧). */
const NOT_A_JUDGEMENT = '(?!不容易|不易|辛苦|累|难|客气|好|有心|细心|周到|理解|配合|体谅|耐心|棒|倒霉|委屈|担心)';

/** The customer's person judged with 也/可/真 + a degree word, closed by a particle (on the clause-marked text). */
const PERSON_JUDGED = new RegExp(`(?:你|您)(?:们)?(?:也|可|倒)(?:是|真是|真)?(?:挺|太|够|蛮)${NOT_A_JUDGEMENT}[^|]{1,4}?(?:的|了)(?:吧|哈|啊|呀|嘛)`, 'u');

/** "Couldn't you (your side) do it yourselves first?" — 自己(就)不会 + a verb phrase + a question particle. */
const COULD_NOT_YOURSELF = /(?:你|您)(?:们)?[^|]{0,4}?自己(?:就)?不会(?:先)?[^|]{1,10}?(?:吗|么|嘛)/u;

/** The customer dared to complain about us at an office the agent names, with a dare particle or closing the clause. */
const COMPLAIN_ABOUT_US = /(?:你|您)[^|]{0,10}?(?:去|到)[^|]{1,8}?(?:告|投诉|举报)(?:我|我们)(?:啊|呗|嘛|好了|吧|(?=$|\|))/u;

/** The turn says 您 or 你 (a cheap test before the patterns). */
const ADDRESSES_CUSTOMER = /[您你]/u;

/** False when the line holds none of the shapes (each addresses the customer: without 您/你 no pattern runs). */
function mayMock(view: TextView): boolean {
  if (!ADDRESSES_CUSTOMER.test(view.norm)) return false;
  const text = clauseTextOf(view).text;
  return PERSON_JUDGED.test(text) || COULD_NOT_YOURSELF.test(text) || COMPLAIN_ABOUT_US.test(text);
}

/** The agent turns of `p` holding one of the mocking structures (the first per turn). */
export function mockingStructures(p: PreparedTranscript): MockingTurn[] {
  const out: MockingTurn[] = [];
  for (const t of p.agent) {
    // a line certainly without any of the shapes is known as such from its first sight (view.ts lineTest)
    if (!lineTest(t.view, LINE_TEST.mocking, mayMock)) continue;
    const text = clauseTextOf(t.view).text;
    const m = PERSON_JUDGED.exec(text) ?? COULD_NOT_YOURSELF.exec(text);
    if (m) {
      out.push({ turn: t, category: '讽刺挖苦', quote: m[0] });
      continue;
    }
    const dare = COMPLAIN_ABOUT_US.exec(text);
    if (dare) out.push({ turn: t, category: '激将投诉', quote: dare[0] });
  }
  return out;
}
