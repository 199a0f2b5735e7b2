import { type Db, sqlRunnerFor } from '../db/client.js';
import type { RewardEffect } from '../db/generated/client.js';
import { reachGoalIfDue } from '../db/goal.js';
import { sqlOf } from '../db/sql.js';
import type { DiscordActions } from '../discord/actions.js';
import {
  type EffectStatus,
  rewardEffectKind as K,
  openStatuses,
  effectStatus as S,
} from '../domain/effects.js';
import type { BotVoteReward } from '../domain/reward-policy.js';
import type { RoleOutcome } from '../domain/vote-message.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { announceVote, settleVotes } from './announce-batch.js';
import type { JobQueue } from './boss.js';
import { type EconomySettings, payEconomyOnce } from './economy-pay.js';
import { type LedgerTable, RetryLaterError, rewardLedger, sendMessageOnce } from './effects.js';
import { setAsideIfBotNotInGuild } from './guild-membership.js';
import { applyLoyaltyEffects } from './loyalty-effects.js';
import { extendRoleExpiry, planVote } from './plan-vote-reward.js';
import { applyRoleChange } from './role-change.js';
import { composeContent, roleOutcome } from './vote-messages.js';

export interface RewardDeps {
  db: Db;
  queue: JobQueue;
  discord: DiscordActions;
  log: Logger;
  now: () => Date;
  /** Counts each ledger row that reaches 'done' (rankly_rewards_granted_total), and votes set aside. */
  metrics?: Pick<Metrics, 'rewards' | 'votesNotInGuild'>;
  /** What a bot vote earns instead of its home guild's currency and role. */
  botVoteReward?: BotVoteReward;
  /** How long refused DMs keep the bot from trying again (DMS_CLOSED_DAYS). */
  dmsClosedForMs?: number;
  /** ANNOUNCE_BATCH_MS (announce-batch.ts). */
  announceBatchMs?: number;
  /** Paying into guilds' UnbelievaBoat (economy-pay.ts). */
  economy?: EconomySettings;
}

type EffectRow = RewardEffect;

/** The vote reward ledger table, counting each effect given. */
export const voteLedger = (deps: Pick<RewardDeps, 'db' | 'metrics'>): LedgerTable =>
  rewardLedger(deps.db, (kind) => deps.metrics?.rewards.inc({ kind }));

/**
 * The vote.reward job. Two steps, each safe to repeat:
 * 1. plan (plan-vote-reward.ts): the reward, the member's counters and one
 *    ledger row per effect, in one transaction, once per vote;
 * 2. apply: carry out each ledger row still to do (effects.ts says how).
 *    The role goes first: the DM and the announcement are composed once it
 *    has an outcome, so they never claim a role that was not given.
 */
