import { describe, expect, it } from 'vitest';
import { AgentBrain } from '../../../../mocks/centre/agent/brain.js';
import { FORBIDDEN_WORDS } from '../../../../mocks/centre/agent/phrases.js';
import type { BrainTurn, PlannedReply } from '../../../../mocks/centre/agent/types.js';
import { factByKey, TOPICS, type TopicId } from '../../../../mocks/centre/knowledge-base.js';
import { PROFILE_CHECKS, PROFILE_NAMES, type CheckId, type ProfileName } from '../../../../mocks/centre/profiles.js';
import { CONVERSATIONS } from '../conversations.js';

const AGENT = { id: '1023', name: '小李' };

function converse(profile: ProfileName, topic: TopicId, seed = 7): { turns: BrainTurn[]; replies: PlannedReply[]; brain: AgentBrain } {
  const brain = new AgentBrain({ agent: AGENT, profile, seed });
  const turns = [brain.opening(), ...CONVERSATIONS[topic].map((line) => brain.respond(line))];
  return { turns, replies: turns.flatMap((t) => t.replies), brain };
}

/** Defects that can only show in some topics. */
function expectedChecks(profile: ProfileName, topic: TopicId): CheckId[] {
  if (profile === 'no-verification' && topic !== 'card-loss') return [];
  if (profile === 'no-empathy' && topic !== 'return-complaint') return [];
  return [...PROFILE_CHECKS[profile]];
}

