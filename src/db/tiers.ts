import { periodKeys } from '../domain/periods.js';
import type { Tier, TierCounter, TierCounts } from '../domain/tiers.js';
import { CatalogueRefusal } from '../messages/index.js';
import type { Db, DbOrTx } from './client.js';
import { Prisma } from './generated/client.js';
import { settingLimits } from './settings.js';
import { fromPrisma, type Sql } from './sql.js';

/**
 * A guild's vote tiers, and the one statement that brings a member's tier
 * roles in line with their counters: it writes a loyalty_effect row per
 * role to give or take off (the ledger, applied by jobs/loyalty-effects.ts)
 * and the roles now held (member.tier_role_ids), in the caller's
 * transaction, so a vote's tier changes are planned exactly once with it.
 */

/** At most this many tiers per guild: each is a role the bot manages. */
export const maxTiers = 20;

export class TierRefused extends CatalogueRefusal {
  override name = 'TierRefused';
}

export async function listTiers(db: DbOrTx, guildId: string): Promise<Tier[]> {
  const rows = await db.voteTier.findMany({
    where: { guildId },
    orderBy: [{ counts: 'asc' }, { votes: 'asc' }],
  });
  return rows.map((r) => ({ roleId: r.roleId, votes: r.votes, counts: r.counts }));
}

/**
 * Adds a tier (or changes the votes and counter of the role's tier). The
 * guild's has_tiers flag is set in the same transaction: the reward path
 * reads it to skip tiers entirely for guilds without any.
 */
export async function addTier(db: Db, guildId: string, tier: Tier): Promise<Tier[]> {
  const { min, max } = settingLimits.tierVotes;
  if (!Number.isInteger(tier.votes) || tier.votes < min || tier.votes > max)
    throw new TierRefused('tier.refused.votes', { min, max });
  return db.$transaction(async (tx) => {
    const existing = await listTiers(tx, guildId);
    if (existing.length >= maxTiers && !existing.some((t) => t.roleId === tier.roleId))
      throw new TierRefused('tier.refused.full', { max: maxTiers });
    const clash = existing.find(
      (t) => t.roleId !== tier.roleId && t.counts === tier.counts && t.votes === tier.votes,
    );
    if (clash)
      throw new TierRefused('tier.refused.clash', {
        role: `<@&${clash.roleId}>`,
        votes: tier.votes,
        counts: tier.counts,
      });
    await tx.voteTier.upsert({
      where: { guildId_roleId: { guildId, roleId: tier.roleId } },
      create: { guildId, ...tier },
      update: { votes: tier.votes, counts: tier.counts },
    });
    await tx.guildConfig.upsert({
      where: { guildId },
      create: { guildId, hasTiers: true },
      update: { hasTiers: true },
    });
    return listTiers(tx, guildId);
  });
}

/** Removes the role's tier; false when it was none. Members keep the role (it is no longer managed). */
export async function removeTier(db: Db, guildId: string, roleId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.voteTier.deleteMany({ where: { guildId, roleId } });
    const left = await tx.voteTier.count({ where: { guildId } });
    await tx.guildConfig.updateMany({ where: { guildId }, data: { hasTiers: left > 0 } });
    return count === 1;
  });
}

/** A member's counters as the tiers count them ('month': the calendar month of `now`, UTC). */
export async function tierCounts(
  db: DbOrTx,
  guildId: string,
  userId: string,
  now: Date,
): Promise<TierCounts> {
  const [row] = await db.$queryRaw<{ total: number; streak: number; month: number }[]>`
    SELECT m.total_votes AS total, m.current_streak AS streak,
           COALESCE((SELECT votes FROM vote_tally
                     WHERE guild_id = ${guildId} AND period = ${periodKeys(now).month} AND user_id = ${userId}), 0) AS month
    FROM member m WHERE m.guild_id = ${guildId} AND m.user_id = ${userId}`;
  return row ?? { total: 0, streak: 0, month: 0 };
}

/**
 * Brings the member's tier roles in line with their counters, in one
 * statement: the tiers reached (each counter's highest, or all with
 * `stack`), compared with member.tier_role_ids; a planned grant or removal
 * per difference (an older change of the same role not yet made is superseded);
 * the roles held updated. `cause` makes a repeat of the same cause a no-op.
 * Returns the number of changes planned. The caller holds the member row
 * (FOR UPDATE) or writes its counters in the same transaction.
 */
export async function recomputeTiers(
  sql: Sql,
  r: { guildId: string; userId: string; stack: boolean; now: Date; cause: string },
): Promise<number> {
  const month = periodKeys(r.now).month;
  const [row] = await sql.rows<{ changes: number }>(
    ...fromPrisma(Prisma.sql`
    WITH m AS (
      SELECT total_votes, current_streak, COALESCE(tier_role_ids, '{}') AS held
      FROM member WHERE guild_id = ${r.guildId} AND user_id = ${r.userId}),
    reached AS (
      SELECT t.role_id, row_number() OVER (PARTITION BY t.counts ORDER BY t.votes DESC, t.role_id) AS rank
      FROM vote_tier t, m
      WHERE t.guild_id = ${r.guildId}
        AND t.votes <= CASE t.counts
          WHEN 'total' THEN m.total_votes
          WHEN 'streak' THEN m.current_streak
          ELSE COALESCE((SELECT votes FROM vote_tally
                         WHERE guild_id = ${r.guildId} AND period = ${month} AND user_id = ${r.userId}), 0)
        END),
    want AS (
      SELECT COALESCE(array_agg(role_id ORDER BY role_id), '{}')::varchar(20)[] AS roles
      FROM reached WHERE ${r.stack} OR rank = 1),
    changes AS (
      SELECT role, 'tier_grant'::loyalty_effect_kind AS kind
      FROM want, m, unnest(want.roles) AS role WHERE NOT role = ANY(m.held)
      UNION ALL
      SELECT role, 'tier_remove'::loyalty_effect_kind
      FROM want, m, unnest(m.held) AS role
      -- A role whose tier was removed is no longer the bot's to take off.
      WHERE NOT role = ANY(want.roles)
        AND EXISTS (SELECT 1 FROM vote_tier WHERE guild_id = ${r.guildId} AND role_id = role)),
    superseded AS (
      UPDATE loyalty_effect SET status = 'skipped', detail = 'superseded by a later tier change', updated_at = now()
      -- A grant parked until the member joins is superseded too: joining must not bring back a role since taken off.
      WHERE guild_id = ${r.guildId} AND user_id = ${r.userId} AND status IN ('planned', 'pending_member')
        AND kind IN ('tier_grant', 'tier_remove') AND role_id IN (SELECT role FROM changes)
      RETURNING id),
    planned AS (
      INSERT INTO loyalty_effect (guild_id, user_id, kind, role_id, cause, status)
      SELECT ${r.guildId}, ${r.userId}, kind, role, ${r.cause}, 'planned' FROM changes
      ON CONFLICT DO NOTHING
      RETURNING id),
    held AS (
      UPDATE member SET tier_role_ids = want.roles FROM want, m
      WHERE guild_id = ${r.guildId} AND user_id = ${r.userId} AND m.held IS DISTINCT FROM want.roles
      RETURNING 1)
    SELECT (SELECT count(*) FROM planned)::int AS changes, (SELECT count(*) FROM superseded)::int AS skipped,
           (SELECT count(*) FROM held)::int AS updated`),
  );
  return row?.changes ?? 0;
}

/** The ladder name as /setup and /votes show say it. */
export const counterLabels: Record<TierCounter, string> = {
  total: 'votes in all',
  streak: 'votes in a row',
  month: 'votes this month',
};
