/**
 * The browser context of one chat. Per-chat isolation is the rule: a simulated customer at a real
 * centre needs its own cookies, storage and connection pool (a widget's visitor id lives in
 * localStorage; HTTP/1.1 allows 6 connections per host per context, so chats sharing a context
 * would queue behind each other's event streams — measured: on the simulated centre, chats past
 * the sixth in one context never became ready).
 *
 * A start is kept cheap by doing per context only what must differ per chat: the window size is
 * a launch flag (`CHAT_WINDOW_ARGS`) instead of viewport emulation, which costs Playwright extra
 * round trips for every page of every context (contact.ts creates contexts with `viewport: null`);
 * the locale stays per context (scenarios set it).
 */

/** The desktop-sized window every chat page gets (a launch flag, so no per-page emulation). */
export const CHAT_WINDOW_ARGS: readonly string[] = ['--window-size=1024,768'];
