import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import { classifyDiscordError, describeDiscordError } from '../discord/errors.js';
import type { Logger } from '../log.js';
import type { JobQueue } from './boss.js';
import { RetryLaterError } from './effects.js';
import { reportMissingPermissions } from './guild-alerts.js';
import { grantRewardRole } from './role-grant.js';
import { roleHeldOtherwise } from './role-holds.js';

/**
 * role.expire: takes a temporary reward role off once member.role_expires_at
 * has passed. If a later vote moved the expiry, the job reschedules itself
 * to the new time; so there is one pending job per member, whatever the
 * number of votes.
 */
export async function expireRole(
  deps: { db: Db; queue: JobQueue; discord: DiscordActions; log: Logger; now: () => Date },
  guildId: string,
  userId: string,
): Promise<void> {
  const now = deps.now();
  const log = deps.log.child({ guildId, userId });
  const member = await deps.db.member.findUnique({
    where: { guildId_userId: { guildId, userId } },
    select: { roleExpiresAt: true, expiringRoleId: true },
  });
  if (!member?.roleExpiresAt || !member.expiringRoleId) return;
  if (member.roleExpiresAt > now) {
    await deps.queue.send('roleExpire', { guildId, userId }, { startAfter: member.roleExpiresAt });
    return;
  }
  const roleId = member.expiringRoleId;
  const keep = await roleHeldOtherwise(deps.db, { guildId, userId, roleId, now, ending: 'vote' });
  if (!keep) {
    try {
      await deps.discord.removeRole(guildId, userId, roleId, 'Rankly vote reward expired');
    } catch (err) {
      const failure = classifyDiscordError(err);
      // Gone from the guild, or the role was deleted: nothing left to take off.
      if (failure !== 'unknown_member' && failure !== 'unknown_target') {
        if (failure === 'missing_permissions' || failure === 'rejected') {
          log.warn({ roleId, detail: describeDiscordError(err) }, 'could not remove the expired reward role');
          if (failure === 'missing_permissions')
            await reportMissingPermissions(deps, guildId, 'role', roleId);
        } else {
          throw new RetryLaterError(describeDiscordError(err));
        }
      }
    }
  }
  // Clear only if no vote extended the role meanwhile; if one did, put the
  // role back (its grant may have raced our removal) and wait for the new time.
  const cleared = await deps.db.member.updateMany({
    where: { guildId, userId, roleExpiresAt: member.roleExpiresAt },
    data: { roleExpiresAt: null, expiringRoleId: null },
  });
  if (cleared.count === 1) {
    if (keep) log.info({ roleId }, 'vote reward time ended; the role stays, held by a tier or a timed role');
    else log.info({ roleId }, 'temporary reward role expired and removed');
    return;
  }
  const current = await deps.db.member.findUnique({
    where: { guildId_userId: { guildId, userId } },
    select: { roleExpiresAt: true, expiringRoleId: true },
  });
  if (current?.roleExpiresAt && current.expiringRoleId) {
    const roleId = current.expiringRoleId;
    await grantRewardRole(deps, { guildId, userId, roleId, reason: 'Rankly vote reward extended' });
    await deps.queue.send('roleExpire', { guildId, userId }, { startAfter: current.roleExpiresAt });
  }
}
