import type { SqlRunner } from '../contracts.js';
import { dmsClosedNow } from '../db/discord-users.js';
import { type DiscordUser, type Entitlement, type GuildConfig, Prisma } from '../db/generated/client.js';
import { fromPrisma, inSqlTransaction, type SqlTx } from '../db/sql.js';
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
  // Plain SQL on one connection (db/sql.ts): this runs for every vote.
  const planned = await inSqlTransaction(deps.db, async (tx) => {
    const [vote] = await tx.rows<{
      id: bigint;
      userId: string;
      guildId: string;
      votedAt: Date;
      creditsAwarded: boolean;
      adBlocker: boolean;
      plannedAt: Date | null;
      /** '' for a server vote. */
      botId: string;
    }>(
      `SELECT id, user_id, guild_id, voted_at, credits_awarded, ad_blocker, planned_at, bot_id
       FROM vote WHERE id = $1 FOR UPDATE`,
      [voteId],
    );
    if (!vote) return null;
    if (vote.plannedAt) return { ...vote, tierChanges: 0 };

    const [config = null] = await tx.rows<GuildConfig>('SELECT * FROM guild_config WHERE guild_id = $1', [
      vote.guildId,
    ]);
    const guildPolicy = policyFrom(config);
    const policy = vote.botId
      ? botVotePolicy(guildPolicy, deps.botVoteReward ?? { currency: 0, roleId: null })
      : guildPolicy;
    // The member row is locked for the whole plan: two votes of one member
    // are counted one after the other, never both from the same old state.
    // It also keeps the member's first and latest votes here, whatever order
    // votes are planned in (/votes stats counts new voters and voters by them).
    // The upsert locks the row (DO UPDATE) and returns it: one statement for both.
    const [member] = await tx.rows<{
      totalVotes: number;
      currentStreak: number;
      bestStreak: number;
      lastVoteAt: Date | null;
      roleExpiresAt: Date | null;
      remindEnabled: boolean;
      balance: bigint;
      protectedMonth: string | null;
    }>(
      `INSERT INTO member (guild_id, user_id, first_vote_at, latest_vote_at) VALUES ($1, $2, $3, $3)
       ON CONFLICT (guild_id, user_id)
       DO UPDATE SET first_vote_at = LEAST(member.first_vote_at, EXCLUDED.first_vote_at),
                     latest_vote_at = GREATEST(member.latest_vote_at, EXCLUDED.latest_vote_at)
       RETURNING total_votes, current_streak, best_streak, last_vote_at, role_expires_at, remind_enabled, balance,
                 protected_month`,
      [vote.guildId, vote.userId, vote.votedAt],
    );
    if (!member) throw new Error('member upsert returned no row');
    const [user = null] = await tx.rows<DiscordUser>('SELECT * FROM discord_user WHERE user_id = $1', [
      vote.userId,
    ]);
    const [premium = null] = await tx.rows<Entitlement>(
      `SELECT * FROM entitlement WHERE scope = 'user' AND subject_id = $1`,
      [vote.userId],
    );

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
        ? await extendRoleExpiry(deps, tx.runner, {
            guildId: vote.guildId,
            userId: vote.userId,
            roleId: role.roleId,
            seconds: role.seconds,
            current: member.roleExpiresAt,
            now,
          })
        : undefined;

    // The expiry columns change only with a role (roleExpiry undefined: kept as they are).
    await tx.run(
      `UPDATE member SET total_votes = $3, current_streak = $4, best_streak = $5, last_vote_at = $6,
         balance = balance + $7,
         role_expires_at = CASE WHEN $8 THEN $9::timestamptz ELSE role_expires_at END,
         expiring_role_id = CASE WHEN $8 THEN $10 ELSE expiring_role_id END,
         -- Streak protection spent: not again this month.
         protected_month = CASE WHEN $11 THEN $12 ELSE protected_month END,
         protected_at = CASE WHEN $11 THEN $13::timestamptz ELSE protected_at END
       WHERE guild_id = $1 AND user_id = $2`,
      [
        vote.guildId,
        vote.userId,
        plan.streak.totalVotes,
        plan.streak.currentStreak,
        plan.streak.bestStreak,
        plan.streak.lastVoteAt,
        currency > 0 && builtInPaid ? currency : 0,
        roleExpiry !== undefined,
        roleExpiry?.roleExpiresAt ?? null,
        roleExpiry?.expiringRoleId ?? null,
        Boolean(plan.streak.protectionUsed),
        monthKey(vote.votedAt),
        vote.votedAt,
      ],
    );

    if (plan.share > 0) {
      const keys = periodKeys(vote.votedAt);
      await tx.run(
        `INSERT INTO vote_tally (guild_id, period, user_id, votes) VALUES ($1, $2, $4, 1), ($1, $3, $4, 1)
         ON CONFLICT (guild_id, period, user_id) DO UPDATE SET votes = vote_tally.votes + 1`,
        [vote.guildId, keys.week, keys.month, vote.userId],
      );
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
        { db: tx.runner, startAfter: new Date(now.getTime() + loyaltyFallbackMs) },
      );
    }

    // Reminders name the guild to vote for again: not for a bot vote.
    if (member.remindEnabled && plan.share > 0 && !vote.botId) {
      // The opted-in reminder for this vote, once its cooldown has passed.
      await deps.queue.send(
        'voteRemind',
        { guildId: vote.guildId, userId: vote.userId, voteId: vote.id.toString() },
        {
          db: tx.runner,
          startAfter: new Date(vote.votedAt.getTime() + policy.voteCooldownHours * 3_600_000),
        },
      );
    }

    givenByPlan = rows.map((e) => e.kind).filter((k) => currencyKinds.includes(k));
    if (rows.length > 0) await insertLedgerRows(tx, vote, rows, now);
    // The guild's hourly counts for /votes stats. At the end of the
    // transaction: concurrent plans of one guild hold this row's lock briefly.
    await tx.run(...fromPrisma(rollUpVotes(Prisma.sql`id = ${vote.id}`)));
    const external = rows.some((e) => !currencyKinds.includes(e.kind));
    await tx.run(
      `UPDATE vote SET planned_at = $2, counted = $3, settled_at = CASE WHEN $4 THEN settled_at ELSE $2 END
       WHERE id = $1`,
      [vote.id, now, plan.share > 0, external],
    );
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
  runner: SqlRunner,
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
      { db: runner, startAfter: expiresAt },
    );
  }
  return { roleExpiresAt: expiresAt, expiringRoleId: r.roleId };
}

