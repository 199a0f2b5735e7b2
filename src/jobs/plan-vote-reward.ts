import { type DbOrTx, sqlRunnerFor } from '../db/client.js';
import { dmsClosedNow } from '../db/discord-users.js';
import { Prisma } from '../db/generated/client.js';
import { recomputeTiers } from '../db/tiers.js';
import { rollUpVotes } from '../db/vote-trends.js';
import { currencyKinds, effectStatus, rewardEffectKind } from '../domain/effects.js';
import { monthKey } from '../domain/loyalty-month.js';
import { periodKeys } from '../domain/periods.js';
import { isEntitled } from '../domain/premium.js';
import { type PlannedEffect, planVoteReward } from '../domain/reward-plan.js';
import { botVotePolicy, policyFrom } from '../domain/reward-policy.js';
import type { EconomyFacts } from './economy-pay.js';
import { recordEvent, recordVoteRewarded } from './outbound-events.js';
import type { RewardDeps } from './vote-reward.js';

/** A ledger row to write: one of the plan's effects, or the economy payment. */
type RowToPlan = PlannedEffect | { kind: 'economy'; amount: number; facts: EconomyFacts };

/**
 * Step 1 of vote.reward: in one transaction, compute the reward, update the
 * member's counters and balance, and write one ledger row per effect. A
 * vote is planned once (vote.planned_at), so currency is added exactly once.
 * Returns the vote (null when it does not exist).
 */
