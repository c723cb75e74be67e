/**
 * The channels the runner can place contacts through: a plain literal map, no discovery.
 * Adding a channel means one file implementing Channel (channel.ts) and one line here.
 */
import type { ChannelKind } from '../interaction/types.js';
import type { ChannelFactory } from './channel.js';
import { createVoiceChannel } from './voice/channel.js';
import { createWebchatChannel } from './webchat/channel.js';

export const CHANNELS: Record<ChannelKind, ChannelFactory> = {
  webchat: (config) => createWebchatChannel(config),
  voice: (config) => createVoiceChannel(config),
};
