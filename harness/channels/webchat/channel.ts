/**
 * The web-chat channel: runs a scenario as a chat in a real browser page (playwright-core driving
 * Debian's Chromium) and returns the Interaction as the customer's browser saw it. One shared
 * browser, one context per chat; messages are timed inside the page (page-clock.ts).
 *
 * Usage:
 *   const channel = await createWebchatChannel(config);
 *   const interaction = await channel.place(ctx);   // never throws for a contact-level problem
 *   await channel.close();
 */
import type { Channel, ChannelDemand, ChannelFactory, ContactContext } from '../channel.js';
import type { HarnessConfig } from '../../config/types.js';
import type { Interaction } from '../../interaction/types.js';
import { SharedBrowser } from './browser.js';
import { chatKindOf, placeChat } from './contact.js';
import { ChatContextPool, openChatContext, type PageAhead } from './context-pool.js';
import { loadChatPage, resolveChatUrl } from './page-steps.js';
import { resolveWebchatOptions, type WebchatOptions } from './options.js';
import { StartGate } from './start-gate.js';
import { resolveSelectors } from './presets.js';

export type { WebchatOptions } from './options.js';

export async function createWebchatChannel(config: HarnessConfig, options: WebchatOptions = {}): Promise<Channel> {
  const resolved = resolveWebchatOptions(options);
  const browser = new SharedBrowser(config.browser, {
    launchTimeoutMs: resolved.launchTimeoutMs,
    reapChildren: resolved.reapChildren,
    preferHeadlessShell: resolved.preferHeadlessShell,
    networkServicePriority: resolved.networkServicePriority,
  });
  const getBrowser = () => browser.get();
  const pool = new ChatContextPool(
    async (kind) => {
      const b = await getBrowser();
      if (!b.ok) throw new Error(b.error.message);
      return openChatContext(b.browser, kind);
    },
    {
      openConcurrency: resolved.maxConcurrentStarts,
      // Loaded as a contact loads its page; a page that fails is loaded again by its contact, which reports why.
      loadPage: async (prepared, url) => {
        const error = await loadChatPage(prepared.page, url, resolved.navigationTimeoutMs, new AbortController().signal);
        if (error) throw new Error(error.message);
      },
    },
  );
  const deps = { config, options: resolved, getBrowser, startGate: new StartGate(resolved.maxConcurrentStarts), pool };
  return {
    kind: 'webchat',
    async prepare(demand: readonly ChannelDemand[], signal?: AbortSignal): Promise<void> {
      if (!resolved.prepareContexts) return;
      const kinds = demand.flatMap((d) => {
        const selectors = resolveSelectors(d.scenario.target?.selectors);
        // A scenario with bad selectors fails at its start with the error that names them.
        if (!selectors.ok) return [];
        const pages = resolved.loadPageAhead ? pagesAhead(d, config.centre) : [];
        return [{ kind: chatKindOf(d.scenario, selectors.selectors, resolved), total: d.total, ahead: d.first, pages }];
      });
      if (kinds.length) await pool.warm(kinds, signal).catch(() => {});
    },
    async place(ctx: ContactContext): Promise<Interaction> {
      const startedAt = Date.now();
      try {
        return await placeChat(deps, ctx);
      } catch (err) {
        // placeChat turns every expected problem into data; this is the last line for the unexpected.
        return {
          schemaVersion: 1,
          contactId: ctx.contactId,
          scenarioId: ctx.scenario.id,
          runId: ctx.runId,
          channel: 'webchat',
          startedAt,
          durationMs: Date.now() - startedAt,
          events: [{ type: 'started', atMs: 0 }],
          turns: [],
          outcome: ctx.signal.aborted ? 'abandoned' : 'failed',
          error: { code: 'E_WEBCHAT_INTERNAL', message: `unexpected error in the web-chat channel: ${(err as Error)?.message ?? String(err)}` },
          transcriptSource: 'chat-dom',
          centreRef: ctx.contactId,
          clock: 'page',
        };
      }
    },
    async close() {
      await pool.close();
      await browser.close();
    },
  };
}

/**
 * The first wave's pages to load ahead (WebchatOptions.loadPageAhead): only where the chat opens
 * with a click (`target.widget.open`), so the page loaded before the contact is due is the shop's
 * page and not the chat itself; only for contacts whose vars the runner said (firstContacts).
 */
export function pagesAhead(demand: ChannelDemand, centre: string): PageAhead[] {
  if (!demand.scenario.target?.widget?.open?.length) return [];
  return (demand.firstContacts ?? []).flatMap(({ contactId, vars }) => {
    const url = resolveChatUrl(demand.scenario.target?.chatUrl, centre, vars, contactId);
    return url.ok ? [{ contactId, url: url.url }] : [];
  });
}

/** The factory the runner looks up by channel kind. */
export const webchatChannelFactory: ChannelFactory = (config) => createWebchatChannel(config);
