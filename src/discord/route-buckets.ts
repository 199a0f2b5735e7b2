/**
 * Discord's per-route limits for role changes, shared by every REST client
 * of a process. discord.js keeps a bucket's state per client, and role
 * changes go through several clients side by side (client.ts): each would
 * learn a guild's role bucket is empty only from its own 429, so a limit of
 * a few a second turned into a stream of 429s (counted by Discord towards
 * banning the bot's address at 10,000 invalid requests in 10 minutes).
 * Every answer's X-RateLimit headers update one state per guild here, and a
 * role change waits for room in it before it is sent.
 */
export interface RouteBuckets {
  /** Called with every answer Discord gives (before discord.js reads it). */
  observe(url: string, headers: Headers): void;
  /** Resolves when a role change in `guildId` may be sent; call the returned function when it is answered. */
  acquire(guildId: string): Promise<() => void>;
}

const roleRoute = /\/guilds\/(\d+)\/members\/\d+\/roles\/\d+/;

interface Bucket {
  /** Requests left in the current window, as Discord last said (minus those sent since). */
  remaining: number;
  resetAt: number;
  /** The window is over, or not known yet: one request is out to learn the new one. */
  probing: boolean;
}

export function createRouteBuckets(): RouteBuckets {
  const buckets = new Map<string, Bucket>();
  const bucket = (guildId: string) => {
    let b = buckets.get(guildId);
    if (!b) {
      if (buckets.size > 10_000) buckets.clear();
      b = { remaining: 0, resetAt: 0, probing: false };
      buckets.set(guildId, b);
    }
    return b;
  };
  return {
    observe(url, headers) {
      const guildId = roleRoute.exec(url)?.[1];
      const remaining = headers.get('x-ratelimit-remaining');
      const resetAfter = headers.get('x-ratelimit-reset-after');
      if (!guildId) return;
      const b = bucket(guildId);
      if (remaining === null || resetAfter === null) {
        // No per-route limit said: nothing to wait for (asked again in a minute).
        b.remaining = Number.POSITIVE_INFINITY;
        b.resetAt = Date.now() + 60_000;
        b.probing = false;
        return;
      }
      const resetAt = Date.now() + Number(resetAfter) * 1000;
      if (b.probing || resetAt > b.resetAt + 50) {
        // A new window: its first answer says how much is left.
        b.remaining = Number(remaining);
        b.resetAt = resetAt;
        b.probing = false;
      } else {
        // Answers of one window arrive out of order: the lowest count is the true one.
        b.remaining = Math.min(b.remaining, Number(remaining));
      }
    },
    async acquire(guildId) {
      const b = bucket(guildId);
      for (;;) {
        const now = Date.now();
        if (now >= b.resetAt && !b.probing) {
          b.probing = true;
          break;
        }
        if (now < b.resetAt && b.remaining > 0) {
          b.remaining--;
          break;
        }
        await new Promise((r) => setTimeout(r, Math.max(5, Math.min(b.resetAt - now, 200))));
      }
      return () => {
        // A probe that got no rate-limit headers back (an error): let the next one try.
        if (b.probing && Date.now() >= b.resetAt) b.probing = false;
      };
    },
  };
}