describe('AgentBrain', () => {
  for (const topic of TOPICS.map((t) => t.id)) {
    describe(topic, () => {
      it('the exemplary agent commits no defect, states every fact correctly and closes', () => {
        const { turns, replies, brain } = converse('exemplary', topic);
        expect(replies.flatMap((r) => r.defects)).toEqual([]);
        const stated = new Set(replies.flatMap((r) => r.facts.map((f) => f.key)));
        expect([...stated].sort()).toEqual(TOPICS.find((t) => t.id === topic)!.facts.map((f) => f.key).sort());
        expect(replies.flatMap((r) => r.facts).every((f) => f.correct)).toBe(true);
        const all = replies.map((r) => r.text).join('\n');
        expect(all).toMatch(/^您好.*工号1023/u);
        expect(all).toContain('请您稍等，我帮您查询一下');
        expect(all).toContain('感谢您的耐心等待');
        expect(all).toMatch(/(受理编号|预约单号|工单号)是[A-Z]{2}\d{8}/u);
        expect(all).toContain('稍后请您对我的服务进行评价');
        expect(all).toMatch(/感谢您的咨询，祝您生活愉快，再见/u);
        expect(turns.at(-1)!.close).toBe(true);
        expect(brain.closed).toBe(true);
        for (const word of FORBIDDEN_WORDS) expect(all).not.toContain(word);
        // Every stated fact's value is verbatim in the message that states it.
        for (const r of replies) for (const f of r.facts) expect(r.text).toContain(f.stated);
      });

      for (const profile of PROFILE_NAMES.filter((p) => p !== 'exemplary')) {
        it(`${profile} commits exactly its own defects`, () => {
          const { replies } = converse(profile, topic);
          const defects = replies.flatMap((r) => r.defects);
          const checks = new Set(defects.flatMap((d) => [d.check, ...(d.alsoTriggers ?? [])]));
          expect([...checks].sort()).toEqual(expectedChecks(profile, topic).sort());
          for (const d of defects) {
            expect(d.kind).toMatch(/^[a-z-]+$/u);
            expect(d.quote).toBeTruthy();
          }
        });
      }
    });
  }

  it('the wrong-fact agent misstates exactly one fact, consistently, and logs it as incorrect', () => {
    for (const topic of TOPICS.map((t) => t.id)) {
      const { replies } = converse('wrong-fact', topic);
      const facts = replies.flatMap((r) => r.facts);
      const wrongKeys = new Set(facts.filter((f) => !f.correct).map((f) => f.key));
      expect(wrongKeys.size).toBe(1);
      const [key] = [...wrongKeys];
      const kb = factByKey(key!)!;
      for (const f of facts.filter((x) => x.key === key)) expect(f.stated).toBe(kb.wrong[0]);
      expect(replies.map((r) => r.text).join('')).toContain(kb.wrong[0]!);
      expect(facts.filter((f) => f.key !== key).every((f) => f.correct)).toBe(true);
    }
  });

  it('the slow agent is slow on the first response and every reply, others reply within SLA', () => {
    const slow = converse('slow', 'card-loss');
    const firstOfTurns = slow.turns.map((t) => t.replies[0]!);
    for (const r of firstOfTurns) expect(r.delayMs).toBeGreaterThan(30_000);
    expect(firstOfTurns[0]!.defects.map((d) => d.check)).toEqual(['first-response']);
    const good = converse('exemplary', 'card-loss');
    for (const t of good.turns) expect(t.replies[0]!.delayMs).toBeLessThan(30_000);
  });

  it('no-hold-notice answers promptly, then stays silent for a long time without a hold notice', () => {
    const { turns } = converse('no-hold-notice', 'return-complaint');
    const lookupTurn = turns[2]!;
    expect(lookupTurn.replies[0]!.delayMs).toBeLessThan(30_000);
    expect(lookupTurn.replies[1]!.delayMs).toBeGreaterThan(40_000);
    const text = lookupTurn.replies.map((r) => r.text).join('');
    expect(text).not.toMatch(/稍等|久等|耐心等待/u);
  });

  it('the impolite agent never says 您/请/谢谢 yet still states facts and a reference', () => {
    const { replies } = converse('impolite', 'card-loss');
    const all = replies.map((r) => r.text).join('');
    expect(all).not.toMatch(/您|请问|谢谢/u);
    expect(all).toMatch(/受理编号是GS\d{8}/u);
    expect(replies.flatMap((r) => r.facts).every((f) => f.correct)).toBe(true);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = converse('exemplary', 'card-loss', 11).replies;
    const b = converse('exemplary', 'card-loss', 11).replies;
    const c = converse('exemplary', 'card-loss', 12).replies;
    expect(a).toEqual(b);
    expect(a.map((r) => r.delayMs)).not.toEqual(c.map((r) => r.delayMs));
  });

  it('copes with full-width digits and other wording, and asks again when details are missing', () => {
    const brain = new AgentBrain({ agent: AGENT, profile: 'exemplary', seed: 1 });
    brain.opening();
    expect(brain.respond('在吗？我信用卡找不到了，可能被偷了').replies[0]!.text).toContain('身份证后四位');
    expect(brain.respond('我很着急').replies[0]!.text).toContain('信息还不完整');
    const verified = brain.respond('后四位０８１７，手机１３８００１３８０００');
    expect(verified.replies.map((r) => r.text).join('')).toContain('身份核实通过');
  });

  it('greets back, thanks back, and asks to rephrase what it does not understand', () => {
    const brain = new AgentBrain({ agent: AGENT, profile: 'exemplary', seed: 1 });
    brain.opening();
    expect(brain.respond('你好').replies[0]!.text).toBe('您好，请问有什么可以帮您？');
    expect(brain.respond('今天天气怎么样').replies[0]!.text).toMatch(/换个说法|转接/u);
    expect(brain.respond('谢谢').replies[0]!.text).toMatch(/不客气.*还有其他/u);
    const bye = brain.respond('没有了，再见');
    expect(bye.close).toBe(true);
    expect(brain.respond('还在吗').replies).toEqual([]);
  });

  it('uses 感谢您的来电 on the phone', () => {
    const brain = new AgentBrain({ agent: AGENT, profile: 'exemplary', seed: 1, channel: 'voice' });
    brain.opening();
    expect(brain.respond('没有别的事了，再见').replies[0]!.text).toContain('感谢您的来电');
  });
});
