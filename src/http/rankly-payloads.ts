import { z } from 'zod';

/** Discord IDs stay strings: they exceed Number.MAX_SAFE_INTEGER. */
export const snowflake = z
  .string({ error: 'must be a string of 17 to 20 digits (a Discord ID)' })
  .regex(/^\d{17,20}$/, 'must be a string of 17 to 20 digits (a Discord ID)');

const isoTimestamp = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time, e.g. 2025-11-25T10:00:00.000Z',
});

/**
 * A server vote webhook (rankly-wire-format.md section 1). Unknown extra
 * fields are ignored; `test`, `adBlocker` and `creditDenialReason` may be
 * absent.
 */
export const serverVotePayload = z.object({
  userId: snowflake,
  serverId: snowflake,
  timestamp: isoTimestamp,
  creditsAwarded: z.boolean({ error: 'must be true or false' }),
  adBlocker: z.boolean({ error: 'must be true or false' }).optional().default(false),
  creditDenialReason: z
    .string({ error: 'must be a string or null' })
    .max(500, 'must be at most 500 characters')
    .nullish()
    .transform((v) => v ?? null),
  test: z.boolean({ error: 'must be true or false' }).optional().default(false),
});

export type ServerVotePayload = z.infer<typeof serverVotePayload>;

/** `{ field: message }` for every problem, for a 400 an operator can act on. */
export function describeIssues(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join('.') : '(body)';
    fields[path] ??=
      issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
  }
  return fields;
}
