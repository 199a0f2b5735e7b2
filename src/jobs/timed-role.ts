import type pg from 'pg';
import type { SqlRunner } from '../contracts.js';
import { type Db, poolOf } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import { classifyDiscordError, describeDiscordError } from '../discord/errors.js';
import type { Logger } from '../log.js';
import type { JobQueue } from './boss.js';
import { RetryLaterError } from './effects.js';
import { reportMissingPermissions } from './guild-alerts.js';
import { grantRewardRole } from './role-grant.js';
import { roleHeldOtherwise } from './role-holds.js';

/**
 * Timed roles that are not the vote reward role (a shop purchase, a
 * community goal's reward): one timed_role row per member and role, so
 * they run side by side and never move the vote role's expiry
 * (member.role_expires_at). The expiry works as role-expire.ts does: one
 * pending job per row, which reschedules itself when the time moved.
 */

type TimedRoleDeps = { db: Db; queue: JobQueue };

/**
 * Runs `work` in one transaction on a plain pg connection: the few
 * statements of a timed role's hold, without the round trips of an ORM
 * interactive transaction (this is on /shop buy's path).
 */
export async function inPgTransaction<T>(db: Db, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Keeps `roleId` for `seconds` more: from now, or from the end of the time
 * already held (buying twice holds it twice as long). Runs in the caller's
 * transaction, with the expiry job, so the job exists only if the time does.
 */
export async function holdTimedRole(
  deps: Pick<TimedRoleDeps, 'queue'>,
  client: pg.PoolClient,
  r: { guildId: string; userId: string; roleId: string; seconds: number; now: Date },
): Promise<Date> {
  const key = [r.guildId, r.userId, r.roleId];
  const { rows } = await client.query<{ expires_at: Date }>({
    name: 'timed-role-held',
    text: 'SELECT expires_at FROM timed_role WHERE guild_id = $1 AND user_id = $2 AND role_id = $3 FOR UPDATE',
    values: key,
  });
  const held = rows[0]?.expires_at;
  const from = held && held > r.now ? held : r.now;
  const expiresAt = new Date(from.getTime() + r.seconds * 1000);
  await client.query({
    name: 'timed-role-hold',
    text: `INSERT INTO timed_role (guild_id, user_id, role_id, expires_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (guild_id, user_id, role_id) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
    values: [...key, expiresAt],
  });
  // A running expiry has its job already; it will find the new time and wait for it.
  if (!held || held <= r.now) {
    await deps.queue.send(
      'timedRoleExpire',
      { guildId: r.guildId, userId: r.userId, roleId: r.roleId },
      { db: pgRunner(client), startAfter: expiresAt },
    );
  }
  return expiresAt;
}

/** Lets the job queue enqueue on this pg connection (inside its transaction). */
export const pgRunner = (client: pg.PoolClient): SqlRunner => ({
  executeSql: async (text, values) => ({ rows: (await client.query(text, values)).rows }),
});

/**
 * A ledger row's timed role, held once: the first caller to find the row's
 * expires_at empty holds the time and stamps it; a repeat finds it stamped.
 */
export async function holdTimedRoleOnce(
  deps: TimedRoleDeps & { now: () => Date },
  table: 'shop_effect' | 'goal_effect',
  effect: { id: bigint; guildId: string; userId: string; roleId: string | null; roleSeconds: number | null },
): Promise<Date | null> {
  const { roleId, roleSeconds } = effect;
  if (!roleId || roleSeconds === null) return null;
  return inPgTransaction(deps.db, async (client) => {
    const { rows } = await client.query<{ expires_at: Date | null }>({
      name: `${table}-expiry`,
      text: `SELECT expires_at FROM ${table} WHERE id = $1 FOR UPDATE`,
      values: [effect.id.toString()],
    });
    const stamped = rows[0]?.expires_at;
    if (stamped) return stamped;
    const r = {
      guildId: effect.guildId,
      userId: effect.userId,
      roleId,
      seconds: roleSeconds,
      now: deps.now(),
    };
    const expiresAt = await holdTimedRole(deps, client, r);
    await client.query({
      name: `${table}-stamp`,
      text: `UPDATE ${table} SET expires_at = $2 WHERE id = $1`,
      values: [effect.id.toString(), expiresAt],
    });
    return expiresAt;
  });
}

/** timed-role.expire: takes a timed role off once its time has passed. */
export async function expireTimedRole(
  deps: TimedRoleDeps & { discord: DiscordActions; log: Logger; now: () => Date },
  r: { guildId: string; userId: string; roleId: string },
): Promise<void> {
  const { guildId, userId, roleId } = r;
  const log = deps.log.child({ guildId, userId, roleId });
  const key = { guildId_userId_roleId: r };
  const held = await deps.db.timedRole.findUnique({ where: key });
  if (!held) return;
  const now = deps.now();
  if (held.expiresAt > now) {
    await deps.queue.send('timedRoleExpire', r, { startAfter: held.expiresAt });
    return;
  }
  // The same role may be held for longer another way (the vote reward
  // role, a tier, another timed hold): then only this hold ends.
  const heldOtherwise = await roleHeldOtherwise(deps.db, { ...r, now, ending: 'timed' });
  if (!heldOtherwise) {
    try {
      await deps.discord.removeRole(guildId, userId, roleId, 'Rankly timed role expired');
    } catch (err) {
      const failure = classifyDiscordError(err);
      if (failure !== 'unknown_member' && failure !== 'unknown_target') {
        if (failure !== 'missing_permissions' && failure !== 'rejected')
          throw new RetryLaterError(describeDiscordError(err));
        log.warn({ detail: describeDiscordError(err) }, 'could not remove an expired timed role');
        if (failure === 'missing_permissions') await reportMissingPermissions(deps, guildId, 'role', roleId);
      }
    }
  }
  // Ended only if no purchase extended it meanwhile; if one did, put the
  // role back (the grant may have raced the removal) and wait for the new time.
  const ended = await deps.db.timedRole.deleteMany({ where: { ...r, expiresAt: held.expiresAt } });
  if (ended.count === 1) {
    log.info('timed role expired and removed');
    return;
  }
  const current = await deps.db.timedRole.findUnique({ where: key });
  if (current) {
    await grantRewardRole(deps, { guildId, userId, roleId, reason: 'Rankly timed role extended' });
    await deps.queue.send('timedRoleExpire', r, { startAfter: current.expiresAt });
  }
}
