import { type Db, sqlRunnerFor } from '../db/client.js';
import type { Prisma } from '../db/generated/client.js';
import { sqlTxOf } from '../db/sql.js';
import { recomputeTiers } from '../db/tiers.js';
import { loyaltyEffectKind as K } from '../domain/effects.js';
import { monthKey, previousMonth } from '../domain/loyalty-month.js';
import type { Logger } from '../log.js';
import type { JobQueue } from './boss.js';

/**
 * The loyalty programme's periodic work, run by every worker process:
 * streak tiers taken off when a streak breaks, months closed on the 1st
 * (champions moved, monthly tiers taken off), and ledger rows a lost job
 * left open sent back to the queue. Each is safe with several replicas at
 * once: a row lock or a primary key decides which one does the work.
 */
export interface LoyaltyDeps {
  db: Db;
  queue: JobQueue;
  log: Logger;
  now: () => Date;
}

/**
 * Members holding a streak tier whose streak has broken (no vote within
 * the window, or two windows with streak protection still unused this
 * month): the streak is set to 0 and their tiers recomputed. Returns how
 * many members lost their streak.
 */
export async function breakStaleStreaks(deps: LoyaltyDeps): Promise<number> {
  const now = deps.now();
  const month = monthKey(now);
  const stale = await deps.db.$queryRaw<{ guildId: string; userId: string; lastVoteAt: Date }[]>`
    SELECT m.guild_id AS "guildId", m.user_id AS "userId", m.last_vote_at AS "lastVoteAt"
    FROM member m JOIN guild_config g ON g.guild_id = m.guild_id
    WHERE g.has_tiers AND m.current_streak > 0
      AND m.last_vote_at < ${now}::timestamptz - make_interval(hours =>
            g.streak_window_hours * CASE WHEN g.streak_protection AND m.protected_month IS DISTINCT FROM ${month}
                                         THEN 2 ELSE 1 END)
      AND EXISTS (SELECT 1 FROM vote_tier t
                  WHERE t.guild_id = m.guild_id AND t.counts = 'streak' AND t.role_id = ANY(m.tier_role_ids))
    LIMIT 1000`;
  let broken = 0;
  for (const member of stale) {
    const changes = await deps.db.$transaction(async (tx) => {
      // The row lock decides between replicas: the second finds the streak already at 0.
      const reset = await tx.$executeRaw`
        UPDATE member SET current_streak = 0
        WHERE guild_id = ${member.guildId} AND user_id = ${member.userId}
          AND current_streak > 0 AND last_vote_at = ${member.lastVoteAt}`;
      if (reset === 0) return null;
      const config = await tx.guildConfig.findUnique({
        where: { guildId: member.guildId },
        select: { tierStack: true },
      });
      const planned = await recomputeTiers(sqlTxOf(tx), {
        ...member,
        stack: config?.tierStack ?? false,
        now,
        cause: `streak:${member.lastVoteAt.toISOString()}`,
      });
      if (planned > 0) await deps.queue.send('loyaltyApply', member, { db: sqlRunnerFor(tx) });
      return planned;
    });
    if (changes === null) continue;
    broken++;
    deps.log.info({ ...member, changes }, 'streak broken: streak tiers recomputed');
  }
  return broken;
}

/** The champions of a month, in rank order. */
export interface Champion {
  userId: string;
  votes: number;
}

/**
 * Closes last month (UTC) for every guild with monthly champions or
 * monthly tiers that has not closed it yet. Returns the guilds closed here.
 */
export async function closeDueMonths(deps: LoyaltyDeps): Promise<string[]> {
  const month = previousMonth(deps.now());
  const due = await deps.db.$queryRaw<{ guildId: string }[]>`
    SELECT g.guild_id AS "guildId" FROM guild_config g
    WHERE ((g.champion_role_id IS NOT NULL AND g.champions_since < ${month.end})
           OR (g.has_tiers AND EXISTS (SELECT 1 FROM vote_tier t WHERE t.guild_id = g.guild_id AND t.counts = 'month')))
      AND NOT EXISTS (SELECT 1 FROM loyalty_month lm WHERE lm.guild_id = g.guild_id AND lm.month = ${month.key})`;
  const closed: string[] = [];
  for (const { guildId } of due) {
    if (await closeMonth(deps, guildId, month)) closed.push(guildId);
  }
  return closed;
}

/**
 * Closes one guild's month, once: the loyalty_month row (primary key per
 * guild and month) is written in the same transaction as the ledger rows
 * (champion roles moved, the announcement, monthly tiers taken off) and
 * the job that applies them. A replica closing the same month at the same
 * moment waits on that key, then finds it taken and does nothing.
 */
