/**
 * forbidden-words' 冷漠敷衍 by structure: the customer asks the agent to do something (能不能帮我改到下个月 / 能不能让
 * 司机给我道歉) and the agent's whole reply is a bare acknowledgement (嗯。/ 哦。/ 嗯，知道了。) with nothing after it —
 * the request neither taken up nor refused, the customer's matter dismissed. The definition lists cold / perfunctory
 * replies among the 服务忌语, as the published material does (the rubric's sources: [S6] 沟通冷漠 as what escalates a
 * complaint; [S3] a refusal must give its reason or a way round — a bare 嗯 gives neither). Both labellers of
 * independent-dev10a label exactly this (its README: "a cold reply (哦。/嗯。) to the customer's push-back is a 忌语");
 * no other set has the shape (a count over the eighteen sets: 5 such turns, all dev10a, all labelled 忌语 by both).
 * Not this: an acknowledgement that accepts (好的 / 行 / 收到 / 没问题 — the agent takes the request on), a 嗯 the agent
 * goes on from in its next turn, a 嗯 to a yes/no question (it answers yes), to a statement (a backchannel).
 */
import type { PreparedTranscript, PreparedTurn } from '../context.js';

/** The 忌语 category the dismissed request is reported under. */
export const DISMISSED_REQUEST_CATEGORY = '冷漠敷衍';

/** The whole reply is a bare acknowledgement that takes nothing on (嗯 / 哦 / 嗯，知道了), on the normalised text. */
const BARE_ACKNOWLEDGEMENT = /^(?:嗯|哦|噢|喔|呃)+(?:知道了|晓得了)?$|^(?:知道了|晓得了)$/u;

/** The customer asks the agent to act: 能不能 / 可不可以 / 能否 / 帮我 / 麻烦你 / 让 X … (on the normalised text). */
const REQUEST_TO_ACT = /能不能|可不可以|可以不可以|能否|可否|能帮|可以帮|帮我|帮忙|麻烦(?:你|您)|(?:能|可以)?让(?:他|她|他们|司机|师傅|房东|商家|快递|那个|你们)/u;

/** The agent turns of `p` that are a bare acknowledgement of the customer's request with nothing after it. */
export function dismissedRequests(p: PreparedTranscript): PreparedTurn[] {
  const out: PreparedTurn[] = [];
  const d = p.dialogue;
  for (let k = 1; k < d.length; k++) {
    const t = d[k]!;
    if (t.turn.speaker !== 'agent' || t.view.norm.length > 5 || !BARE_ACKNOWLEDGEMENT.test(t.view.norm)) continue;
    const before = d[k - 1]!;
    if (before.turn.speaker !== 'customer' || !REQUEST_TO_ACT.test(before.view.norm)) continue;
    const after = d[k + 1];
    if (after && after.turn.speaker === 'agent') continue; // the agent goes on: the 嗯 was the floor, not the reply
    out.push(t);
  }
  return out;
}
