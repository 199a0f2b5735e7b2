import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import type { BotVoteReward } from '../domain/reward-policy.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { announceBatch } from './announce-batch.js';
import type { JobQueue } from './boss.js';
import type { EconomySettings } from './economy-pay.js';
import { deliverEvent } from './event-deliver.js';
import { rewardGoal } from './goal-reward.js';
import { applyLoyaltyEffects } from './loyalty-effects.js';
import { applyPremiumEvent, expirePremium, remindPremium, syncPremiumRole } from './premium.js';
import { expireRole } from './role-expire.js';
import { deliverPurchase } from './shop-deliver.js';
import { announceTestDelivery } from './test-delivery.js';
import { expireTimedRole } from './timed-role.js';
import { remindVoter } from './vote-remind.js';
import { releaseParkedRewards, rewardVote, voteLedger } from './vote-reward.js';
import type { Handlers } from './worker.js';

/** Each queue's handler, given the job-scoped logger. */
export function createHandlers(deps: {
  db: Db;
  queue: JobQueue;
  discord: DiscordActions;
  log: Logger;
  now: () => Date;
  premiumReminderHours: number;
  dmsClosedForMs?: number;
  announceBatchMs?: number;
  metrics?: Metrics;
  botVoteReward?: BotVoteReward;
  economy?: EconomySettings;
  /** Outbound events (event-deliver.ts). */
  events?: { allowPrivate: boolean; retryBaseMs?: number; retryBackoff?: boolean };
}): Handlers {
  const premium = (log: Logger) => ({ ...deps, log, reminderHours: deps.premiumReminderHours });
  return {
    voteReward: (data, log) => rewardVote({ ...deps, log }, BigInt(data.voteId)),
    voteRemind: (data, log) => remindVoter({ ...deps, log }, data),
    roleExpire: (data, log) => expireRole({ ...deps, log }, data.guildId, data.userId),
    memberJoined: async (data, log) => {
      await releaseParkedRewards({ ...deps, log }, data.guildId, data.userId);
      await syncPremiumRole(premium(log), data.guildId, data.userId);
      await applyLoyaltyEffects({ ...deps, log }, data, { parked: true });
    },
    announceBatch: (data, log) => announceBatch({ ...deps, log }, voteLedger(deps), data.guildId),
    eventDeliver: (data, log) => deliverEvent({ ...deps, ...deps.events, log }, BigInt(data.deliveryId)),
    testDelivery: (data, log) => announceTestDelivery({ ...deps, log }, data),
    premiumApply: (data, log) => applyPremiumEvent(premium(log), BigInt(data.eventId)),
    premiumExpire: (data, log) => expirePremium(premium(log), data.scope, data.subjectId),
    premiumRemind: (data, log) => remindPremium(premium(log), data.scope, data.subjectId, data.until),
    loyaltyApply: async (data, log) => {
      await applyLoyaltyEffects({ ...deps, log }, data);
    },
    shopDeliver: async (data, log) => {
      await deliverPurchase({ ...deps, log }, BigInt(data.purchaseId), { retry: true });
    },
    timedRoleExpire: (data, log) => expireTimedRole({ ...deps, log }, data),
    goalReward: (data, log) => rewardGoal({ ...deps, log }, BigInt(data.reachedId), data.userId),
  };
}
