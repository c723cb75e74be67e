/**
 * The zoo's scripted centre on its own: deterministic timings inside 300–1500 ms, a bot that hands
 * over on 转人工, a polite close, typing windows that really show, and streams of ~1–2 s.
 */
import { describe, expect, it } from 'vitest';
import { REPLY_MAX_MS, REPLY_MIN_MS, ScriptedConversation, streamTokens } from '../../../mocks/widget-zoo/centre.js';
import { CLOSED_NOTICE, CONVERSATION_SCRIPTS, HANDOFF_NOTICE } from '../../../mocks/widget-zoo/scripts.js';
import { ZOO_PAGE_IDS, type ReplyPlan, type ZooPageId } from '../../../mocks/widget-zoo/types.js';
import { DRIVERS } from './drivers.js';

function hold(page: ZooPageId, lines: string[]): ReplyPlan[] {
  const centre = new ScriptedConversation(page);
  return [centre.opening(), ...lines.map((line) => centre.reply(line))];
}

describe('ScriptedConversation', () => {
  it('holds 5–10 centre-side messages for each page’s self-test lines (8+ on the virtualised page)', () => {
    for (const driver of DRIVERS) {
      const count = hold(driver.id, driver.lines).flatMap((p) => p.messages).length;
      expect(count, driver.id).toBeGreaterThanOrEqual(driver.id === 'virtualised' ? 8 : 5);
      expect(count, driver.id).toBeLessThanOrEqual(10);
    }
  });

  it('times every bubble 300–1500 ms after its line, the same way every time', () => {
    for (const page of ZOO_PAGE_IDS) {
      const lines = ['你好', '转人工', '请问怎么办', '还有一个问题', '再见'];
      const plans = hold(page, lines);
      expect(hold(page, lines)).toEqual(plans);
      for (const m of plans.flatMap((p) => p.messages)) {
        expect(m.atMs).toBeGreaterThanOrEqual(REPLY_MIN_MS);
        expect(m.atMs).toBeLessThanOrEqual(REPLY_MAX_MS);
      }
    }
  });

  it('lets the bot answer until 转人工, then a notice and a human greeting with a staff number', () => {
    const centre = new ScriptedConversation('bot-handoff');
    expect(centre.opening().messages.map((m) => m.speaker)).toEqual(['bot']);
    expect(centre.reply('话费怎么多了').messages.map((m) => m.speaker)).toEqual(['bot']);
    const handoff = centre.reply('转人工').messages;
    expect(handoff.map((m) => m.speaker)).toEqual(['system', 'agent']);
    expect(handoff[0]!.text).toBe(HANDOFF_NOTICE);
    expect(handoff[1]!.text).toContain(`工号${CONVERSATION_SCRIPTS['bot-handoff'].agent.staffNo}`);
    expect(handoff[1]!.typingMs).toBeGreaterThan(0);
    // Once a human is there, 转人工 is just a line the agent answers.
    expect(centre.reply('转人工').messages.map((m) => m.speaker)).toEqual(['agent']);
  });

  it('closes politely on 再见 and answers nothing after', () => {
    const centre = new ScriptedConversation('plain');
    centre.opening();
    const close = centre.reply('没有了，再见。');
    expect(close.ends).toBe(true);
    expect(close.messages.map((m) => m.speaker)).toEqual(['agent', 'system']);
    expect(close.messages[1]!.text).toBe(CLOSED_NOTICE);
    expect(centre.ended).toBe(true);
    expect(centre.reply('还在吗').messages).toEqual([]);
  });

  it('ends with a notice when the customer presses the end button', () => {
    const centre = new ScriptedConversation('vendor-launcher');
    centre.opening();
    const end = centre.endedByCustomer();
    expect(end).toMatchObject({ ends: true, messages: [{ speaker: 'system', text: CLOSED_NOTICE }] });
    expect(centre.endedByCustomer().messages).toEqual([]);
  });

  it('starts each typing indicator after the previous bubble, so every one shows', () => {
    for (const page of ZOO_PAGE_IDS.filter((p) => CONVERSATION_SCRIPTS[p].typing)) {
      for (const plan of hold(page, ['你好', '转人工', '第二个问题', '再见'])) {
        let previous = 0;
        for (const m of plan.messages) {
          if (m.speaker === 'agent') expect(m.typingMs, page).toBeGreaterThan(0);
          expect(m.atMs - m.typingMs).toBeGreaterThan(previous);
          previous = m.atMs;
        }
      }
    }
  });

  it('streams the streamed page’s bubbles in 2-character tokens over about 1–2 s', () => {
    for (const m of hold('streamed', ['你好', '再见']).flatMap((p) => p.messages)) {
      if (m.speaker === 'system') {
        expect(m.stream).toBeUndefined();
        continue;
      }
      expect(m.stream!.chunks.join('')).toBe(m.text);
      const total = (m.stream!.chunks.length - 1) * m.stream!.intervalMs;
      expect(total).toBeGreaterThanOrEqual(900);
      expect(total).toBeLessThanOrEqual(2000);
    }
    expect(streamTokens('一二三四五')).toEqual(['一二', '三四', '五']);
  });
});
