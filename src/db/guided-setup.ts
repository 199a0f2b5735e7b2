import type { Db } from './client.js';
import type { GuidedSetup } from './generated/client.js';

/**
 * The guided setup's message (/setup start) of each guild, as far as the
 * worker needs it: the interaction token to edit it with, while Discord
 * accepts the token. Each interaction on the message brings a fresh token;
 * the newest is kept. Tokens are credentials: never log them.
 */

/** Discord accepts an interaction token for 15 minutes; a minute less leaves room for clocks and queues. */
const tokenLifetimeMs = 14 * 60_000;

export interface GuidedToken {
  guildId: string;
  applicationId: string;
  token: string;
  locale: string;
}

/** Keeps the newest token of a guild's guided setup message (the message /setup start opened last). */
export async function keepGuidedToken(db: Db, t: GuidedToken, now: Date): Promise<void> {
  const expiresAt = new Date(now.getTime() + tokenLifetimeMs);
  const fresh = { applicationId: t.applicationId, token: t.token, locale: t.locale, expiresAt };
  await db.guidedSetup.upsert({
    where: { guildId: t.guildId },
    create: { guildId: t.guildId, ...fresh },
    update: fresh,
  });
}

/**
 * The guild's guided setup message while its token still works; null when
 * there is none. A token past its time is deleted: it opens nothing any more.
 */
export async function openGuidedSetup(db: Db, guildId: string, now: Date): Promise<GuidedSetup | null> {
  const row = await db.guidedSetup.findUnique({ where: { guildId } });
  if (row && row.expiresAt <= now)
    await db.guidedSetup.deleteMany({ where: { guildId, expiresAt: { lte: now } } });
  return row && row.expiresAt > now ? row : null;
}