export async function closeMonth(
  deps: LoyaltyDeps,
  guildId: string,
  month: { key: string; start: Date; end: Date },
): Promise<boolean> {
  const now = deps.now();
  const done = await deps.db.$transaction(async (tx) => {
    const config = await tx.guildConfig.findUnique({ where: { guildId } });
    if (!config) return false;
    const crowning = Boolean(
      config.championRoleId && config.championsSince && config.championsSince < month.end,
    );
    const champions: Champion[] = crowning
      ? await tx.$queryRaw<Champion[]>`
          SELECT user_id AS "userId", count(*)::int AS votes FROM vote
          WHERE guild_id = ${guildId} AND counted AND voted_at >= ${month.start} AND voted_at < ${month.end}
          GROUP BY user_id
          -- A tie goes to whoever reached the count first.
          ORDER BY count(*) DESC, max(voted_at) ASC, user_id
          LIMIT ${config.championCount}`
      : [];
    const inserted = await tx.$executeRaw`
      INSERT INTO loyalty_month (guild_id, month, champions)
      VALUES (${guildId}, ${month.key}, ${JSON.stringify(champions)}::jsonb)
      ON CONFLICT DO NOTHING`;
    if (inserted === 0) return false;
    const cause = `champions:${month.key}`;
    if (crowning && config.championRoleId) {
      const roleId = config.championRoleId;
      const previous = await tx.loyaltyMonth.findFirst({
        where: { guildId, month: { lt: month.key } },
        orderBy: { month: 'desc' },
      });
      const before = ((previous?.champions ?? []) as unknown as Champion[]).map((c) => c.userId);
      // Taken off is the role they were given, though the admin may have chosen another since.
      const given = previous
        ? await tx.loyaltyEffect.findFirst({
            where: { guildId, cause: `champions:${previous.month}`, kind: K.championGrant },
            select: { roleId: true },
          })
        : null;
      const crowned = champions.map((c) => c.userId);
      const rows: Prisma.LoyaltyEffectCreateManyInput[] = [
        ...before
          .filter((u) => !crowned.includes(u) || (given && given.roleId !== roleId))
          .map((userId) => ({ userId, kind: K.championRemove, roleId: given?.roleId ?? roleId })),
        ...crowned.map((userId) => ({ userId, kind: K.championGrant, roleId })),
      ].map((r) => ({ ...r, guildId, cause, status: 'planned' }));
      // One announcement naming them, where votes are announced (or the log channel).
      const channelId = config.announceChannelId ?? config.logChannelId;
      if (channelId && champions.length > 0)
        rows.push({
          guildId,
          userId: guildId,
          kind: K.championAnnouncement,
          channelId,
          cause,
          status: 'planned',
        });
      await tx.loyaltyEffect.createMany({ data: rows, skipDuplicates: true });
    }
    // Monthly tiers start again from nothing: their holders are recomputed with the new month.
    const holders = await tx.$queryRaw<{ userId: string }[]>`
      SELECT m.user_id AS "userId" FROM member m
      WHERE m.guild_id = ${guildId}
        AND m.tier_role_ids && ARRAY(SELECT role_id FROM vote_tier WHERE guild_id = ${guildId} AND counts = 'month')::varchar(20)[]`;
    for (const { userId } of holders) {
      await tx.$queryRaw`SELECT 1 FROM member WHERE guild_id = ${guildId} AND user_id = ${userId} FOR UPDATE`;
      await recomputeTiers(sqlTxOf(tx), {
        guildId,
        userId,
        stack: config.tierStack,
        now,
        cause: `month:${month.key}`,
      });
    }
    await deps.queue.send('loyaltyApply', { guildId }, { db: sqlRunnerFor(tx) });
    return true;
  });
  if (done)
    deps.log.info({ guildId, month: month.key }, 'month closed: champions moved, monthly tiers reset');
  return done;
}

/**
 * Ledger rows still open five minutes after their last change (their job
 * was lost with an archived queue, say) go back to the queue, once per
 * guild every five minutes whichever replica finds them.
 */
export async function sweepLoyaltyEffects(deps: LoyaltyDeps): Promise<number> {
  const guilds = await deps.db.$queryRaw<{ guildId: string }[]>`
    SELECT DISTINCT guild_id AS "guildId" FROM loyalty_effect
    WHERE status IN ('planned', 'sending') AND updated_at < ${deps.now()}::timestamptz - interval '5 minutes'
    LIMIT 100`;
  for (const { guildId } of guilds)
    await deps.queue.send('loyaltyApply', { guildId }, { singletonKey: guildId, singletonSeconds: 300 });
  return guilds.length;
}

/** Runs the three checks 30 s after start and every `everyMs` (15 minutes) after; returns the stop. */
export function scheduleLoyaltyChecks(deps: LoyaltyDeps, everyMs = 15 * 60_000): () => void {
  const run = async () => {
    for (const [name, check] of [
      ['break stale streaks', breakStaleStreaks],
      ['close the month', closeDueMonths],
      ['sweep loyalty effects', sweepLoyaltyEffects],
    ] as const) {
      await check(deps).catch((err: unknown) => deps.log.error({ err }, `could not ${name}`));
    }
  };
  const first = setTimeout(run, 30_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
