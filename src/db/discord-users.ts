import type { Db } from './client.js';
import { sqlOf } from './sql.js';

/** What the bot keeps of a Discord user across guilds: their DM channel and whether they refuse DMs. */

const defaultDmsClosedForMs = 7 * 86_400_000;

/**
 * Whether the bot skips DMs to this user now: they refused one (50007)
 * less than `forMs` ago. The mark wears off, so a user who opens their DMs
 * again hears from the bot.
 */
export function dmsClosedNow(
  user: { dmsClosedAt: Date | null } | null,
  now: Date,
  forMs = defaultDmsClosedForMs,
): boolean {
  return user?.dmsClosedAt != null && now.getTime() - user.dmsClosedAt.getTime() < forMs;
}

/**
 * The DM channel with a user was refused (50007): remembered for every
 * guild, and every later DM is skipped without a call.
 */
export async function rememberDmsClosed(db: Db, userId: string, now: Date): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO discord_user (user_id, dms_closed_at) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET dms_closed_at = EXCLUDED.dms_closed_at`,
    [userId, now],
  );
}

/** Keeps the id of the DM channel opened with a user (it never changes, unless Discord forgets it). */
export async function rememberDmChannel(db: Db, userId: string, channelId: string): Promise<void> {
  // Plain SQL (sql.ts): a burst of new voters opens one DM channel each.
  await sqlOf(db).run(
    `INSERT INTO discord_user (user_id, dm_channel_id) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET dm_channel_id = EXCLUDED.dm_channel_id`,
    [userId, channelId],
  );
}
