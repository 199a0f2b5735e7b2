import { randomBytes } from 'node:crypto';
import { secretMatcher, secretMatchesHash, sha256Hex } from '../secrets.js';
import { type Db, poolOf } from './client.js';

/**
 * Which secret a vote webhook must carry, in one place: looking up a
 * guild's own secret, verifying what a request presents, and rotating a
 * guild's secret. The rule (README "Security"):
 * - a guild with a secret of its own accepts only that secret (or, for a
 *   grace period after a rotation, the one it replaced), on both URLs;
 * - a guild without one is covered by the bot-wide RANKLY_WEBHOOK_AUTH;
 * - with neither, the vote is refused, unless the operator opted in to
 *   unauthenticated votes (ALLOW_UNAUTHENTICATED_WEBHOOKS, for local
 *   development).
 */
export interface WebhookSecretPolicy {
  /** RANKLY_WEBHOOK_AUTH. */
  globalSecret: string | undefined;
  /** ALLOW_UNAUTHENTICATED_WEBHOOKS. */
  allowUnauthenticated: boolean;
}

export type SecretVerdict =
  | { accepted: true; by: 'guild' | 'previous' | 'global' | 'unauthenticated' }
  /** `wrong`: a secret applies and the request did not carry it; `none`: no secret applies at all. */
  | { accepted: false; reason: 'wrong' | 'none' };

interface GuildSecrets {
  current: string | null;
  previous: string | null;
  previousUntil: Date | null;
}

export interface WebhookSecretCheck {
  /** The verdict on `presented` (an Authorization header) for a vote for `guildId` (undefined: unknown). */
  verify(guildId: string | undefined, presented: string | undefined): Promise<SecretVerdict>;
}

export function createWebhookSecretCheck(
  db: Db,
  policy: WebhookSecretPolicy,
  now: () => Date = () => new Date(),
): WebhookSecretCheck {
  const guildSecrets = sharedLookups(async (guildId: string): Promise<GuildSecrets | null> => {
    // Plain pg: this runs on every webhook, and a Prisma query costs several times its CPU.
    const { rows } = await poolOf(db).query<{
      current: string | null;
      previous: string | null;
      previous_until: Date | null;
    }>(
      `SELECT webhook_secret_hash AS current, previous_webhook_secret_hash AS previous,
              previous_webhook_secret_until AS previous_until
       FROM guild_config WHERE guild_id = $1`,
      [guildId],
    );
    const row = rows[0];
    return row ? { current: row.current, previous: row.previous, previousUntil: row.previous_until } : null;
  });

  const globalMatches = policy.globalSecret !== undefined ? secretMatcher(policy.globalSecret) : undefined;
  return {
    async verify(guildId, presented) {
      const own = guildId ? await guildSecrets(guildId) : null;
      if (own?.current) {
        const inGrace = own.previous !== null && own.previousUntil !== null && own.previousUntil > now();
        // Both compared whatever the first gives: the time taken does not say which matched.
        const current = secretMatchesHash(presented, own.current);
        const previous = inGrace && secretMatchesHash(presented, own.previous as string);
        if (current) return { accepted: true, by: 'guild' };
        if (previous) return { accepted: true, by: 'previous' };
        return { accepted: false, reason: 'wrong' };
      }
      if (globalMatches) {
        return globalMatches(presented)
          ? { accepted: true, by: 'global' }
          : { accepted: false, reason: 'wrong' };
      }
      return policy.allowUnauthenticated
        ? { accepted: true, by: 'unauthenticated' }
        : { accepted: false, reason: 'none' };
    },
  };
}

/** A new guild secret: shown once to the admin, stored only as its hash. */
export function newWebhookSecret(): string {
  return randomBytes(24).toString('base64url');
}

type StoredSecrets = {
  webhookSecretHash: string | null;
  previousWebhookSecretHash: string | null;
  previousWebhookSecretUntil: Date | null;
};

/** What /setup shows about a guild's own secret, from its guild_config row. */
export function describeGuildSecret(
  row: StoredSecrets | null,
  now: Date,
): { own: boolean; previousUntil: Date | null } {
  const until = row?.previousWebhookSecretUntil ?? null;
  return {
    own: Boolean(row?.webhookSecretHash),
    previousUntil: row?.previousWebhookSecretHash && until && until > now ? until : null,
  };
}

export async function guildSecretState(db: Db, guildId: string, now: Date) {
  const row = await db.guildConfig.findUnique({
    where: { guildId },
    select: { webhookSecretHash: true, previousWebhookSecretHash: true, previousWebhookSecretUntil: true },
  });
  return describeGuildSecret(row, now);
}

/**
 * Makes `secret` the guild's own; the secret it replaces stays valid until
 * `previousUntil` (null: not at all). One statement, so two rotations at
 * once leave a consistent pair. A guild that had no secret of its own had
 * nothing to keep.
 */
export async function rotateGuildSecret(
  db: Db,
  guildId: string,
  secret: string,
  previousUntil: Date | null,
): Promise<void> {
  await db.$executeRaw`
    INSERT INTO guild_config (guild_id, webhook_secret_hash, updated_at)
    VALUES (${guildId}, ${sha256Hex(secret)}, now())
    ON CONFLICT (guild_id) DO UPDATE SET
      previous_webhook_secret_hash = guild_config.webhook_secret_hash,
      previous_webhook_secret_until = CASE WHEN guild_config.webhook_secret_hash IS NULL THEN NULL
                                           ELSE ${previousUntil}::timestamptz END,
      webhook_secret_hash = EXCLUDED.webhook_secret_hash,
      updated_at = now()`;
}

/**
 * Concurrent lookups of the same key share one query: a burst of votes for
 * one guild reads its secret once, not once per request. Nothing is cached
 * after the query answers, so a rotated secret applies to the next request.
 */
function sharedLookups<T>(lookup: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    let pending = inFlight.get(key);
    if (!pending) {
      pending = lookup(key).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };
}
