/**
 * What a Discord ID (a snowflake) must look like wherever one enters the
 * bot: webhook bodies and URLs, CLI flags, environment variables, job
 * payloads. One rule, here.
 *
 * IDs are kept as text (they exceed Number.MAX_SAFE_INTEGER), so two spellings
 * of one number would be two keys: Discord reads "0123..." as "123...", and a
 * zero-padded serverId would be a second copy of the guild, with none of its
 * settings and none of its own webhook secret. So: digits only, no leading
 * zero, 17 to 20 of them (every ID since 2015 has at least 17), and no more
 * than an unsigned 64-bit integer holds.
 */
const shape = /^[1-9][0-9]{16,19}$/;
const largest = 2n ** 64n - 1n;

export function isSnowflake(value: unknown): value is string {
  return typeof value === 'string' && shape.test(value) && BigInt(value) <= largest;
}

/** How a refusal explains the rule, after the name of the field or flag. */
export const snowflakeRule = `must be a Discord ID: 17 to 20 digits, without a leading zero, at most ${largest}`;
