/**
 * The channels the runner can place contacts through: a plain literal map, no discovery.
 * Adding a channel means one file implementing Channel (channel.ts) and one line here.
 */
import type { ChannelKind } from '../interaction/types.js';
import { guardChannels } from '../safety/dial-guard.js';
import type { ChannelFactory } from './channel.js';
import { createVoiceChannel } from './voice/channel.js';
import { createWebchatChannel } from './webchat/channel.js';

/**
 * Behind the safety guard (harness/safety/dial-guard.ts): every real call passes the calling window,
 * allowlist and caps at the moment it is dialled, and every contact's error is scrubbed of
 * credentials — for `run`, `load` and queue workers alike.
 */
export const CHANNELS: Record<ChannelKind, ChannelFactory> = guardChannels({
  webchat: (config) => createWebchatChannel(config),
  voice: (config) => createVoiceChannel(config),
});
