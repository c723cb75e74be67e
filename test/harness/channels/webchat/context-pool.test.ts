/**
 * The pool of browser contexts opened ahead, with a fake opener (no browser): how many it opens,
 * what `take` hands out, how it refills while contacts remain, and that nothing is left open.
 */
import { describe, expect, it } from 'vitest';
import { ChatContextPool, chatKindKey, type ChatKind, type PreparedChat } from '../../../../harness/channels/webchat/context-pool.js';
import { pageClockConfig } from '../../../../harness/channels/webchat/page-clock.js';
import { SELECTOR_PRESETS, DEFAULT_PRESET } from '../../../../harness/channels/webchat/presets.js';

const clock = pageClockConfig(SELECTOR_PRESETS[DEFAULT_PRESET]!);
const zh: ChatKind = { locale: 'zh-CN', clock };
const en: ChatKind = { locale: 'en-GB', clock };

/** An opener that records what it opened and closed; `failAfter` makes later opens throw. */
function fakeOpener(failAfter = Infinity, deadPages = new Set<string>()) {
  const opened: string[] = [];
  const closed: string[] = [];
  let n = 0;
  const open = async (kind: ChatKind): Promise<PreparedChat> => {
    await Promise.resolve();
    if (n >= failAfter) throw new Error('browser gone');
    const id = `${kind.locale}#${n++}`;
    opened.push(id);
    const context = { close: async () => void closed.push(id), id } as unknown as PreparedChat['context'];
    const page = { isClosed: () => deadPages.has(id) } as unknown as PreparedChat['page'];
    return { context, page, route: () => {} };
  };
  return { open, opened, closed };
}

const idOf = (p: PreparedChat | null) => (p?.context as unknown as { id: string } | undefined)?.id ?? null;
const settle = () => new Promise((r) => setTimeout(r, 5));

