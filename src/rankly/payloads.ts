import { z } from 'zod';
import { isSnowflake, snowflakeRule } from '../domain/snowflake.js';

/**
 * Rankly's webhook payloads, as the bot accepts them: the HTTP routes parse
 * with these, the premium job reads stored events with them, and the CLI
 * checks what it sends.
 */

/** Discord IDs stay strings: they exceed Number.MAX_SAFE_INTEGER. */
export const snowflake = z.string({ error: snowflakeRule }).refine(isSnowflake, snowflakeRule);

export const isoTimestamp = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 date-time, e.g. 2025-11-25T10:00:00.000Z' })
  // Postgres timestamps cannot hold every ISO date (year 0); none from Rankly is outside this range.
  .refine((v) => {
    const year = new Date(v).getUTCFullYear();
    return year >= 2000 && year <= 2200;
  }, 'must be a date between the years 2000 and 2200');

/** Free text Postgres can store: no NUL characters. */
const text = (max: number) =>
  z
    .string({ error: 'must be a string or null' })
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !v.includes('\u0000'), 'must not contain NUL characters');

/**
 * A server vote webhook. Unknown extra fields are ignored; `test`,
 * `adBlocker` and `creditDenialReason` may be absent.
 */
export const serverVotePayload = z.object({
  userId: snowflake,
  serverId: snowflake,
  timestamp: isoTimestamp,
  creditsAwarded: z.boolean({ error: 'must be true or false' }),
  adBlocker: z.boolean({ error: 'must be true or false' }).optional().default(false),
  creditDenialReason: text(500)
    .nullish()
    .transform((v) => v ?? null),
  test: z.boolean({ error: 'must be true or false' }).optional().default(false),
});

export type ServerVotePayload = z.infer<typeof serverVotePayload>;

/**
 * What is wrong with an invalid payload: one readable message and
 * `{ field: problem }`, for the 400 a route answers and the CLI's refusal.
 */
export function describePayloadProblems(
  what: string,
  error: z.ZodError,
): { message: string; fields: Record<string, string> } {
  const fields = describeIssues(error);
  const problems = Object.entries(fields).map(([field, problem]) => `${field} ${problem}`);
  return { message: `invalid ${what} payload: ${problems.join('; ')}`, fields };
}

/** `{ field: message }` for every problem, for a 400 an operator can act on. */
function describeIssues(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join('.') : '(body)';
    fields[path] ??=
      issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
  }
  return fields;
}

const user = z.object({ userId: snowflake, username: text(100).nullish() });

/**
 * A bot vote webhook: the same vote facts as a server vote, for a bot
 * instead of a server. Extra fields are ignored.
 */
export const botVotePayload = z.object({
  event: z.literal('bot_vote', { error: 'must be "bot_vote"' }),
  timestamp: isoTimestamp,
  voter: user,
  bot: z.object({ id: snowflake, name: text(200).nullish() }),
  creditsAwarded: z.boolean({ error: 'must be true or false' }),
  adBlocker: z.boolean({ error: 'must be true or false' }).optional().default(false),
  creditDenialReason: text(500)
    .nullish()
    .transform((v) => v ?? null),
});

export type BotVotePayload = z.infer<typeof botVotePayload>;

/** What every vote says about itself, server or bot vote: when, and whether Rankly credited it. */
export function voteFacts(vote: ServerVotePayload | BotVotePayload) {
  return {
    votedAt: new Date(vote.timestamp),
    creditsAwarded: vote.creditsAwarded,
    adBlocker: vote.adBlocker,
    creditDenialReason: vote.creditDenialReason,
  };
}

/**
 * A premium webhook, bot or server premium, purchase or lifecycle event.
 * Lenient on what lifecycle events may leave out; the worker fills it from
 * the purchase with the same order.
 */
export const premiumPayload = z
  .object({
    event: text(64).pipe(z.string().min(1)),
    purchaseId: text(200).pipe(z.string().min(1)).nullish(),
    orderId: text(200).pipe(z.string().min(1)).nullish(),
    timestamp: isoTimestamp,
    buyer: user.nullish(),
    recipient: user.nullish(),
    isGift: z.boolean().nullish(),
    // Seen as a user id or a user object; either names the giver.
    giftedBy: z.union([snowflake, user]).nullish(),
    tier: z
      .object({
        id: text(100).pipe(z.string().min(1)),
        name: text(200).nullish(),
        duration: z.enum(['weekly', 'monthly', 'lifetime']),
        planType: z.enum(['user', 'server']),
      })
      .nullish(),
    serverId: snowflake.nullish(),
    currentPeriodEnd: isoTimestamp.nullish(),
    autoRenew: z.boolean().nullish(),
  })
  .superRefine((p, ctx) => {
    if (!p.purchaseId && !p.orderId) {
      ctx.addIssue({ code: 'custom', path: ['purchaseId'], message: 'purchaseId or orderId is required' });
    }
    if (p.event === 'premium_purchase') {
      if (!p.buyer) ctx.addIssue({ code: 'custom', path: ['buyer'], message: 'is required for a purchase' });
      if (!p.tier) ctx.addIssue({ code: 'custom', path: ['tier'], message: 'is required for a purchase' });
    }
    if (p.tier?.planType === 'server' && !p.serverId) {
      ctx.addIssue({ code: 'custom', path: ['serverId'], message: 'is required for a server plan' });
    }
  });

export type PremiumPayload = z.infer<typeof premiumPayload>;

/** Who an event's entitlement belongs to, when the event itself says. */
export function premiumSubject(p: PremiumPayload): { scope: 'user' | 'guild'; subjectId: string } | null {
  if (!p.tier) return null;
  if (p.tier.planType === 'server') return p.serverId ? { scope: 'guild', subjectId: p.serverId } : null;
  const owner = p.recipient?.userId ?? p.buyer?.userId;
  return owner ? { scope: 'user', subjectId: owner } : null;
}

export function giverId(p: PremiumPayload): string | null {
  if (!p.giftedBy) return p.isGift && p.recipient && p.buyer ? p.buyer.userId : null;
  return typeof p.giftedBy === 'string' ? p.giftedBy : p.giftedBy.userId;
}