export async function planVote(deps: RewardDeps, voteId: bigint) {
  const now = deps.now();
  // Currency is given by the plan's commit: counted only once that happened.
  let givenByPlan: string[] = [];
  const planned = await deps.db.$transaction(async (tx) => {
    const [vote] = await tx.$queryRaw<
      {
        id: bigint;
        userId: string;
        guildId: string;
        votedAt: Date;
        creditsAwarded: boolean;
        adBlocker: boolean;
        plannedAt: Date | null;
        /** '' for a server vote. */
        botId: string;
      }[]
    >`SELECT id, user_id AS "userId", guild_id AS "guildId", voted_at AS "votedAt",
             credits_awarded AS "creditsAwarded", ad_blocker AS "adBlocker", planned_at AS "plannedAt",
             bot_id AS "botId"
      FROM vote WHERE id = ${voteId} FOR UPDATE`;
    if (!vote) return null;
    if (vote.plannedAt) return { ...vote, tierChanges: 0 };

    const config = await tx.guildConfig.findUnique({ where: { guildId: vote.guildId } });
    const guildPolicy = policyFrom(config);
    const policy = vote.botId
      ? botVotePolicy(guildPolicy, deps.botVoteReward ?? { currency: 0, roleId: null })
      : guildPolicy;
    // The member row is locked for the whole plan: two votes of one member
    // are counted one after the other, never both from the same old state.
    // It also keeps the member's first vote here, whatever order votes are
    // planned in (/votes stats counts new voters by it).
    await tx.$executeRaw`INSERT INTO member (guild_id, user_id, first_vote_at)
                         SELECT guild_id, user_id, voted_at FROM vote WHERE id = ${vote.id}
                         ON CONFLICT (guild_id, user_id)
                         DO UPDATE SET first_vote_at = LEAST(member.first_vote_at, EXCLUDED.first_vote_at)`;
    const [member] = await tx.$queryRaw<
      {
        totalVotes: number;
        currentStreak: number;
        bestStreak: number;
        lastVoteAt: Date | null;
        roleExpiresAt: Date | null;
        remindEnabled: boolean;
        balance: bigint;
        protectedMonth: string | null;
      }[]
    >`SELECT total_votes AS "totalVotes", current_streak AS "currentStreak", best_streak AS "bestStreak",
             last_vote_at AS "lastVoteAt", role_expires_at AS "roleExpiresAt", remind_enabled AS "remindEnabled",
             balance, protected_month AS "protectedMonth"
      FROM member WHERE guild_id = ${vote.guildId} AND user_id = ${vote.userId} FOR UPDATE`;
    if (!member) throw new Error('member row vanished inside its own transaction');
    const user = await tx.discordUser.findUnique({ where: { userId: vote.userId } });
    const premium = await tx.entitlement.findUnique({
      where: { scope_subjectId: { scope: 'user', subjectId: vote.userId } },
    });

    const plan = planVoteReward({
      vote,
      policy,
      member,
      balance: member.balance,
      dmsClosed: dmsClosedNow(user, now, deps.dmsClosedForMs),
      voterHasPremium: isEntitled(premium, now),
      streakProtection: Boolean(config?.streakProtection) && member.protectedMonth !== monthKey(vote.votedAt),
    });

    const currency = plan.effects
      .filter(
        (e): e is Extract<PlannedEffect, { amount: number }> =>
          e.kind === 'currency' || e.kind === 'milestone',
      )
      .reduce((sum, e) => sum + e.amount, 0);
    // A guild with an outside economy (README "Economy") is paid there, by
    // one ledger row carrying the vote's currency and milestone bonus
    // together; 'instead' leaves the built-in balance (and its rows) out.
    const economy = config?.economyToken && currency > 0 ? config : null;
    const builtInPaid = !economy || economy.economyMode === 'also';
    const rows: RowToPlan[] = plan.effects.filter((e) => builtInPaid || !currencyKinds.includes(e.kind));
    if (economy)
      rows.push({
        kind: rewardEffectKind.economy,
        amount: currency,
        facts: { balance: economy.economyBalance === 'bank' ? 'bank' : 'cash' } satisfies EconomyFacts,
      });
    const role = plan.effects.find((e) => e.kind === 'role');
    // A bot vote's role kept for good leaves the member's expiry alone: it
    // belongs to the guild's temporary reward role.
    const roleExpiry =
      role?.kind === 'role' && !(vote.botId && role.seconds === null)
        ? await extendRoleExpiry(deps, tx, {
            guildId: vote.guildId,
            userId: vote.userId,
            roleId: role.roleId,
            seconds: role.seconds,
            current: member.roleExpiresAt,
            now,
          })
        : undefined;

    await tx.member.update({
      where: { guildId_userId: { guildId: vote.guildId, userId: vote.userId } },
      data: {
        totalVotes: plan.streak.totalVotes,
        currentStreak: plan.streak.currentStreak,
        bestStreak: plan.streak.bestStreak,
        lastVoteAt: plan.streak.lastVoteAt,
        ...(currency > 0 && builtInPaid ? { balance: { increment: currency } } : {}),
        ...roleExpiry,
        // Streak protection spent: not again this month.
        ...(plan.streak.protectionUsed
          ? { protectedMonth: monthKey(vote.votedAt), protectedAt: vote.votedAt }
          : {}),
      },
    });

    if (plan.share > 0) {
      const keys = periodKeys(vote.votedAt);
      await tx.$executeRaw`
        INSERT INTO vote_tally (guild_id, period, user_id, votes)
        VALUES (${vote.guildId}, ${keys.week}, ${vote.userId}, 1), (${vote.guildId}, ${keys.month}, ${vote.userId}, 1)
        ON CONFLICT (guild_id, period, user_id) DO UPDATE SET votes = vote_tally.votes + 1`;
    }

    // Tiers follow the counters just written; a guild without tiers pays nothing for them.
    const tierChanges =
      config?.hasTiers && plan.share > 0
        ? await recomputeTiers(tx, {
            guildId: vote.guildId,
            userId: vote.userId,
            stack: config.tierStack,
            now,
            cause: `vote:${vote.id}`,
          })
        : 0;
    if (tierChanges > 0) {
      // Applied by the reward job at once; this job is the restart-safe
      // second chance, committed with the rows it applies.
      await deps.queue.send(
        'loyaltyApply',
        { guildId: vote.guildId, userId: vote.userId },
        { db: sqlRunnerFor(tx), startAfter: new Date(now.getTime() + loyaltyFallbackMs) },
      );
    }

    // Reminders name the guild to vote for again: not for a bot vote.
    if (member.remindEnabled && plan.share > 0 && !vote.botId) {
      // The opted-in reminder for this vote, once its cooldown has passed.
      await deps.queue.send(
        'voteRemind',
        { guildId: vote.guildId, userId: vote.userId, voteId: vote.id.toString() },
        {
          db: sqlRunnerFor(tx),
          startAfter: new Date(vote.votedAt.getTime() + policy.voteCooldownHours * 3_600_000),
        },
      );
    }

    givenByPlan = rows.map((e) => e.kind).filter((k) => currencyKinds.includes(k));
    if (rows.length > 0) {
      await tx.rewardEffect.createMany({
        data: rows.map((effect) => ({
          voteId: vote.id,
          guildId: vote.guildId,
          userId: vote.userId,
          kind: effect.kind,
          // Currency lives in our database: it is done the moment this commits.
          status: currencyKinds.includes(effect.kind) ? effectStatus.done : effectStatus.planned,
          amount: 'amount' in effect ? effect.amount : null,
          roleId: effect.kind === 'role' ? effect.roleId : null,
          roleSeconds: effect.kind === 'role' ? effect.seconds : null,
          channelId: effect.kind === 'announcement' ? effect.channelId : null,
          facts: 'facts' in effect ? { ...effect.facts } : Prisma.DbNull,
        })),
      });
    }
    // The guild's hourly counts for /votes stats. At the end of the
    // transaction: concurrent plans of one guild hold this row's lock briefly.
    await tx.$executeRaw(rollUpVotes(Prisma.sql`id = ${vote.id}`));
    const external = rows.some((e) => !currencyKinds.includes(e.kind));
    await tx.vote.update({
      where: { id: vote.id },
      data: { plannedAt: now, counted: plan.share > 0, ...(external ? {} : { settledAt: now }) },
    });
    // The guild's own endpoints hear of the vote (and, with nothing left to
    // give, of its reward) in this transaction: exactly when it is planned.
    const hasEndpoints = await recordEvent(
      deps.queue,
      tx,
      vote.guildId,
      'vote.received',
      {
        voteId: vote.id.toString(),
        userId: vote.userId,
        votedAt: vote.votedAt.toISOString(),
        ...(vote.botId ? { botId: vote.botId } : {}),
        counted: plan.share > 0,
      },
      now,
    );
    if (!external && hasEndpoints) await recordVoteRewarded(deps.queue, tx, [vote.id], now);
    deps.log.debug(
      { voteId: vote.id.toString(), guildId: vote.guildId, userId: vote.userId, scenario: plan.scenario },
      'reward planned',
    );
    return { ...vote, tierChanges };
  });
  for (const kind of givenByPlan) deps.metrics?.rewards.inc({ kind });
  return planned;
}

