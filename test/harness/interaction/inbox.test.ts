/**
 * Inbox additions for widgets: a wait gets another look at a streamed message whose text was
 * completed after it was read, and `keep` leaves the matched message unread for the next wait.
 */
import { describe, expect, it } from 'vitest';
import { Inbox, type InboxMessage } from '../../../harness/interaction/inbox.js';

describe('Inbox', () => {
  it('lets a pending wait match a message revised after it was read (streamed text)', async () => {
    const inbox = new Inbox();
    const partial: InboxMessage = { speaker: 'agent', text: '您好，会员年费为每年', atMs: 10 };
    inbox.push(partial);
    const waiting = inbox.next((m) => m.text.includes('免费配送'), 5_000);
    inbox.push({ speaker: 'agent', text: '另一条', atMs: 20 });
    partial.text = '您好，会员年费为每年198元，享受免费配送。';
    inbox.revised(partial);
    await expect(waiting).resolves.toBe(partial);
    // The later message stays unread.
    await expect(inbox.next(() => true, 10)).resolves.toMatchObject({ text: '另一条' });
  });

  it('ignores a revision that still does not match', async () => {
    const inbox = new Inbox();
    const m: InboxMessage = { speaker: 'agent', text: '您好', atMs: 1 };
    inbox.push(m);
    const waiting = inbox.next((x) => x.text.includes('工号'), 50);
    m.text = '您好，请稍等';
    inbox.revised(m);
    await expect(waiting).resolves.toBeNull();
  });

  it('with keep, leaves the matched message for the next wait', async () => {
    const inbox = new Inbox();
    inbox.push({ speaker: 'bot', text: '智能助手', atMs: 1 });
    inbox.push({ speaker: 'agent', text: '工号8008', atMs: 2 });
    await expect(inbox.next((m) => m.speaker === 'agent', 10, true)).resolves.toMatchObject({ text: '工号8008' });
    await expect(inbox.next((m) => m.text.includes('工号'), 10)).resolves.toMatchObject({ text: '工号8008' });
    const pending = inbox.next((m) => m.speaker === 'agent', 1_000, true);
    inbox.push({ speaker: 'agent', text: '第二句', atMs: 3 });
    await expect(pending).resolves.toMatchObject({ text: '第二句' });
    await expect(inbox.next(() => true, 10)).resolves.toMatchObject({ text: '第二句' });
  });
});
