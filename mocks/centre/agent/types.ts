/**
 * The agent brain's contract, independent of transport: the chat server and the voice centre both
 * feed it customer text and play out the replies it plans (typing in a chat, TTS on a call).
 */
import type { CheckId, ProfileName } from '../profiles.js';

export interface AgentIdentity {
  /** 工号, e.g. "1023". */
  id: string;
  /** Display name, e.g. 小李. */
  name: string;
}

/** A deliberate defect, to be logged as ground truth when the reply carrying it is delivered. */
export interface CommittedDefect {
  /** The stable check id it should trigger. */
  check: CheckId;
  /** Further checks the same defect is expected to trigger (e.g. wrong fact → no-misinformation). */
  alsoTriggers?: CheckId[];
  /** What kind of defect, e.g. `missing-greeting`, `wrong-fact`, `slow-reply`. */
  kind: string;
  quote?: string;
  detail?: string;
}

/** A fact the agent states in a reply. */
export interface StatedFact {
  key: string;
  stated: string;
  correct: boolean;
}

export interface PlannedReply {
  text: string;
  /**
   * Simulated time (unscaled ms) between the previous event (customer message, or the previous
   * reply of the same turn) and this reply appearing; transports multiply by their time scale.
   */
  delayMs: number;
  facts: StatedFact[];
  defects: CommittedDefect[];
  /** Hold etiquette markers, for transports that show hold state (voice music on hold). */
  hold?: 'start' | 'end';
}

export interface BrainTurn {
  replies: PlannedReply[];
  /** End the contact after the last reply (closing line said, or closing skipped by the profile). */
  close: boolean;
}

export interface BrainOptions {
  agent: AgentIdentity;
  profile: ProfileName;
  /** Seed for this contact (derive it with seedFor(seed, ref, 'brain')). */
  seed: number;
  /** Closing wording differs: 感谢您的来电 on the phone, 感谢您的咨询 in a chat. @default "webchat" */
  channel?: 'webchat' | 'voice';
}

export type { CheckId, ProfileName };
