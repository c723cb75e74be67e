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
import type { Channel, ChannelFactory, ContactContext } from '../channel.js';
import type { HarnessConfig } from '../../config/types.js';
import type { Interaction } from '../../interaction/types.js';
import { SharedBrowser } from './browser.js';
import { placeChat } from './contact.js';
import { resolveWebchatOptions, type WebchatOptions } from './options.js';
import { StartGate } from './start-gate.js';

export type { WebchatOptions } from './options.js';

export async function createWebchatChannel(config: HarnessConfig, options: WebchatOptions = {}): Promise<Channel> {
  const resolved = resolveWebchatOptions(options);
  const browser = new SharedBrowser(config.browser, {
    launchTimeoutMs: resolved.launchTimeoutMs,
    reapChildren: resolved.reapChildren,
    preferHeadlessShell: resolved.preferHeadlessShell,
  });
  const deps = { config, options: resolved, getBrowser: () => browser.get(), startGate: new StartGate(resolved.maxConcurrentStarts) };
  return {
    kind: 'webchat',
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
    close: () => browser.close(),
  };
}

/** The factory the runner looks up by channel kind. */
export const webchatChannelFactory: ChannelFactory = (config) => createWebchatChannel(config);
