/**
 * Turns the in-page analysis of the message list (watch-script.ts) into guesses with a confidence
 * and the to-dos the user must check. How sure a role selector is depends on how it was learnt:
 * the customer's bubble seen appearing with the line we sent is certain; a centre-side bubble
 * whose markup names its role (bot / agent / system tokens) is good; one that is merely "not the
 * customer's" is a guess (it may be a bot).
 */
import type { Confidence, Guess, MessageRole, ProbeFindings } from './types.js';

type PageRole = 'customer' | 'agent' | 'bot' | 'system';

export interface RoleAnalysis {
  count: number;
  selector: string | null;
  quality: string | null;
  /** How many of this role's bubbles carry a token that names the role. */
  byTokens: number;
}

export interface Analysis {
  error?: string;
  items: number;
  newItems: number;
  observedCustomer: number;
  roles: Partial<Record<PageRole, RoleAnalysis>>;
  samples: Partial<Record<PageRole, string[]>>;
  typing: string[];
  text: { selector: string | null; reason: string; unresolved?: boolean } | null;
}

const ROLE_FIELD: Record<PageRole, MessageRole> = {
  customer: 'customerMessage',
  agent: 'agentMessage',
  bot: 'botMessage',
  system: 'systemMessage',
};

function roleConfidence(role: PageRole, r: RoleAnalysis, a: Analysis, sent: boolean): { confidence: Confidence; why: string } {
  const named = r.byTokens === r.count;
  if (role === 'customer') {
    if (a.observedCustomer > 0) return { confidence: 'high', why: 'the line probe sent appeared in it' };
    return { confidence: named ? 'medium' : 'low', why: 'its markup names the customer side (nothing was sent to confirm)' };
  }
  if (named) return { confidence: sent ? 'high' : 'medium', why: `its markup names it (${r.count} seen)` };
  if (role === 'system') return { confidence: 'medium', why: 'reads like a notice (transfer, queue, join, end)' };
  return {
    confidence: sent && a.observedCustomer > 0 ? 'medium' : 'low',
    why: `centre-side bubbles (${r.count} seen) whose markup does not say whether a bot or a human wrote them`,
  };
}

export function guessesFromAnalysis(a: Analysis, findings: ProbeFindings, sent: boolean): void {
  for (const role of ['customer', 'system', 'bot', 'agent'] as PageRole[]) {
    const r = a.roles[role];
    if (!r) continue;
    const field = ROLE_FIELD[role];
    findings.samples[field] = a.samples[role] ?? [];
    if (!r.selector) {
      findings.todo.push(`${field}: ${r.count} bubble(s) seen but no selector tells them apart from the others; write one by hand`);
      continue;
    }
    const { confidence, why } = roleConfidence(role, r, a, sent);
    findings.roles[field] = { selector: r.selector, confidence, why, ...(r.quality ? { quality: r.quality as Guess['quality'] } : {}) };
  }
  if (a.text?.selector) {
    findings.text = { selector: a.text.selector, confidence: 'medium', why: a.text.reason };
  } else if (a.text?.unresolved) {
    findings.todo.push('text: bubbles hold more than their text (name, time?) and no element holds exactly the text; set selectors.text by hand');
  }
  if (a.typing[0]) findings.typing = { selector: a.typing[0], confidence: 'medium', why: 'shown while the other side was about to answer' };
  if (sent && a.observedCustomer === 0) {
    findings.todo.push('the line sent did not show up as a new bubble: check input/send, and that the chat was open');
  }
  if (!findings.roles.agentMessage) {
    findings.todo.push(
      findings.roles.botMessage
        ? 'agentMessage: only a bot answered; send the hand-off line too (e.g. --send 你好 --send 转人工) to see a human agent\'s bubbles'
        : sent
          ? 'agentMessage: no answer was seen; raise --timeout, or write the selector by hand'
          : 'agentMessage: nothing to learn from yet; re-run with --send 你好 to see the centre answer',
    );
  } else if (findings.roles.agentMessage.confidence !== 'high') {
    findings.todo.push('agentMessage: check these are a human agent\'s bubbles; if a bot wrote them, move the selector to botMessage');
  }
  if (!findings.roles.customerMessage && sent) findings.todo.push('customerMessage: not learnt; optional, but it confirms delivery');
}