export async function rewardVote(deps: RewardDeps, voteId: bigint): Promise<void> {
  if (await setAsideIfBotNotInGuild(deps, voteId)) return;
  const vote = await planVote(deps, voteId);
  if (!vote) return;
  // The community goal of the vote's period may be met now (README "Community goal").
  await reachGoalIfDue(deps.db, deps.queue, vote);
  const effects = await sqlOf(deps.db).rows<EffectRow>(
    'SELECT * FROM reward_effect WHERE vote_id = $1 ORDER BY id',
    [voteId],
  );
  const table = voteLedger(deps);
  let retry: RetryLaterError | undefined;
  const attempt = async (apply: () => Promise<unknown>) => {
    try {
      await apply();
    } catch (err) {
      if (!(err instanceof RetryLaterError)) throw err;
      retry = err;
    }
  };
  // The outside economy's payment waits for nothing: it goes first.
  const economy = effects.find((e) => e.kind === K.economy);
  if (economy && openStatuses.includes(economy.status)) {
    await attempt(() => payEconomyOnce({ ...deps, log: logFor(deps, economy) }, table, economy));
  }
  const role = effects.find((e) => e.kind === K.role);
  let roleStatus = role?.status;
  if (role && openStatuses.includes(role.status)) {
    await attempt(async () => {
      roleStatus = await applyRole(deps, table, role, logFor(deps, role));
    });
  }
  // Still to be given (the retry of this job): the messages wait for it.
  if (!(roleStatus && openStatuses.includes(roleStatus))) {
    for (const message of effects.filter(
      (e) => e.kind !== K.role && e.kind !== K.economy && openStatuses.includes(e.status),
    )) {
      await attempt(() => applyVoteMessage(deps, table, message, roleOutcome(roleStatus)));
    }
  }
  // Tier roles reached with this vote; a failure is left to a loyalty.apply job (its own backoff).
  if (vote.tierChanges > 0) {
    const member = { guildId: vote.guildId, userId: vote.userId };
    await applyLoyaltyEffects(deps, member).catch(async (err: unknown) => {
      deps.log.warn({ err, voteId: voteId.toString() }, 'tier roles not applied yet; loyalty.apply retries');
      await deps.queue.send('loyaltyApply', member);
    });
  }
  // Rewards parked until the member joined: a new vote is a second chance.
  await attempt(() => releaseParkedRewards(deps, vote.guildId, vote.userId, voteId));
  if (retry) throw retry;
  // An announcement left for the guild's batch settles the vote when it goes out.
  await settleVotes(deps, [voteId], deps.now());
}

const logFor = (deps: RewardDeps, effect: EffectRow) =>
  deps.log.child({
    voteId: effect.voteId.toString(),
    guildId: effect.guildId,
    userId: effect.userId,
    effect: effect.kind,
  });

/**
 * A vote's DM or announcement, composed now from the facts kept with it.
 * The DM of a voter who is not in the server yet waits for them to join
 * (Discord refuses DMs to someone who shares no server with the bot), and
 * is sent then, once; the announcement goes out now, saying the role follows.
 */
async function applyVoteMessage(deps: RewardDeps, table: LedgerTable, effect: EffectRow, role: RoleOutcome) {
  const log = logFor(deps, effect);
  if (effect.kind === K.dm && role === 'follows') {
    await table.record(effect.id, S.pendingMember, 'not in the server yet: sent when they join');
    return S.pendingMember;
  }
  const content = composeContent(deps, effect, role);
  if (effect.kind === K.announcement) {
    if (!effect.channelId) return table.record(effect.id, S.failed, 'no channel');
    return announceVote({ ...deps, log }, table, effect, content);
  }
  return sendMessageOnce({ ...deps, log }, table, effect, content, { dm: true, guildId: effect.guildId });
}

async function applyRole(
  deps: RewardDeps,
  table: LedgerTable,
  effect: EffectRow,
  log: Logger,
): Promise<EffectStatus> {
  const { guildId, userId, roleId } = effect;
  if (!roleId) {
    await table.record(effect.id, S.failed, 'no role id recorded');
    return S.failed;
  }
  const status = await applyRoleChange({ ...deps, log }, table, effect, {
    guildId,
    roleId,
    notAMember: S.pendingMember,
    change: 'grant',
    reason: 'Rankly vote reward',
  });
  if (status !== S.done) return status;
  log.info({ roleId }, 'reward role granted');
  // A temporary role given late (parked until the member joined, refused and
  // replayed, dead-lettered and replayed) runs for its whole time from now:
  // its expiry, set when the vote was planned, may have passed already.
  if (effect.roleSeconds !== null && deps.now().getTime() - effect.createdAt.getTime() > lateGrantMs) {
    await restartRoleClock(deps, guildId, userId, roleId, effect.roleSeconds);
  }
  return status;
}

/** A grant this long after its vote was planned restarts the role's clock. */
const lateGrantMs = 2_000;

