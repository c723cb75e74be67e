/**
 * closing: did the agent have its turn to close before the customer's last words? [S3 结束语: the agent closes the
 * contact; S21 结束语 once the business is done]
 *
 * A customer who speaks last left mid-contact (closing N/A) only if the agent never reached the end of the business.
 * When the customer's last question was answered and the agent then spoke AGAIN (行。/ 好，您留意一下通知。/ 那就这样),
 * the business was done and that extra turn was the agent's place to thank or take leave; a customer who then only
 * acknowledges (嗯 / 嗯嗯 / 行 / 好的 / 哦) ends the contact by agreement, not by walking out — the closing belonged in the
 * agent's last turns before that receipt, so a missing one fails. A last line with content (a new question, 算了不办了,
 * a complaint) keeps the walk-out reading.
 */
import { holdAnnouncement } from './silence.js';
import { asksQuestion } from './non-answer-forms.js';
import type { CompiledRubric, PreparedTranscript } from '../context.js';

/**
 * The whole turn is a receipt token: yes / OK / I see, repeated or combined, with fillers and a closing particle —
 * nothing the agent would still have to answer.
 */
const BARE_ACKNOWLEDGEMENT =
  /^(?:嗯|啊|呃|额|哦|噢|喔|唔)*(?:(?:嗯|哦|噢|喔|好|行|对|是|ok|okay)+(?:的|了|吧|呢)?|好的|知道了|明白了|晓得了|可以)?(?:嗯|啊|哦|哈|呀)*$/u;

/** Punctuation, spaces and ellipses are not words: 嗯。/ 行… / 好的！ are the same receipt. */
const NOT_WORDS = /[\s\p{P}~～]/gu;

/** True when the customer's last turn is a bare acknowledgement (at least one token of it). */
export function endsOnAcknowledgement(text: string): boolean {
  const bare = text.toLowerCase().replace(NOT_WORDS, '');
  return bare.length > 0 && BARE_ACKNOWLEDGEMENT.test(bare);
}

/**
 * The customer's last turn is a bare acknowledgement and, since the customer's last question, the agent spoke at least
 * twice (a hold announcement aside — 请您稍等 is the answer still coming): the agent answered and went on, so it had
 * its turn to close.
 */
export function agentHadClosingTurn(c: CompiledRubric, p: PreparedTranscript): boolean {
  const last = p.dialogue[p.dialogue.length - 1];
  if (!last || last.turn.speaker !== 'customer' || !endsOnAcknowledgement(last.turn.text)) return false;
  let question = -1;
  for (let k = p.customer.length - 1; k >= 0; k--) {
    const t = p.customer[k]!;
    if (t !== last && asksQuestion(t.turn.text) && !endsOnAcknowledgement(t.turn.text)) {
      question = t.index;
      break;
    }
  }
  if (question < 0) return false;
  let spoke = 0;
  for (const t of p.agent) if (t.index > question && !holdAnnouncement(c, t)) spoke++;
  return spoke >= 2;
}