/** How long the loyalty.apply job enqueued with a vote's tier changes waits for the reward job to apply them. */
export const loyaltyFallbackMs = 30_000;

/**
 * The member's temporary-role expiry after one more grant. A new grant
 * extends a running role instead of stacking jobs: there is at most one
 * pending role.expire job per member, and it reschedules itself when it
 * finds the expiry moved (see role-expire.ts).
 */
export async function extendRoleExpiry(
  deps: RewardDeps,
  tx: DbOrTx,
  r: {
    guildId: string;
    userId: string;
    roleId: string;
    seconds: number | null;
    current: Date | null;
    now: Date;
  },
): Promise<{ roleExpiresAt: Date | null; expiringRoleId: string | null }> {
  if (r.seconds === null) return { roleExpiresAt: null, expiringRoleId: null };
  const candidate = new Date(r.now.getTime() + r.seconds * 1000);
  const expiresAt = r.current && r.current > candidate ? r.current : candidate;
  // No pending job when there is no running expiry, or when it already passed
  // (its job may have used up its retries); a spare job finds nothing to do.
  if (!r.current || r.current <= r.now) {
    await deps.queue.send(
      'roleExpire',
      { guildId: r.guildId, userId: r.userId },
      { db: sqlRunnerFor(tx), startAfter: expiresAt },
    );
  }
  return { roleExpiresAt: expiresAt, expiringRoleId: r.roleId };
}