/** The vote's ledger rows, in one INSERT. */
async function insertLedgerRows(
  tx: SqlTx,
  vote: { id: bigint; guildId: string; userId: string },
  rows: RowToPlan[],
  now: Date,
): Promise<void> {
  const col = <T>(f: (e: RowToPlan) => T) => rows.map(f);
  await tx.run(
    `INSERT INTO reward_effect (vote_id, guild_id, user_id, kind, status, amount, role_id, role_seconds,
                                channel_id, facts, created_at, updated_at)
     SELECT $1, $2, $3, r.kind::reward_effect_kind, r.status::effect_status, r.amount, r.role_id,
            r.role_seconds, r.channel_id, r.facts, $4, $4
     FROM unnest($5::text[], $6::text[], $7::int[], $8::text[], $9::int[], $10::text[], $11::jsonb[])
          AS r(kind, status, amount, role_id, role_seconds, channel_id, facts)`,
    [
      vote.id,
      vote.guildId,
      vote.userId,
      now,
      col((e) => e.kind),
      // Currency lives in our database: it is done the moment this commits.
      col((e) => (currencyKinds.includes(e.kind) ? effectStatus.done : effectStatus.planned)),
      col((e) => ('amount' in e ? e.amount : null)),
      col((e) => (e.kind === 'role' ? e.roleId : null)),
      col((e) => (e.kind === 'role' ? e.seconds : null)),
      col((e) => (e.kind === 'announcement' ? e.channelId : null)),
      col((e) => ('facts' in e ? JSON.stringify(e.facts) : null)),
    ],
  );
}
