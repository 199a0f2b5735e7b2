import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import { rewardEffectKind as K, openStatuses, effectStatus as S } from '../domain/effects.js';
import type { BotVoteReward } from '../domain/reward-policy.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { JobQueue } from './boss.js';
import { applyEach, type LedgerTable, RetryLaterError, rewardLedger, sendMessageOnce } from './effects.js';
import { setAsideIfBotNotInGuild } from './guild-membership.js';
import { extendRoleExpiry, planVote } from './plan-vote-reward.js';
import { applyRoleChange } from './role-change.js';

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
}

type EffectRow = Awaited<ReturnType<Db['rewardEffect']['findMany']>>[number];

/** The vote reward ledger table, counting each effect given. */
export const voteLedger = (deps: Pick<RewardDeps, 'db' | 'metrics'>): LedgerTable =>
  rewardLedger(deps.db, (kind) => deps.metrics?.rewards.inc({ kind }));

/**
 * The vote.reward job. Two steps, each safe to repeat:
 * 1. plan (plan-vote-reward.ts): the reward, the member's counters and one
 *    ledger row per effect, in one transaction, once per vote;
 * 2. apply: carry out each ledger row still to do (effects.ts says how).
 */
export async function rewardVote(deps: RewardDeps, voteId: bigint): Promise<void> {
  if (await setAsideIfBotNotInGuild(deps, voteId)) return;
  const vote = await planVote(deps, voteId);
  if (!vote) return;
  const effects = await deps.db.rewardEffect.findMany({
    where: { voteId, status: { in: [...openStatuses] } },
    orderBy: { id: 'asc' },
  });
  const table = voteLedger(deps);
  let retry: RetryLaterError | undefined;
  try {
    await applyEach(effects, (effect) => applyVoteEffect(deps, table, effect));
  } catch (err) {
    if (!(err instanceof RetryLaterError)) throw err;
    retry = err;
  }
  // Rewards parked until the member joined: a new vote is a second chance.
  await grantPendingRoles(deps, vote.guildId, vote.userId, voteId);
  if (retry) throw retry;
  await deps.db.vote.updateMany({ where: { id: voteId, settledAt: null }, data: { settledAt: deps.now() } });
}

/** One vote effect: a role, a DM, a reminder or an announcement. */
export async function applyVoteEffect(deps: RewardDeps, table: LedgerTable, effect: EffectRow) {
  const log = deps.log.child({
    voteId: effect.voteId.toString(),
    guildId: effect.guildId,
    userId: effect.userId,
    effect: effect.kind,
  });
  const ledgerDeps = { ...deps, log };
  if (effect.kind === K.role) return applyRole(deps, table, effect, log);
  if (effect.kind === K.announcement) {
    if (!effect.channelId) return table.record(effect.id, S.failed, 'no channel');
    return sendMessageOnce(ledgerDeps, table, effect, effect.content ?? '', {
      channelId: effect.channelId,
      guildId: effect.guildId,
      mention: [effect.userId],
    });
  }
  return sendMessageOnce(ledgerDeps, table, effect, effect.content ?? '', { dm: true });
}

async function applyRole(deps: RewardDeps, table: LedgerTable, effect: EffectRow, log: Logger) {
  const { guildId, userId, roleId } = effect;
  if (!roleId) return table.record(effect.id, S.failed, 'no role id recorded');
  const status = await applyRoleChange({ ...deps, log }, table, effect, {
    guildId,
    roleId,
    notAMember: S.pendingMember,
    change: 'grant',
    reason: 'Rankly vote reward',
  });
  if (status !== S.done) return;
  log.info({ roleId }, 'reward role granted');
  // A temporary role given late (parked until the member joined, refused and
  // replayed, dead-lettered and replayed) runs for its whole time from now:
  // its expiry, set when the vote was planned, may have passed already.
  if (effect.roleSeconds !== null && deps.now().getTime() - effect.createdAt.getTime() > lateGrantMs) {
    await restartRoleClock(deps, guildId, userId, roleId, effect.roleSeconds);
  }
}

/** A grant this long after its vote was planned restarts the role's clock. */
const lateGrantMs = 2_000;

/**
 * Grants role rewards that were parked because the voter was not a member.
 * Runs on guild member join and on the member's next vote.
 */
export async function grantPendingRoles(
  deps: RewardDeps,
  guildId: string,
  userId: string,
  exceptVoteId?: bigint,
): Promise<number> {
  const pending = await deps.db.rewardEffect.findMany({
    where: {
      guildId,
      userId,
      kind: K.role,
      status: S.pendingMember,
      ...(exceptVoteId ? { NOT: { voteId: exceptVoteId } } : {}),
    },
    orderBy: { id: 'asc' },
  });
  if (pending.length === 0) return 0;
  const table = voteLedger(deps);
  // One grant per distinct role is enough; the others are marked done with it.
  const granted = new Set<string>();
  for (const effect of pending) {
    if (effect.roleId && granted.has(effect.roleId)) {
      await table.record(effect.id, S.done, 'granted with an earlier pending reward');
      continue;
    }
    const log = deps.log.child({ guildId, userId, effect: K.role, voteId: effect.voteId.toString() });
    try {
      await applyRole(deps, table, effect, log);
    } catch (err) {
      // Still parked: the retry of this job (or the next join or vote) finds it again.
      if (err instanceof RetryLaterError) await table.record(effect.id, S.pendingMember, err.message);
      throw err;
    }
    const after = await deps.db.rewardEffect.findUnique({
      where: { id: effect.id },
      select: { status: true },
    });
    if (after?.status === S.done && effect.roleId) granted.add(effect.roleId);
  }
  return granted.size;
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
    const expiry = await extendRoleExpiry(deps, tx, {
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
