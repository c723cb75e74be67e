/**
 * The last check before each call, at the moment it is dialled (a run that starts at 17:55 must
 * not go on dialling after 18:00): the calling window, the allowlist (again: a resumed run's
 * scenarios are the stored ones) and the caps, counted in the dial ledger. A refused contact is
 * stored as failed with the reason, never dialled; `resume --retry-failed` places it later.
 *
 * Every Interaction coming back through the guard also has credentials scrubbed from its error
 * (SDK errors can echo URLs and headers), whatever the mode.
 */
import type { Channel, ChannelFactory, ContactContext } from '../channels/channel.js';
import type { HarnessConfig } from '../config/types.js';
import type { Interaction, InteractionError } from '../interaction/types.js';
import { inCallingWindow } from './calling-window.js';
import { DialLedger } from './dial-ledger.js';
import { allowedBy, compileAllowlist, normaliseNumber } from './numbers.js';
import { diallingMode } from './preflight.js';
import { scrubSecrets } from './secrets.js';
import { defaultDialling } from './types.js';

export interface DialGuardOptions {
  offline?: boolean;
  /** @default () => new Date() */
  clock?: () => Date;
  /** @default the ledger in config.out */
  ledger?: DialLedger;
}

function refused(ctx: ContactContext, error: InteractionError): Interaction {
  return {
    schemaVersion: 1,
    contactId: ctx.contactId,
    scenarioId: ctx.scenario.id,
    runId: ctx.runId,
    channel: 'voice',
    startedAt: Date.now(),
    durationMs: 0,
    events: [{ type: 'error', atMs: 0, detail: { code: error.code } }],
    turns: [],
    outcome: 'failed',
    error,
    transcriptSource: 'gather',
  };
}

function scrubbed(i: Interaction): Interaction {
  if (!i.error) return i;
  return { ...i, error: { ...i.error, message: scrubSecrets(i.error.message), ...(i.error.hint ? { hint: scrubSecrets(i.error.hint) } : {}) } };
}

/** The reason this contact may not be dialled now, or undefined (and one call counted). */
async function refusal(ctx: ContactContext, config: HarnessConfig, ledger: DialLedger, now: Date): Promise<InteractionError | undefined> {
  const d = config.dialling ?? defaultDialling();
  const window = inCallingWindow(d.window, now);
  if (!window.open) return { code: 'E_DIAL_WINDOW', message: `not dialled: outside the calling window (${window.reason})`, hint: 'resume the run with --retry-failed inside the window' };
  const parsed = normaliseNumber(ctx.scenario.target?.phone ?? '', d.region);
  if (!parsed.ok) return { code: 'E_DIAL_NUMBER', message: `not dialled: ${parsed.reason}`, hint: 'fix target.phone in the scenario' };
  if (!allowedBy(parsed.e164, compileAllowlist(d.allow, d.region))) return { code: 'E_DIAL_ALLOWLIST', message: `not dialled: ${parsed.e164} is not in dialling.allow`, hint: 'add the number to dialling.allow in the config file' };
  const r = await ledger.reserve(ctx.runId, window.local.date, d.caps);
  if (!r.ok) return { code: 'E_DIAL_CAP', message: `not dialled: ${r.reason}`, hint: `raise dialling.caps.${r.cap} or place the rest ${r.cap === 'perDay' ? 'tomorrow' : 'in another run'} (resume --retry-failed)` };
  return undefined;
}

/**
 * The inner channel's optional methods passed on: `recover` with its Interactions scrubbed like
 * `place`'s, `prepare` as it is (it places nothing). Dropping either silently changes behaviour:
 * without `recover` a resumed run dials a contact in flight again, without `prepare` chats start slowly.
 */
function optionalOf(inner: Channel): Pick<Channel, 'recover' | 'prepare'> {
  const recover = inner.recover?.bind(inner);
  const prepare = inner.prepare?.bind(inner);
  return {
    ...(recover && {
      async recover(ctx, attempt) {
        const r = await recover(ctx, attempt);
        return r.kind === 'not-placed' ? r : { ...r, interaction: scrubbed(r.interaction) };
      },
    }),
    ...(prepare && { prepare }),
  };
}

/** The voice channel factory wrapped so that every real call passes the checks first. */
export function guardVoiceChannel(factory: ChannelFactory, options: DialGuardOptions = {}): ChannelFactory {
  return async (config) => {
    const inner = await factory(config);
    const real = diallingMode(config, options.offline) === 'real';
    const ledger = options.ledger ?? new DialLedger(config.out);
    const clock = options.clock ?? (() => new Date());
    const guarded: Channel = {
      kind: inner.kind,
      async place(ctx) {
        if (real) {
          const error = await refusal(ctx, config, ledger, clock()).catch((err: Error): InteractionError => ({ code: 'E_DIAL_POLICY', message: `not dialled: ${err.message}`, hint: 'the dial ledger could not be read or written; check the out folder' }));
          if (error) return refused(ctx, error);
        }
        return scrubbed(await inner.place(ctx));
      },
      // recovering a call a killed run left in flight dials nothing (it asks Twilio): not guarded,
      // but it must be passed on, or resume would find no recovery and dial the contact again
      ...optionalOf(inner),
      close: () => inner.close(),
    };
    return guarded;
  };
}

/** Every channel's Interactions scrubbed of credentials; the voice channel also guarded. */
export function guardChannels<R extends Record<string, ChannelFactory>>(registry: R, options: DialGuardOptions = {}): R {
  const out: Record<string, ChannelFactory> = {};
  for (const [kind, factory] of Object.entries(registry)) {
    out[kind] =
      kind === 'voice'
        ? guardVoiceChannel(factory, options)
        : async (config) => {
            const inner = await factory(config);
            return { kind: inner.kind, place: async (ctx) => scrubbed(await inner.place(ctx)), ...optionalOf(inner), close: () => inner.close() };
          };
  }
  return out as R;
}
