import { type Db, sqlRunnerFor } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import { classifyDiscordError, describeDiscordError } from '../discord/errors.js';
import type { Logger } from '../log.js';
import type { JobQueue } from './boss.js';
import { RetryLaterError } from './effects.js';
import { reportMissingPermissions } from './guild-alerts.js';
import { grantRewardRole } from './role-grant.js';

/**
 * Timed roles that are not the vote reward role (a shop purchase, a
 * community goal's reward): one timed_role row per member and role, so
 * they run side by side and never move the vote role's expiry
 * (member.role_expires_at). The expiry works as role-expire.ts does: one
 * pending job per row, which reschedules itself when the time moved.
 */

type TimedRoleDeps = { db: Db; queue: JobQueue };

/**
 * Keeps `roleId` for `seconds` more: from now, or from the end of the time
 * already held (buying twice holds it twice as long). Runs in the caller's
 * transaction, with the expiry job, so the job exists only if the time does.
 */
export async function holdTimedRole(
  deps: TimedRoleDeps,
  tx: Parameters<Parameters<Db['$transaction']>[0]>[0],
  r: { guildId: string; userId: string; roleId: string; seconds: number; now: Date },
): Promise<Date> {
  const [held] = await tx.$queryRaw<{ expiresAt: Date }[]>`
    SELECT expires_at AS "expiresAt" FROM timed_role
    WHERE guild_id = ${r.guildId} AND user_id = ${r.userId} AND role_id = ${r.roleId} FOR UPDATE`;
  const from = held && held.expiresAt > r.now ? held.expiresAt : r.now;
  const expiresAt = new Date(from.getTime() + r.seconds * 1000);
  await tx.timedRole.upsert({
    where: { guildId_userId_roleId: { guildId: r.guildId, userId: r.userId, roleId: r.roleId } },
    create: { guildId: r.guildId, userId: r.userId, roleId: r.roleId, expiresAt },
    update: { expiresAt },
  });
  // A running expiry has its job already; it will find the new time and wait for it.
  if (!held || held.expiresAt <= r.now) {
    await deps.queue.send(
      'timedRoleExpire',
      { guildId: r.guildId, userId: r.userId, roleId: r.roleId },
      { db: sqlRunnerFor(tx), startAfter: expiresAt },
    );
  }
  return expiresAt;
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
  // The same role may be held for longer another way: as the vote reward
  // role (its own expiry, or for good). Then only this hold ends.
  const [member, config] = await Promise.all([
    deps.db.member.findUnique({
      where: { guildId_userId: { guildId, userId } },
      select: { roleExpiresAt: true, expiringRoleId: true },
    }),
    deps.db.guildConfig.findUnique({
      where: { guildId },
      select: { rewardRoleId: true, rewardRoleSeconds: true },
    }),
  ]);
  const heldByVotes =
    (member?.expiringRoleId === roleId && (member.roleExpiresAt?.getTime() ?? 0) > now.getTime()) ||
    (config?.rewardRoleId === roleId && config.rewardRoleSeconds === null && member !== null);
  if (!heldByVotes) {
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
