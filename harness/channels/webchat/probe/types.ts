/**
 * What `probe` finds on a page: one `Guess` per part of the chat, each with a verified selector,
 * how sure it is and why. The skeleton writer and the report read only this, so both are pure
 * functions of it (and testable without a browser).
 */

export type Confidence = 'high' | 'medium' | 'low';

/** How a selector identifies its element; `fragile` (a position chain) breaks when the page changes. */
export type SelectorQuality = 'id' | 'data' | 'aria' | 'attr' | 'class' | 'tag' | 'scoped' | 'scoped-tag' | 'fragile';

export interface Guess {
  selector: string;
  confidence: Confidence;
  /** Why probe believes it (shown in the YAML comment and the report). */
  why: string;
  quality?: SelectorQuality;
  /** A short description of the element (tag, id, class, text), for the report. */
  element?: string;
}

export type PrechatFieldKind = 'name' | 'phone' | 'email' | 'question' | 'checkbox' | 'select' | 'other';

export interface PrechatField {
  selector: string;
  kind: PrechatFieldKind;
  label: string;
  required: boolean;
  /** The value written to the scenario ({{vars}} allowed); absent for fields probe cannot fill. */
  value?: string;
}

export interface PrechatFinding {
  fields: PrechatField[];
  submit?: Guess;
  /** Whether probe filled and submitted it (only with --send: submitting is sending). */
  submitted: boolean;
}

export interface SentLine {
  text: string;
  /** The line showed up in the chat as a new bubble. */
  delivered: boolean;
  /** Centre-side bubbles seen after it, by guessed speaker. */
  replies: number;
}

export type MessageRole = 'customerMessage' | 'agentMessage' | 'botMessage' | 'systemMessage';

export interface ProbeFindings {
  /** The page as given by the user (without the probe's ref). */
  url: string;
  consent?: Guess;
  launcher?: Guess;
  /** The launcher opens the chat in a window of its own (the scenario's open click gets `popup: true`). */
  launcherOpensWindow?: boolean;
  /** Other launcher candidates, for the report when the first did not open anything. */
  launcherAlternatives: Guess[];
  /** The iframe chain to the chat, outermost first; empty when the chat is on the page itself. */
  frames: Guess[];
  prechat?: PrechatFinding;
  input?: Guess;
  /** Absent with `sendByEnter`: no send button, the harness presses Enter. */
  send?: Guess;
  sendByEnter: boolean;
  messages?: Guess;
  roles: Partial<Record<MessageRole, Guess>>;
  text?: Guess;
  typing?: Guess;
  /** A button that ends the chat; proposed, never clicked. */
  end?: Guess;
  /** Example texts per role, to help the user check the classification. */
  samples: Partial<Record<MessageRole, string[]>>;
  sent: SentLine[];
  /** Custom elements that render but expose no open shadow root: the harness cannot enter them. */
  closedShadowHosts: string[];
  /** Things the user must check or do, in the order they matter. */
  todo: string[];
}

export type ProbeVerdict = 'usable' | 'partial';

/**
 * Usable = enough for a scenario to run as written: the input, the message list and the human
 * agent's messages are known, and a pre-chat form (if any) was filled and submitted. A chat where
 * only a bot was seen is partial: the agent selector is still a guess the user must make.
 */
export function verdictOf(f: ProbeFindings): ProbeVerdict {
  const chatReached = !!f.input && !!f.messages;
  const prechatOk = !f.prechat || (f.prechat.submitted && !!f.prechat.submit);
  return chatReached && !!f.roles.agentMessage && prechatOk ? 'usable' : 'partial';
}
