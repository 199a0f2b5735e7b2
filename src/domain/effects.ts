/**
 * The ledger's vocabulary, defined once (the database enforces the same sets
 * as Postgres enums, see schema.prisma): what an effect is, and what became
 * of it. The Discord error sorter, the ledger (jobs/effects.ts), the
 * exports and /setup status all speak it.
 *
 * Glossary:
 * - effect: one thing a vote or a premium event causes (a role, currency, a
 *   message), one ledger row, the unit of exactly-once or at-most-once.
 * - open: still to do; a worker will carry it out.
 * - parked: waiting for something outside the bot (the member joining).
 * - fixable: refused because of the guild's setup; an admin fixes the cause
 *   and replays it (/setup replay).
 */
export const effectStatus = Object.freeze({
  /** Written with the plan; to do. */
  planned: 'planned',
  /** A message claimed for sending: an attempt is (or was) under way. */
  sending: 'sending',
  done: 'done',
  /** The voter is not a member yet: granted when they join or vote again. */
  pendingMember: 'pending_member',
  /** A premium role for someone who is not in that guild: nothing to do there. */
  notMember: 'not_member',
  /** Discord refused: the bot lacks a permission (50013) or access (50001). */
  missingPermissions: 'missing_permissions',
  /** The bot refused: the role fails the reward role rule (staff permissions, managed, ...). */
  refused: 'refused',
  dmsClosed: 'dms_closed',
  /** Any other refusal that retrying cannot fix (a deleted role or channel, a bad request). */
  failed: 'failed',
  /** A message with no answer after its nonce window: maybe delivered, never resent. */
  unknown: 'unknown',
  /** Not sent on purpose: a later message said it instead (a newer vote's DM). */
  skipped: 'skipped',
} as const);

export type EffectStatus = (typeof effectStatus)[keyof typeof effectStatus];

export const openStatuses: readonly EffectStatus[] = [effectStatus.planned, effectStatus.sending];
export const fixableStatuses: readonly EffectStatus[] = [
  effectStatus.missingPermissions,
  effectStatus.refused,
  effectStatus.failed,
];

/** What a vote causes (reward_effect.kind). */
export const rewardEffectKind = Object.freeze({
  role: 'role',
  currency: 'currency',
  milestone: 'milestone',
  dm: 'dm',
  announcement: 'announcement',
  reminder: 'reminder',
  /**
   * Currency paid into an outside economy (UnbelievaBoat): a non-idempotent
   * HTTP call, claimed ('sending') before it is made and never repeated once
   * its outcome is unknown (jobs/economy-pay.ts).
   */
  economy: 'economy',
} as const);
export type RewardEffectKind = (typeof rewardEffectKind)[keyof typeof rewardEffectKind];

/** Effects that live in our database: done the moment the plan commits. */
export const currencyKinds: readonly RewardEffectKind[] = [
  rewardEffectKind.currency,
  rewardEffectKind.milestone,
];

/** What a premium event causes (premium_effect.kind). */
export const premiumEffectKind = Object.freeze({
  roleGrant: 'role_grant',
  roleRemove: 'role_remove',
  dmBuyer: 'dm_buyer',
  dmRecipient: 'dm_recipient',
  reminder: 'reminder',
} as const);
export type PremiumEffectKind = (typeof premiumEffectKind)[keyof typeof premiumEffectKind];

/**
 * What a vote tier or the monthly champions cause (loyalty_effect.kind):
 * role changes, exactly once in effect like the reward role, and the
 * champions' announcement, at most once like any message.
 */
export const loyaltyEffectKind = Object.freeze({
  tierGrant: 'tier_grant',
  tierRemove: 'tier_remove',
  championGrant: 'champion_grant',
  championRemove: 'champion_remove',
  championAnnouncement: 'champion_announcement',
} as const);
export type LoyaltyEffectKind = (typeof loyaltyEffectKind)[keyof typeof loyaltyEffectKind];
/** What a shop purchase causes (shop_effect.kind, README "Shop"). */
export const shopEffectKind = Object.freeze({
  /** The price taken from the balance: done by the purchase's commit. */
  debit: 'debit',
  /** The item's role, granted like a vote reward role (role safety rule, then Discord). */
  role: 'role',
  /** A custom item: the log channel is told (at most once), so staff hand it out. */
  notice: 'notice',
  /** The price given back, once, when the item could not be delivered. */
  refund: 'refund',
} as const);
export type ShopEffectKind = (typeof shopEffectKind)[keyof typeof shopEffectKind];

/** What a reached community goal causes (goal_effect.kind, README "Community goal"). */
export const goalEffectKind = Object.freeze({
  /** The coin bonus: added in the same statement as its row, once per member. */
  currency: 'currency',
  /** The goal's timed role, granted like a vote reward role. */
  role: 'role',
  /** The one message saying the goal was reached (at most once, with a nonce). */
  announcement: 'announcement',
} as const);
export type GoalEffectKind = (typeof goalEffectKind)[keyof typeof goalEffectKind];
