import type { Db } from '../db/client.js';
import type { Prisma } from '../db/generated/client.js';
import { decryptSecret, encryptSecret, sha256Hex } from '../secrets.js';
import type { UserGuild } from './oauth.js';
import { randomToken } from './pkce.js';

/**
 * Dashboard logins and sessions in Postgres (tables dashboard_login and
 * dashboard_session): they survive restarts and work across replicas. The
 * browser holds random ids; the database only their SHA-256, so reading
 * the tables opens no session. A session ends when its row is deleted.
 */

/** A login must come back from Discord within this time. */
const loginTtlMs = 10 * 60_000;
/** How long a session lasts from login (Discord's access tokens last a week too). */
export const sessionTtlMs = 7 * 24 * 3_600_000;

export interface Session {
  idHash: string;
  userId: string;
  username: string;
  csrfToken: string;
  guilds: UserGuild[];
  guildsAt: Date;
  /** Discord's access token, decrypted; null when none is kept (no ENCRYPTION_KEY) or it expired. */
  accessToken(): string | null;
}

/**
 * Logins in progress at most: starting one needs no account, so without a
 * bound anyone could fill the table. Beyond it, new logins wait (503) until
 * the older ones expire, within 10 minutes.
 */
export const maxPendingLogins = 10_000;

export class TooManyLogins extends Error {
  override name = 'TooManyLogins';
}

export async function startLogin(db: Db, now: Date) {
  const loginId = randomToken();
  const state = randomToken();
  const verifier = randomToken();
  // Abandoned logins go as new ones start: the table stays small without a job.
  await db.dashboardLogin.deleteMany({ where: { expiresAt: { lt: now } } });
  if ((await db.dashboardLogin.count()) >= maxPendingLogins) throw new TooManyLogins();
  await db.dashboardLogin.create({
    data: {
      idHash: sha256Hex(loginId),
      state,
      codeVerifier: verifier,
      expiresAt: new Date(now.getTime() + loginTtlMs),
    },
  });
  return { loginId, state, verifier };
}

/** The login this browser started, used up: a callback can complete it once. */
export async function takeLogin(db: Db, loginId: string, now: Date) {
  const rows = await db.$queryRaw<{ state: string; codeVerifier: string }[]>`
    DELETE FROM dashboard_login WHERE id_hash = ${sha256Hex(loginId)} AND expires_at > ${now}
    RETURNING state, code_verifier AS "codeVerifier"`;
  return rows[0] ?? null;
}

export async function createSession(
  db: Db,
  opts: {
    user: { id: string; username: string };
    guilds: UserGuild[];
    token: { value: string; expiresInSeconds: number };
    encryptionKey: Buffer | undefined;
    now: Date;
  },
): Promise<{ sessionId: string; expiresAt: Date }> {
  const sessionId = randomToken();
  const { now } = opts;
  const expiresAt = new Date(now.getTime() + sessionTtlMs);
  await db.dashboardSession.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.dashboardSession.create({
    data: {
      idHash: sha256Hex(sessionId),
      userId: opts.user.id,
      username: opts.user.username.slice(0, 100),
      accessToken: opts.encryptionKey ? encryptSecret(opts.encryptionKey, opts.token.value) : null,
      tokenExpiresAt: new Date(now.getTime() + opts.token.expiresInSeconds * 1000),
      guilds: opts.guilds as unknown as Prisma.InputJsonValue,
      guildsAt: now,
      csrfToken: randomToken(),
      expiresAt,
    },
  });
  return { sessionId, expiresAt };
}

export async function findSession(
  db: Db,
  sessionId: string,
  now: Date,
  encryptionKey: Buffer | undefined,
): Promise<Session | null> {
  const row = await db.dashboardSession.findUnique({ where: { idHash: sha256Hex(sessionId) } });
  if (!row || row.expiresAt <= now) return null;
  return {
    idHash: row.idHash,
    userId: row.userId,
    username: row.username,
    csrfToken: row.csrfToken,
    guilds: row.guilds as unknown as UserGuild[],
    guildsAt: row.guildsAt,
    accessToken() {
      if (!row.accessToken || !encryptionKey) return null;
      if (row.tokenExpiresAt && row.tokenExpiresAt <= now) return null;
      try {
        return decryptSecret(encryptionKey, row.accessToken);
      } catch {
        return null;
      }
    },
  };
}

export async function updateSessionGuilds(db: Db, idHash: string, guilds: UserGuild[], now: Date) {
  await db.dashboardSession.updateMany({
    where: { idHash },
    data: { guilds: guilds as unknown as Prisma.InputJsonValue, guildsAt: now },
  });
}

export async function endSession(db: Db, idHash: string): Promise<void> {
  await db.dashboardSession.deleteMany({ where: { idHash } });
}

/** Ends every session of a user (an operator revoking access): their next request is logged out. */
export async function revokeUserSessions(db: Db, userId: string): Promise<number> {
  return (await db.dashboardSession.deleteMany({ where: { userId } })).count;
}
