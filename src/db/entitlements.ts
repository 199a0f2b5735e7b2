import { isEntitled } from '../domain/premium.js';
import type { Db } from './client.js';

type StoredEntitlement = Awaited<ReturnType<Db['entitlement']['findUnique']>>;

/** Premium status of a user (across guilds) and of a guild, for /premium and the CLI. */
export async function getPremiumStatus(
  db: Db,
  opts: { userId?: string; guildId?: string },
  now = new Date(),
) {
  const view = (e: StoredEntitlement) =>
    e && {
      tier: e.tierName,
      tierId: e.tierId,
      active: isEntitled(e, now),
      status: isEntitled(e, now) ? 'active' : e.status === 'revoked' ? 'revoked' : 'expired',
      since: e.since,
      until: e.until,
      lifetime: e.until === null && e.status === 'active',
      giftedBy: e.giftedBy,
      autoRenew: e.autoRenew,
    };
  const [user, guild] = await Promise.all([
    opts.userId
      ? db.entitlement.findUnique({ where: { scope_subjectId: { scope: 'user', subjectId: opts.userId } } })
      : null,
    opts.guildId
      ? db.entitlement.findUnique({ where: { scope_subjectId: { scope: 'guild', subjectId: opts.guildId } } })
      : null,
  ]);
  return { user: view(user), guild: view(guild) };
}
