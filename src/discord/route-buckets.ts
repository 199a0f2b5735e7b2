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
  observe(url: string, status: number, headers: Headers): void;
  /** Resolves when a role change in `guildId` may be sent; call the returned function when it is answered. */
  acquire(guildId: string): Promise<() => void>;
}

const roleRoute = /\/guilds\/(\d+)\/members\/\d+\/roles\/\d+/;

interface Bucket {
  /** Requests left in the current window, as Discord last said (minus those sent since). */
  remaining: number;
  resetAt: number;
  /** Discord's X-RateLimit-Reset of the current window: the same on every answer of one window. */
  window: number;
  /** The window is over, or not known yet: one request is out to learn the new one. */
  probing: boolean;
  /** Role changes sent and not answered yet. */
  inFlight: number;
}

export function createRouteBuckets(): RouteBuckets {
  const buckets = new Map<string, Bucket>();
  const bucket = (guildId: string) => {
    let b = buckets.get(guildId);
    if (!b) {
      if (buckets.size > 10_000) buckets.clear();
      b = { remaining: 0, resetAt: 0, window: 0, probing: false, inFlight: 0 };
      buckets.set(guildId, b);
    }
    return b;
  };
  return {
    observe(url, status, headers) {
      const guildId = roleRoute.exec(url)?.[1];
      const remaining = headers.get('x-ratelimit-remaining');
      const resetAfter = headers.get('x-ratelimit-reset-after');
      if (!guildId) return;
      const b = bucket(guildId);
      if (remaining === null || resetAfter === null) {
        // A global 429 or an error says nothing about the route's bucket: a
        // probe that got one lets the next request probe again.
        if (status < 200 || status >= 300) {
          b.probing = false;
          return;
        }
        // A success with no per-route limit: nothing to wait for (asked again in a minute).
        b.remaining = Number.POSITIVE_INFINITY;
        b.resetAt = Date.now() + 60_000;
        b.probing = false;
        return;
      }
      const resetAt = Date.now() + Number(resetAfter) * 1000;
      // Which window an answer belongs to, by Discord's reset time: how late
      // the answer arrived (a busy process) must not make it look like a new one.
      const window = Number(headers.get('x-ratelimit-reset') ?? resetAt / 1000);
      if (b.probing || window > b.window + 0.05) {
        // A new window: its first answer says how much is left, less the
        // requests still on their way, which may land in it too (an answer
        // of the last window's requests can be the first of this one).
        b.remaining = Math.max(0, Number(remaining) - (b.inFlight - 1));
        b.resetAt = resetAt;
        b.window = window;
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
        // A new window is probed once every request of the last one has
        // its answer: one still on its way (a slow network, a busy process)
        // could land in the new window after the probe, and the probe's
        // count of what is left would be too high by it.
        if (now >= b.resetAt && !b.probing && b.inFlight === 0) {
          b.probing = true;
          break;
        }
        if (now < b.resetAt && b.remaining > 0) {
          b.remaining--;
          break;
        }
        await new Promise((r) => setTimeout(r, Math.max(5, Math.min(b.resetAt - now, 200))));
      }
      b.inFlight++;
      return () => {
        b.inFlight--;
        // A probe that got no rate-limit headers back (an error): let the next one try.
        if (b.probing && Date.now() >= b.resetAt) b.probing = false;
      };
    },
  };
}
