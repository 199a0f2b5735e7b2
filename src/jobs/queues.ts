import { z } from 'zod';
import { isSnowflake } from '../domain/snowflake.js';

/**
 * Every queue, its payload schema and its retry policy, in one place.
 * Payloads carry ids, not copies of rows: a handler always reads the current
 * state from the database, so a retry or a replay never acts on stale data.
 */
const snowflake = z.string().refine(isSnowflake);

export const queues = {
  /** Apply the reward of one stored vote. */
  voteReward: {
    name: 'vote.reward',
    payload: z.object({ voteId: z.string().regex(/^\d+$/) }),
    // 2, 4, 8 ... seconds between tries: about 17 minutes in all before the
    // job is dead-lettered, enough to ride out a typical Discord incident.
    // A reward takes about a second; a job still "active" after 30 s was left
    // by a process that died, and is tried again soon enough for a message it
    // was sending to be resent inside the nonce window (effects.ts).
    // Every effect is idempotent or claimed, so a slow attempt running twice
    // is harmless.
    options: { retryLimit: 9, retryDelay: 2, retryBackoff: true, expireInSeconds: 30 },
  },
  /** Take a temporary reward role off once it expires. */
  roleExpire: {
    name: 'role.expire',
    payload: z.object({ guildId: snowflake, userId: snowflake }),
    options: { retryLimit: 9, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  },
  /** DM an opted-in voter once the cooldown after their vote has passed. */
  voteRemind: {
    name: 'vote.remind',
    payload: z.object({ guildId: snowflake, userId: snowflake, voteId: z.string().regex(/^\d+$/) }),
    options: { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 120 },
  },
  /** Grant rewards that were parked because the voter was not in the guild. */
  memberJoined: {
    name: 'member.joined',
    payload: z.object({ guildId: snowflake, userId: snowflake }),
    options: { retryLimit: 9, retryDelay: 2, retryBackoff: true, expireInSeconds: 120 },
  },
  /** Announce together the votes of a guild that arrived within the batch window (announce-batch.ts). */
  announceBatch: {
    name: 'announce.batch',
    payload: z.object({ guildId: snowflake }),
    options: { retryLimit: 9, retryDelay: 2, retryBackoff: true, expireInSeconds: 30 },
  },
  /** Tell a guild's log channel that a dashboard test webhook arrived. */
  testDelivery: {
    name: 'vote.test',
    payload: z.object({ guildId: snowflake, userId: snowflake, votedAt: z.string() }),
    options: { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
  },
  /** Recompute an entitlement after a premium event and apply its roles and DMs. */
  premiumApply: {
    name: 'premium.apply',
    payload: z.object({ eventId: z.string().regex(/^\d+$/) }),
    options: { retryLimit: 9, retryDelay: 2, retryBackoff: true, expireInSeconds: 300 },
  },
  /** At an entitlement's end: recompute it and take the premium role off. */
  premiumExpire: {
    name: 'premium.expire',
    payload: z.object({ scope: z.enum(['user', 'guild']), subjectId: snowflake }),
    options: { retryLimit: 9, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 },
  },
  /** Before a plan that does not renew ends: remind the buyer. */
  premiumRemind: {
    name: 'premium.remind',
    payload: z.object({ scope: z.enum(['user', 'guild']), subjectId: snowflake, until: z.string() }),
    options: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  },
} as const;

export type QueueKey = keyof typeof queues;
export type Payload<K extends QueueKey> = z.infer<(typeof queues)[K]['payload']>;
