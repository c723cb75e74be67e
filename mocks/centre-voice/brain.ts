/**
 * Agents for the voice side. By default the shared agent brain of the simulated centre
 * (mocks/centre/agent: knowledge base, quality profiles, deliberate defects), so calls and chats are
 * served alike and logged to the same ground truth. A small keyword agent remains for tests that
 * want fixed, profile-free replies.
 */
import { makeRoster } from '../centre/agent-pool.js';
import { AgentBrain } from '../centre/agent/brain.js';
import { seedFor } from '../centre/prng.js';
import { chooseProfile, type ProfileName } from '../centre/profiles.js';
import type { VoiceAgent, VoiceAgentFactory, VoiceAgentTurn } from './types.js';

export interface SharedBrainOptions {
  /** @default 1 */
  seed?: number;
  /** Force one profile; otherwise the seeded weighted choice per call, as for chats. */
  profile?: ProfileName;
  profileWeights?: Partial<Record<ProfileName, number>>;
  /** @default 4 */
  agents?: number;
}

export function sharedBrainAgents(options: SharedBrainOptions = {}): VoiceAgentFactory {
  const seed = options.seed ?? 1;
  const roster = makeRoster(options.agents ?? 4);
  return (ref, assigned) => {
    const identity = assigned ?? roster[seedFor(seed, ref, 'voice-agent') % roster.length]!;
    const profile = options.profile ?? chooseProfile(seed, ref, options.profileWeights);
    const brain = new AgentBrain({ agent: identity, profile, seed: seedFor(seed, ref, 'brain'), channel: 'voice' });
    return {
      id: identity.id,
      name: identity.name,
      profile,
      opening: () => brain.opening(),
      respond: (text) => brain.respond(text),
    };
  };
}

interface Rule {
  when: RegExp;
  replies: string[];
  close?: boolean;
}

const RULES: Rule[] = [
  { when: /再见|没有了|没有其他|就这些/u, replies: ['不客气，稍后会有一条满意度评价短信，麻烦您给我们打个分。感谢您的来电，祝您生活愉快，再见！'], close: true },
  { when: /话费|余额|账单/u, replies: ['好的，请稍等，我帮您查询一下。', '您本月的话费是58元，目前账户余额是120元。'] },
  { when: /投诉|不满意|太慢/u, replies: ['非常抱歉给您带来了不好的体验，我已经为您登记了投诉，工单号是20261123001，我们会在24小时内回复您。'] },
];

/** Fixed replies by keyword; `delayMs` is the think time before each reply. */
export function keywordAgents(options: { id?: string; name?: string; delayMs?: number } = {}): VoiceAgentFactory {
  const id = options.id ?? '1023';
  const name = options.name ?? '小李';
  const delayMs = options.delayMs ?? 800;
  return (): VoiceAgent => ({
    id,
    name,
    profile: 'exemplary',
    opening: (): VoiceAgentTurn => ({ replies: [{ text: `您好，工号${id}，很高兴为您服务，请问有什么可以帮您？`, delayMs: 0 }], close: false }),
    respond: (text): VoiceAgentTurn => {
      const rule = RULES.find((r) => r.when.test(text));
      const replies = rule ? rule.replies : ['好的，我明白了，请问还有什么可以帮您的吗？'];
      return { replies: replies.map((t, i) => ({ text: t, delayMs: i === 0 ? delayMs : 300 })), close: rule?.close ?? false };
    },
  });
}
