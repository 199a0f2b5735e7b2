import { z } from 'zod';

/**
 * Rankly's read API (docs/rankly-wire-format.md section 5): a key in
 * X-API-Key, 120 requests a minute per key, no rate-limit headers. The bot
 * asks it for the key's server's vote counts (to notice votes whose
 * delivery was lost: Rankly keeps no delivery history to replay) and
 * whether a member can vote now. At most 100 requests a minute are sent
 * (beyond that canVote answers null at once), so the limit is never reached
 * whatever else uses the key a little.
 */
export interface RanklyServer {
  /** The Discord guild the key belongs to. */
  id: string;
  votes: number;
  monthlyVotes: number;
}

export interface RanklyApi {
  server(): Promise<RanklyServer>;
  /** Whether the user may vote now; null when Rankly could not say in time (the caller falls back to its own count). */
  canVote(userId: string): Promise<boolean | null>;
}

export class RanklyApiError extends Error {
  override name = 'RanklyApiError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

const serverBody = z.looseObject({
  id: z.string(),
  votes: z.number().int().nonnegative(),
  monthlyVotes: z.number().int().nonnegative(),
});
const canVoteBody = z.looseObject({ canVote: z.boolean() });

export const defaultRanklyApiUrl = 'https://api.rankly.live/api/v1';
const perMinute = 100;
/** canVote answers are kept this long: /votes show run twice costs one request. */
const canVoteCacheMs = 60_000;
/** /votes show answers within Discord's 3 s: a slower Rankly is not waited for (its own count is used). */
const canVoteTimeoutMs = 1_500;

export function createRanklyApi(opts: { key: string; url?: string; timeoutMs?: number }): RanklyApi {
  const base = (opts.url ?? defaultRanklyApiUrl).replace(/\/+$/, '');
  // The send times of the last minute's requests: a request beyond the
  // budget is not sent (the caller falls back), rather than queued behind it.
  const sent: number[] = [];
  const get = async (path: string, timeoutMs = opts.timeoutMs ?? 5_000): Promise<unknown> => {
    const now = Date.now();
    while (sent.length && (sent[0] as number) <= now - 60_000) sent.shift();
    if (sent.length >= perMinute)
      throw new RanklyApiError('over the bot’s budget of Rankly API requests this minute');
    sent.push(now);
    const res = await fetch(`${base}${path}`, {
      headers: { 'X-API-Key': opts.key, accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status === 401 || res.status === 403)
      throw new RanklyApiError(
        'Rankly refused RANKLY_API_KEY (check it in the Rankly dashboard)',
        res.status,
      );
    if (res.status === 429) throw new RanklyApiError('Rankly answered 429: too many requests', 429);
    if (!res.ok) throw new RanklyApiError(`Rankly's API answered HTTP ${res.status}`, res.status);
    return res.json();
  };
  const cache = new Map<string, { canVote: boolean; until: number }>();
  return {
    async server() {
      const parsed = serverBody.safeParse(await get('/server'));
      if (!parsed.success)
        throw new RanklyApiError("Rankly's /server answer has no id, votes and monthlyVotes");
      return { id: parsed.data.id, votes: parsed.data.votes, monthlyVotes: parsed.data.monthlyVotes };
    },
    async canVote(userId) {
      const now = Date.now();
      const hit = cache.get(userId);
      if (hit && hit.until > now) return hit.canVote;
      try {
        const parsed = canVoteBody.safeParse(
          await get(`/votes/${encodeURIComponent(userId)}`, canVoteTimeoutMs),
        );
        if (!parsed.success) return null;
        if (cache.size > 10_000) cache.clear();
        cache.set(userId, { canVote: parsed.data.canVote, until: now + canVoteCacheMs });
        return parsed.data.canVote;
      } catch {
        return null;
      }
    },
  };
}