describe('ChatContextPool', () => {
  it('warms the first wave of each kind, and take hands them out, then null', async () => {
    const f = fakeOpener();
    const pool = new ChatContextPool(f.open, { keepReady: 0 });
    await pool.warm([
      { kind: zh, total: 5, ahead: 3 },
      { kind: en, total: 1, ahead: 4 },
    ]);
    expect(pool.ready).toBe(4); // 3 zh + 1 en (never more than the contacts to come)
    expect(idOf(pool.take(en))).toBe(f.opened.find((id) => id.startsWith('en')));
    expect(pool.take(en)).toBeNull();
    const zhTaken = [pool.take(zh), pool.take(zh), pool.take(zh), pool.take(zh)].map(idOf);
    expect(zhTaken.filter(Boolean)).toHaveLength(3);
    expect(zhTaken[3]).toBeNull();
    await pool.close();
  });

  it('keys kinds by locale and clock configuration', () => {
    expect(chatKindKey(zh)).not.toBe(chatKindKey(en));
    expect(chatKindKey({ locale: 'zh-CN', clock: { ...clock, agent: '.other' } })).not.toBe(chatKindKey(zh));
    expect(chatKindKey({ locale: 'zh-CN', clock: { ...clock } })).toBe(chatKindKey(zh));
  });

  it('refills up to keepReady while more contacts of the kind are to come, and stops when none are', async () => {
    const f = fakeOpener();
    const pool = new ChatContextPool(f.open, { keepReady: 2 });
    await pool.warm([{ kind: zh, total: 4, ahead: 1 }]);
    expect(f.opened).toHaveLength(1);
    expect(pool.take(zh)).not.toBeNull(); // 3 to come → keeps 2 ready
    await settle();
    expect(pool.ready).toBe(2);
    pool.take(zh);
    pool.take(zh); // 1 to come → 1 ready is enough
    await settle();
    expect(pool.ready).toBe(1);
    pool.take(zh); // none to come
    await settle();
    expect(pool.ready).toBe(0);
    expect(f.opened).toHaveLength(4); // one context per contact, none wasted
    await pool.close();
  });

  it('stops warming when an open fails (the chats open their own and report the problem)', async () => {
    const f = fakeOpener(2);
    const pool = new ChatContextPool(f.open, { openConcurrency: 1 });
    await pool.warm([{ kind: zh, total: 10, ahead: 10 }]);
    expect(pool.ready).toBe(2);
    pool.take(zh);
    await settle();
    expect(pool.ready).toBe(1); // the failed refill is not retried in a loop
    await pool.close();
  });

  it('closes the contexts nobody took, and one that finishes opening after close', async () => {
    const f = fakeOpener();
    const pool = new ChatContextPool(f.open, { keepReady: 1 });
    await pool.warm([{ kind: zh, total: 4, ahead: 2 }]); // #0, #1
    pool.take(zh); // #0 taken; 3 to come, #1 ready: enough
    pool.take(zh); // #1 taken; 2 to come, none ready → #2 opening
    await pool.close(); // #2 arrives after close
    expect(f.opened).toEqual(['zh-CN#0', 'zh-CN#1', 'zh-CN#2']);
    expect(f.closed).toEqual(['zh-CN#2']);
    expect(pool.ready).toBe(0);

    const g = fakeOpener();
    const idle = new ChatContextPool(g.open);
    await idle.warm([{ kind: zh, total: 3, ahead: 3 }]);
    await idle.close();
    expect(g.closed.sort()).toEqual(g.opened.sort());
  });

  it('skips a prepared page whose renderer died while it waited (and closes its context)', async () => {
    const f = fakeOpener(Infinity, new Set(['zh-CN#0']));
    const pool = new ChatContextPool(f.open, { openConcurrency: 1, keepReady: 0 });
    await pool.warm([{ kind: zh, total: 2, ahead: 2 }]);
    expect(idOf(pool.take(zh))).toBe('zh-CN#1');
    await settle();
    expect(f.closed).toEqual(['zh-CN#0']);
    await pool.close();
  });

  it('stops warming when the run is interrupted', async () => {
    const f = fakeOpener();
    const pool = new ChatContextPool(f.open, { openConcurrency: 1 });
    const stop = new AbortController();
    stop.abort();
    await pool.warm([{ kind: zh, total: 10, ahead: 10 }], stop.signal);
    expect(f.opened).toHaveLength(0);
    await pool.close();
  });

  it('loads the given contacts\' pages ahead, hands each to its own contact, and opens no blank context for them', async () => {
    const f = fakeOpener();
    const loads: string[] = [];
    const loadPage = async (prepared: PreparedChat, url: string) => {
      await Promise.resolve();
      if (url.endsWith('bad')) throw new Error('HTTP 500');
      loads.push(`${idOf(prepared)} ${url}`);
    };
    const pool = new ChatContextPool(f.open, { openConcurrency: 1, keepReady: 2, loadPage });
    const pages = [
      { contactId: 'c0', url: 'http://shop/c0' },
      { contactId: 'c1', url: 'http://shop/bad' },
      { contactId: 'c2', url: 'http://shop/c2' },
    ];
    await pool.warm([{ kind: zh, total: 4, ahead: 3, pages }]);
    expect(loads).toEqual(['zh-CN#0 http://shop/c0', 'zh-CN#2 http://shop/c2']);
    expect(f.closed).toEqual(['zh-CN#1']); // its page failed: the contact loads it itself
    expect(pool.ready).toBe(2);

    const c2 = pool.take(zh, 'c2');
    expect(idOf(c2)).toBe('zh-CN#2');
    expect(c2?.loaded?.url).toBe('http://shop/c2');
    expect(c2?.loaded?.at).toBeGreaterThan(0);
    await settle();
    // 3 to come, c0's page waits for it: blank contexts for the other 2 only.
    expect(f.opened).toHaveLength(5);
    const c1 = pool.take(zh, 'c1');
    expect(c1?.loaded).toBeUndefined(); // a blank context, not c0's page
    expect(idOf(pool.take(zh, 'c0'))).toBe('zh-CN#0');
    await pool.close();
    expect(f.closed.sort()).toEqual(f.opened.filter((id) => ![idOf(c2), idOf(c1), 'zh-CN#0'].includes(id)).sort());
  });

  it('closes pages loaded ahead that no contact took', async () => {
    const f = fakeOpener();
    const pool = new ChatContextPool(f.open, { loadPage: async () => {} });
    await pool.warm([{ kind: zh, total: 2, ahead: 2, pages: [{ contactId: 'c0', url: 'u0' }, { contactId: 'c1', url: 'u1' }] }]);
    expect(pool.ready).toBe(2);
    await pool.close();
    expect(f.closed.sort()).toEqual(['zh-CN#0', 'zh-CN#1']);
  });
});
