import type { Db } from './client.js';

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
  await db.discordUser.upsert({
    where: { userId },
    create: { userId, dmsClosedAt: now },
    update: { dmsClosedAt: now },
  });
}

/** Keeps the id of the DM channel opened with a user (it never changes, unless Discord forgets it). */
export async function rememberDmChannel(db: Db, userId: string, channelId: string): Promise<void> {
  await db.discordUser.upsert({
    where: { userId },
    create: { userId, dmChannelId: channelId },
    update: { dmChannelId: channelId },
  });
}
