import type { Db } from '../db/client.js';
import { effectStatus } from '../domain/effects.js';
import type { Logger } from '../log.js';
import type { JobQueue } from './boss.js';

/**
 * What the gateway does when a member joins a guild: if rewards were parked
 * for them there (they voted before joining) or they hold a premium plan,
 * enqueue member.joined, whose job grants what is due; anyone else costs two
 * counts and no job. A failure is logged, not thrown: the gateway's event
 * handler has no one to report to, and the member's next vote grants the
 * parked rewards anyway.
 */
export function createMemberJoinHandler(deps: {
  db: Db;
  queue: JobQueue;
  log: Logger;
}): (guildId: string, userId: string) => Promise<void> {
  const { db, queue, log } = deps;
  return async (guildId, userId) => {
    try {
      const [parked, premium, tiers] = await Promise.all([
        db.rewardEffect.count({ where: { guildId, userId, status: effectStatus.pendingMember } }),
        db.entitlement.count({ where: { scope: 'user', subjectId: userId, status: 'active' } }),
        db.loyaltyEffect.count({ where: { guildId, userId, status: effectStatus.pendingMember } }),
      ]);
      if (parked > 0 || premium > 0 || tiers > 0) await queue.send('memberJoined', { guildId, userId });
    } catch (err) {
      log.error({ err, guildId, userId }, 'could not check parked rewards of a joining member');
    }
  };
}
