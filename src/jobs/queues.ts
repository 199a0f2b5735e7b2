import { z } from 'zod';
import { isSnowflake } from '../domain/snowflake.js';

/**
 * Every queue, its payload schema and its retry policy, in one place.
 * Payloads carry ids, not copies of rows: a handler always reads the current
 * state from the database, so a retry or a replay never acts on stale data.
 */
const snowflake = z.string().refine(isSnowflake);
/** A row id (bigint) as a string. */
const rowId = z.string().regex(/^\d+$/);
const member = { guildId: snowflake, userId: snowflake };
const subject = { scope: z.enum(['user', 'guild']), subjectId: snowflake };

/**
 * Every queue retries with exponential backoff: `retryDelay` seconds, then
 * twice that, and so on, `retryLimit` times. A job still active after
 * `expireInSeconds` was left by a process that died, and is tried again.
 */
function queue<N extends string, P extends z.ZodType>(
  name: N,
  payload: P,
  retry: { retryLimit: number; retryDelay: number; expireInSeconds: number },
) {
  return { name, payload, options: { ...retry, retryBackoff: true } };
}

export const queues = {
  /**
   * Apply the reward of one stored vote. 2, 4, 8 ... seconds between tries:
   * about 17 minutes in all before the job is dead-lettered, enough to ride
   * out a typical Discord incident. A reward takes about a second; a job
   * still "active" after 30 s was left by a process that died, and is tried
   * again soon enough for a message it was sending to be resent inside the
   * nonce window (effects.ts). Every effect is idempotent or claimed, so a
   * slow attempt running twice is harmless.
   */
  voteReward: queue('vote.reward', z.object({ voteId: rowId }), {
    retryLimit: 9,
    retryDelay: 2,
    expireInSeconds: 30,
  }),
  /** Take a temporary reward role off once it expires. */
  roleExpire: queue('role.expire', z.object(member), { retryLimit: 9, retryDelay: 5, expireInSeconds: 120 }),
  /** DM an opted-in voter once the cooldown after their vote has passed. */
  voteRemind: queue('vote.remind', z.object({ ...member, voteId: rowId }), {
    retryLimit: 5,
    retryDelay: 10,
    expireInSeconds: 120,
  }),
  /** Grant rewards that were parked because the voter was not in the guild. */
  memberJoined: queue('member.joined', z.object(member), {
    retryLimit: 9,
    retryDelay: 2,
    expireInSeconds: 120,
  }),
  /** Announce together the votes of a guild that arrived within the batch window (announce-batch.ts). */
  announceBatch: queue('announce.batch', z.object({ guildId: snowflake }), {
    retryLimit: 9,
    retryDelay: 2,
    expireInSeconds: 30,
  }),
  /**
   * Deliver one outbound event to one endpoint (event-deliver.ts). Its
   * retries over a day are scheduled by the handler itself, with the
   * delivery's own count; the queue's retries only cover a process that died.
   */
  eventDeliver: queue('event.deliver', z.object({ deliveryId: rowId }), {
    retryLimit: 5,
    retryDelay: 10,
    expireInSeconds: 60,
  }),
  /** Tell a guild's log channel that a dashboard test webhook arrived. */
  testDelivery: queue('vote.test', z.object({ ...member, votedAt: z.string() }), {
    retryLimit: 3,
    retryDelay: 5,
    expireInSeconds: 60,
  }),
  /** Recompute an entitlement after a premium event and apply its roles and DMs. */
  premiumApply: queue('premium.apply', z.object({ eventId: rowId }), {
    retryLimit: 9,
    retryDelay: 2,
    expireInSeconds: 300,
  }),
  /** At an entitlement's end: recompute it and take the premium role off. */
  premiumExpire: queue('premium.expire', z.object(subject), {
    retryLimit: 9,
    retryDelay: 5,
    expireInSeconds: 300,
  }),
  /** Before a plan that does not renew ends: remind the buyer. */
  premiumRemind: queue('premium.remind', z.object({ ...subject, until: z.string() }), {
    retryLimit: 3,
    retryDelay: 30,
    expireInSeconds: 120,
  }),
  /**
   * Carry out the open tier and champion role changes (and the champions'
   * announcement) of a guild, or of one member (loyalty-effects.ts).
   * Enqueued with the ledger rows it applies, in their transaction.
   */
  loyaltyApply: queue('loyalty.apply', z.object({ guildId: snowflake, userId: snowflake.optional() }), {
    retryLimit: 9,
    retryDelay: 2,
    expireInSeconds: 120,
  }),
  /**
   * Finish a shop purchase its buyer's interaction did not (shop-deliver.ts):
   * enqueued with the purchase, to run 30 s later; finds nothing to do when
   * the interaction delivered it.
   */
  shopDeliver: queue('shop.deliver', z.object({ purchaseId: rowId }), {
    retryLimit: 9,
    retryDelay: 5,
    expireInSeconds: 120,
  }),
  /** Take off a timed role that is not the vote reward role (timed-role.ts): a shop or goal role. */
  timedRoleExpire: queue('timed-role.expire', z.object({ ...member, roleId: snowflake }), {
    retryLimit: 9,
    retryDelay: 5,
    expireInSeconds: 120,
  }),
  /**
   * Give a reached community goal's reward to everyone who voted in its
   * period (or to `userId`, a later voter of it), once each, and announce
   * it once (goal-reward.ts).
   */
  goalReward: queue('goal.reward', z.object({ reachedId: rowId, userId: snowflake.optional() }), {
    retryLimit: 9,
    retryDelay: 5,
    expireInSeconds: 300,
  }),
} as const;

export type QueueKey = keyof typeof queues;
export type Payload<K extends QueueKey> = z.infer<(typeof queues)[K]['payload']>;
