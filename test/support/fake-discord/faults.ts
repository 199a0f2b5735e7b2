/**
 * Faults the tests ask for (failNext), chaos (random faults at a rate, from a seed) and rate
 * limits (per-route buckets and the global limit), decided before a request reaches its route.
 */
import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { apiError, ERROR_MESSAGES, type Outcome, type Reply, reply } from './http.js';
import type { ChaosKind, FakeDiscord, FaultRule } from './types.js';
import { matches } from './util.js';

/** Small seeded PRNG so chaos runs are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Discord's 429: a float `retry_after` in the body, and the integer `Retry-After` header discord.js reads. */
const rateLimited = (
  retryAfter: number,
  global: boolean,
  scope: string,
  headers: Record<string, string> = {},
): Reply => ({
  status: 429,
  body: { message: 'You are being rate limited.', retry_after: Number(retryAfter.toFixed(3)), global },
  headers: {
    ...headers,
    'Retry-After': String(Math.max(1, Math.ceil(retryAfter))),
    'X-RateLimit-Scope': scope,
    ...(global ? { 'X-RateLimit-Global': 'true' } : {}),
  },
});
const faultOutcome = (f: FaultRule): Outcome => {
  if (f.kind === 'timeout' || f.kind === 'reset') return { kind: f.kind };
  if (f.status === 429)
    return rateLimited(f.retryAfter ?? 1, f.global ?? false, f.global ? 'global' : 'user');
  if (f.status >= 500)
    return reply(f.status, { message: STATUS_CODES[f.status] ?? 'Internal Server Error', code: 0 });
  return apiError(
    f.status,
    f.code ?? 0,
    ERROR_MESSAGES[f.code ?? -1] ?? `${f.status}: ${STATUS_CODES[f.status] ?? 'Error'}`,
  );
};
/** Bucket like Discord: one hash per method + route template, one counter per hash + major parameter. */
const bucketFor = (method: string, path: string) => {
  const major = /^\/(?:channels|guilds|webhooks)\/(\d+)/.exec(path)?.[1] ?? 'global';
  const template = path
    .replace(/\/\d+(?=\/|$)/g, '/:id')
    .replace(/\/(webhooks|interactions)\/:id\/[^/]+/, '/$1/:id/:token');
  const hash = createHash('sha1').update(`${method} ${template}`).digest('hex').slice(0, 32);
  return { hash, key: `${hash}:${major}` };
};

export interface Faults extends Pick<FakeDiscord, 'failNext' | 'setChaos' | 'rateLimits'> {
  /** The next queued fault matching this request, else chaos's pick (if any). */
  take(method: string, path: string): Outcome | undefined;
  /** Returns a 429 when over a limit, else the rate limit headers for the eventual response. */
  checkLimits(
    method: string,
    path: string,
    isPublic: boolean,
    now: number,
  ): { reject?: Reply; headers: Record<string, string> };
  /** Drops queued faults, chaos and rate-limit counters (keeps the limit config). */
  reset(): void;
}

export function createFaults(): Faults {
  const faults: Array<FaultRule & { left: number }> = [];
  let chaos: { rate: number; kinds: ChaosKind[]; rand: () => number } | null = null;
  let limits: { globalPerSecond: number; perRoute?: { limit: number; windowMs: number } } | null = null;
  let globalHits: number[] = [];
  const buckets = new Map<string, { remaining: number; resetAt: number }>();

  const takeFault = (method: string, path: string): Outcome | undefined => {
    const i = faults.findIndex(
      (f) => (!f.method || f.method.toUpperCase() === method) && (!f.path || matches(f.path, path)),
    );
    const f = faults[i];
    if (!f) return undefined;
    if (--f.left <= 0) faults.splice(i, 1);
    return faultOutcome(f);
  };
  const chaosOutcome = (): Outcome | undefined => {
    if (!chaos || chaos.rand() >= chaos.rate) return undefined;
    const kind = chaos.kinds[Math.floor(chaos.rand() * chaos.kinds.length)] ?? '500';
    if (kind === '429') return rateLimited(0.05 + chaos.rand() * 0.25, false, 'user');
    if (kind === '500') return faultOutcome({ status: 500 });
    return { kind };
  };
  const checkLimits: Faults['checkLimits'] = (method, path, isPublic, now) => {
    if (!limits) return { headers: {} };
    if (!isPublic) {
      // interaction/webhook routes are not subject to the global limit
      globalHits = globalHits.filter((t) => t > now - 1000);
      const oldest = globalHits[0];
      if (oldest !== undefined && globalHits.length >= limits.globalPerSecond)
        return { reject: rateLimited((oldest + 1000 - now) / 1000, true, 'global'), headers: {} };
      globalHits.push(now);
    }
    if (!limits.perRoute) return { headers: {} };
    const { hash, key } = bucketFor(method, path);
    let b = buckets.get(key);
    if (!b || b.resetAt <= now) {
      b = { remaining: limits.perRoute.limit, resetAt: now + limits.perRoute.windowMs };
      buckets.set(key, b);
    }
    const after = (b.resetAt - now) / 1000;
    const headers = {
      'X-RateLimit-Limit': String(limits.perRoute.limit),
      'X-RateLimit-Reset': (b.resetAt / 1000).toFixed(3),
      'X-RateLimit-Reset-After': after.toFixed(3),
      'X-RateLimit-Bucket': hash,
    };
    if (b.remaining <= 0)
      return {
        reject: rateLimited(after, false, 'user', { ...headers, 'X-RateLimit-Remaining': '0' }),
        headers,
      };
    b.remaining--;
    return { headers: { ...headers, 'X-RateLimit-Remaining': String(b.remaining) } };
  };

  return {
    take: (method, path) => takeFault(method, path) ?? chaosOutcome(),
    checkLimits,
    failNext: (rule) => void faults.push({ ...rule, left: rule.times ?? 1 }),
    setChaos(o) {
      chaos = o && {
        rate: o.rate,
        kinds: o.kinds?.length ? o.kinds : ['429', '500', 'timeout', 'reset'],
        rand: mulberry32(o.seed ?? 1),
      };
    },
    rateLimits(o) {
      limits = o && { globalPerSecond: o.globalPerSecond ?? 50, perRoute: o.perRoute };
      globalHits = [];
      buckets.clear();
    },
    reset() {
      faults.length = 0;
      chaos = null;
      globalHits = [];
      buckets.clear();
    },
  };
}
