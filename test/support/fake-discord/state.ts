/**
 * What the fake Discord knows: guilds with their roles, members and channels, DM channels,
 * commands, interactions and sent messages. REST routes, the gateway and the admin helpers
 * all read and change this one object.
 */
import type { FakeOverwrite, Json } from './types.js';
import { snowflake } from './util.js';

export const BOT_USER_ID = '1000000000000000001';
export const APPLICATION_ID = BOT_USER_ID; // modern bots: application id === bot user id
export const BOT_USER = {
  id: BOT_USER_ID,
  username: 'RewardsBot',
  discriminator: '0',
  bot: true,
  avatar: null,
  global_name: null,
};

export interface Role {
  id: string;
  name: string;
  position: number;
  permissions: string;
  managed: boolean;
}
export interface Member {
  userId: string;
  roles: Set<string>;
  joinedAt: string;
}
export interface Guild {
  id: string;
  name: string;
  roles: Map<string, Role>;
  members: Map<string, Member>;
  channels: string[];
  overwrites: Map<string, FakeOverwrite[]>;
  botRoleId: string;
  botCanManageRoles: boolean;
  ownerId: string;
  /** Server Settings → Community → Server Primary Language, as a Discord locale. */
  preferredLocale: string;
  joinedAt: string;
}
export interface Interaction {
  /** 2 slash command, 3 message component, 5 modal submit; 0 for a token the fake never dispatched. */
  type: number;
  channelId: string;
  /** When Discord issued it (the fake's clock): its token works for 15 minutes. */
  issuedAt: number;
  /** The callback type it was answered with; undefined until it is acknowledged. */
  callback?: number;
  /** The message `@original` names: the reply, or for a component the message it is on. */
  originalId: string;
  /** The modal the bot opened in answer (callback 9). */
  modal?: Json;
}

export interface State {
  token: string;
  /** See startFakeDiscord's `memberLists` option. */
  memberLists: boolean;
  /** Known once the server listens; only read while serving. */
  baseUrl: string;
  wsUrl: string;
  recommendedShards: number;
  /** The Developer Portal's Server Members Intent switch (see FakeDiscord.refuseMembersIntent). */
  membersIntentAllowed: boolean;
  guilds: Map<string, Guild>;
  dmChannels: Map<string, string>; // userId -> channelId
  closedDms: Set<string>;
  sentByNonce: Map<string, unknown>;
  commands: Map<string, Json[]>; // 'global' | guildId -> commands
  interactions: Map<string, Interaction>; // by token
  /** Interaction response messages (content, embeds, components, flags) by message id. */
  messages: Map<string, Json>;
  /** How far the fake's clock is ahead of the real one (FakeDiscord.advanceClock). */
  clockOffsetMs: number;
}

/** The fake's clock: the real one, moved ahead by advanceClock (to age interaction tokens). */
export const fakeNow = (state: State): number => Date.now() + state.clockOffsetMs;

export function createState(token: string, memberLists: boolean): State {
  return {
    token,
    memberLists,
    baseUrl: '',
    wsUrl: '',
    recommendedShards: 1,
    membersIntentAllowed: true,
    guilds: new Map(),
    dmChannels: new Map(),
    closedDms: new Set(),
    sentByNonce: new Map(),
    commands: new Map(),
    interactions: new Map(),
    messages: new Map(),
    clockOffsetMs: 0,
  };
}

/**
 * The interaction with this token, created on first use: any token is accepted
 * (Discord answers 10062 to one it never issued).
 */
export function interaction(state: State, tok: string): Interaction {
  let i = state.interactions.get(tok);
  if (!i) {
    i = { type: 0, channelId: '0', issuedAt: fakeNow(state), originalId: snowflake() };
    state.interactions.set(tok, i);
  }
  return i;
}

export function findChannel(
  state: State,
  id: string,
): { guild: Guild; index: number } | { dmUser: string } | undefined {
  for (const g of state.guilds.values()) {
    const index = g.channels.indexOf(id);
    if (index >= 0) return { guild: g, index };
  }
  for (const [user, channel] of state.dmChannels) if (channel === id) return { dmUser: user };
  return undefined;
}
