import type { Db } from '../db/client.js';
import { sqlOf } from '../db/sql.js';

/**
 * The ways a member holds a role the bot gave: as the vote reward role
 * (member.expiring_role_id until role_expires_at, or for good when the
 * reward role has no duration), as a loyalty tier (member.tier_role_ids),
 * or for a time bought or won (timed_role). Each expiry ends its own hold;
 * the role comes off only when no other hold is left, so a VIP bought in
 * the shop for a week is not taken away when the same role's vote time ends.
 */
export type RoleHold = 'vote' | 'tier' | 'timed';

/** Whether `roleId` is still held at `now` in a way other than `ending`. */
export async function roleHeldOtherwise(
  db: Db,
  r: { guildId: string; userId: string; roleId: string; now: Date; ending: RoleHold },
): Promise<boolean> {
  const [row] = await sqlOf(db).rows<{ vote: boolean; tier: boolean; timed: boolean }>(
    `SELECT
       COALESCE((SELECT (m.expiring_role_id = $3 AND m.role_expires_at > $4)
                     OR (c.reward_role_id = $3 AND c.reward_role_seconds IS NULL AND m.total_votes > 0)
                   FROM guild_config c WHERE c.guild_id = $1), false) AS vote,
       COALESCE($3 = ANY(m.tier_role_ids), false) AS tier,
       EXISTS (SELECT 1 FROM timed_role t
                WHERE t.guild_id = $1 AND t.user_id = $2 AND t.role_id = $3 AND t.expires_at > $4) AS timed
     FROM (SELECT 1) one
     LEFT JOIN member m ON m.guild_id = $1 AND m.user_id = $2`,
    [r.guildId, r.userId, r.roleId, r.now],
  );
  if (!row) return false;
  return (['vote', 'tier', 'timed'] as const).some((hold) => hold !== r.ending && row[hold]);
}
