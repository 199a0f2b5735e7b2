import { isIP } from 'node:net';
import { z } from 'zod';
import { isSnowflake, snowflakeRule } from './domain/snowflake.js';

/**
 * The kinds of value config.ts reads from the environment: each parses the
 * text of one variable and says, in its message, what it must look like.
 */
export const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

export const port = z.coerce.number().int().min(1).max(65535);

export const optionalText = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.string())
  .optional()
  .transform((v) => (v ? v : undefined));

export const postgresUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^postgres(ql)?:\/\/.+/.test(v), {
    message: 'must be a postgres:// or postgresql:// connection URL',
  });

export const httpUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.replace(/\/+$/, '') : undefined))
  .refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
    message: 'must be an http:// or https:// URL',
  });

/**
 * A 32-byte AES key, as 64 hex digits or base64 (`openssl rand -base64 32`).
 * Checked here, at start-up, so a wrong key stops the bot instead of
 * failing the first payment.
 */
export const encryptionKey = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx): Buffer | undefined => {
    if (!v) return undefined;
    const key = /^[0-9a-fA-F]{64}$/.test(v)
      ? Buffer.from(v, 'hex')
      : /^[A-Za-z0-9+/]{43}=?$/.test(v)
        ? Buffer.from(v, 'base64')
        : undefined;
    if (key?.length === 32) return key;
    ctx.addIssue({
      code: 'custom',
      message: 'must be 32 bytes as 64 hex digits or base64, e.g. the output of `openssl rand -base64 32`',
    });
    return z.NEVER;
  });

export const discordId = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isSnowflake(v), { message: snowflakeRule });

/**
 * A proxy address or CIDR, or one of proxy-addr's names (uniquelocal covers
 * Docker's private networks). A bare number is not one: it would be a hop count.
 */
export function isProxyRange(entry: string): boolean {
  if (/^(loopback|linklocal|uniquelocal)$/.test(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export const shardIdList = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx): number[] | undefined => {
    if (!v) return undefined;
    const ids = v.split(',').map((s) => s.trim());
    if (!ids.every((id) => /^\d{1,6}$/.test(id))) {
      ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of shard numbers, e.g. 0,1' });
      return z.NEVER;
    }
    return [...new Set(ids.map(Number))].sort((a, b) => a - b);
  });
