/**
 * Where things are in a chat widget's DOM. A scenario's `target.selectors` is either the name of a
 * preset below or a full selectors object (how a real centre's widget is configured); both resolve
 * to `ChatSelectors`. A custom widget may name its system-message and status elements too; one
 * that names neither gets its queue/agent-joined events from the first agent message.
 */
import type { WebchatSelectors } from '../../scenario/schema.js';
import type { InteractionError } from '../../interaction/types.js';

/** Values of the status element that mean a phase of the chat (compared case-insensitively). */
export interface StatusStates {
  queued: string[];
  chatting: string[];
  ended: string[];
}

/** Regex sources matched against system (or, for `ended`, any centre-side) message text. */
export interface SystemPatterns {
  queued?: string;
  agentJoined?: string;
  ended?: string;
  /** The centre turns the chat away for want of agents ("坐席全忙，请稍后再试"): outcome busy / no-answer. */
  busy?: string;
}

export interface ChatSelectors extends WebchatSelectors {
  /** Which status values mean which phase. @default DEFAULT_STATES */
  states?: StatusStates;
  /** Phase hints in system messages, for widgets without a status element. */
  systemPatterns?: SystemPatterns;
}

export const DEFAULT_STATES: StatusStates = {
  queued: ['queued', 'queue', 'queueing', 'waiting'],
  chatting: ['chatting', 'connected', 'active', 'open'],
  ended: ['ended', 'closed', 'finished'],
};

export const DEFAULT_PRESET = 'simulated-centre';

/**
 * The simulated centre (mocks/centre) DOM contract. `ready` is the chatting state, not the input:
 * with a queue the page first shows `data-state="queued"` and system notices, and the customer
 * should not type before an agent is there (the channel keeps waiting while the page says queued).
 */
const SIMULATED_CENTRE: ChatSelectors = {
  input: '#input',
  send: '#send',
  messages: '#messages',
  agentMessage: '.msg.agent',
  customerMessage: '.msg.customer',
  systemMessage: '.msg.system',
  text: '.text',
  ready: '#status[data-state="chatting"]',
  end: '#end',
  status: '#status',
  statusAttribute: 'data-state',
  states: DEFAULT_STATES,
  systemPatterns: {
    queued: '排队|请稍候|queue',
    agentJoined: '为您服务|已接入|接入人工|加入了?会话|joined',
    ended: '会话已结束|对话已结束|chat (has )?ended',
    busy: '坐席全忙|坐席繁忙|稍后再试|all agents are busy',
  },
};

export const SELECTOR_PRESETS: Readonly<Record<string, ChatSelectors>> = Object.freeze({
  [DEFAULT_PRESET]: SIMULATED_CENTRE,
});

export type ResolvedSelectors = { ok: true; selectors: ChatSelectors } | { ok: false; error: InteractionError };

/**
 * Scenario selectors → preset → the default preset. A selectors object is used as written (its
 * `ready` defaults to the input); an unknown preset name is an error the user must fix.
 */
export function resolveSelectors(spec: string | WebchatSelectors | undefined): ResolvedSelectors {
  if (spec === undefined) return { ok: true, selectors: SELECTOR_PRESETS[DEFAULT_PRESET]! };
  if (typeof spec === 'string') {
    const preset = SELECTOR_PRESETS[spec];
    if (preset) return { ok: true, selectors: preset };
    return {
      ok: false,
      error: {
        code: 'E_SELECTORS_UNKNOWN',
        message: `target.selectors names the preset "${spec}", which does not exist`,
        hint: `use one of: ${Object.keys(SELECTOR_PRESETS).join(', ')}; or give a selectors object (input, messages, agentMessage …)`,
      },
    };
  }
  return { ok: true, selectors: { ...spec, ready: spec.ready ?? spec.input } };
}

/** The selector that says the chat is ready for the customer. */
export function readySelector(selectors: ChatSelectors): string {
  return selectors.ready ?? selectors.input;
}