/**
 * Gives what was parked because the voter was not a member: their roles,
 * then their DM. Runs when the member joins and on their next vote (a
 * second chance). A member who voted several times before joining gets one
 * DM, the latest vote's; on a new vote, its own DM says it instead.
 */
export async function releaseParkedRewards(
  deps: RewardDeps,
  guildId: string,
  userId: string,
  newVoteId?: bigint,
): Promise<number> {
  // Asked on every vote (a second chance): plain SQL, on the (guild_id, user_id, status) index.
  const parked = await sqlOf(deps.db).rows<EffectRow>(
    `SELECT * FROM reward_effect
     WHERE guild_id = $1 AND user_id = $2 AND status = 'pending_member' AND vote_id IS DISTINCT FROM $3
     ORDER BY id`,
    [guildId, userId, newVoteId ?? null],
  );
  if (parked.length === 0) return 0;
  const table = voteLedger(deps);
  // One grant per distinct role is enough; the others are marked done with it.
  const granted = new Set<string>();
  const roleStatus = new Map<bigint, EffectStatus>();
  for (const effect of parked.filter((e) => e.kind === K.role)) {
    if (effect.roleId && granted.has(effect.roleId)) {
      await table.record(effect.id, S.done, 'granted with an earlier pending reward');
      roleStatus.set(effect.voteId, S.done);
      continue;
    }
    let status: EffectStatus;
    try {
      status = await applyRole(deps, table, effect, logFor(deps, effect));
    } catch (err) {
      // Still parked: the retry of this job (or the next join or vote) finds it again.
      if (err instanceof RetryLaterError) await table.record(effect.id, S.pendingMember, err.message);
      throw err;
    }
    roleStatus.set(effect.voteId, status);
    if (status === S.done && effect.roleId) granted.add(effect.roleId);
  }
  const dms = parked.filter((e) => e.kind === K.dm);
  const latest = newVoteId ? undefined : dms.at(-1);
  for (const dm of dms) {
    // After a new vote, only the DMs of earlier votes are said by its own (a
    // later vote's job may have finished first: its DM is not an earlier one).
    const earlier = newVoteId ? dm.voteId < newVoteId : dm !== latest;
    if (earlier) await table.record(dm.id, S.skipped, 'a later vote’s DM said it instead');
  }
  // Sent only once the member is in: with the role still parked, it waits for the next join.
  const role = latest
    ? (roleStatus.get(latest.voteId) ?? (await roleStatusOf(deps, latest.voteId)))
    : undefined;
  if (latest && role !== S.pendingMember) {
    await table.record(latest.id, S.planned);
    await applyVoteMessage(deps, table, { ...latest, status: S.planned }, roleOutcome(role));
  }
  return granted.size;
}

async function roleStatusOf(deps: RewardDeps, voteId: bigint): Promise<EffectStatus | undefined> {
  const [role] = await sqlOf(deps.db).rows<{ status: EffectStatus }>(
    `SELECT status FROM reward_effect WHERE vote_id = $1 AND kind = 'role'`,
    [voteId],
  );
  return role?.status;
}

async function restartRoleClock(
  deps: RewardDeps,
  guildId: string,
  userId: string,
  roleId: string,
  seconds: number,
): Promise<void> {
  const now = deps.now();
  await deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO member (guild_id, user_id) VALUES (${guildId}, ${userId}) ON CONFLICT DO NOTHING`;
    const [member] = await tx.$queryRaw<{ roleExpiresAt: Date | null }[]>`
      SELECT role_expires_at AS "roleExpiresAt" FROM member
      WHERE guild_id = ${guildId} AND user_id = ${userId} FOR UPDATE`;
    const expiry = await extendRoleExpiry(deps, sqlRunnerFor(tx), {
      guildId,
      userId,
      roleId,
      seconds,
      current: member?.roleExpiresAt ?? null,
      now,
    });
    await tx.member.update({ where: { guildId_userId: { guildId, userId } }, data: expiry });
  });
}
