import { type Logger, pino } from 'pino';
import { secretVariables } from './config.js';

export type { Logger };

/**
 * Header and field names whose values are secrets. Fastify's request
 * serializer does not log headers, but anything that logs a request, an
 * error with a config attached, or a Discord REST error could.
 */
export const redactedPaths = [
  'authorization',
  'token',
  'secret',
  'password',
  '*.authorization',
  '*.token',
  '*.secret',
  '*.password',
  'req.headers.authorization',
  'req.headers["x-webhook-signature"]',
  'headers.authorization',
  'headers["x-webhook-signature"]',
  ...secretVariables.map((name) => `config.${name}`),
];

/** Interaction and webhook tokens sit in the path of the URLs discord.js reports in its errors. */
const tokenInPath = /\/(interactions\/\d+|webhooks\/\d+)\/[^/?#\s]+/g;

export function maskUrlTokens(text: string): string {
  return text.replace(tokenInPath, '/$1/[redacted]');
}

/**
 * Errors as pino logs them, minus what discord.js attaches that must not
 * be logged: the request body (a reply can hold a webhook secret shown
 * once) and the token in an interaction callback's URL.
 */
export function serializeError(err: unknown): unknown {
  const out = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (!out || typeof out !== 'object') return out;
  delete out.requestBody;
  for (const key of ['url', 'message', 'stack'] as const) {
    if (typeof out[key] === 'string') out[key] = maskUrlTokens(out[key] as string);
  }
  return out;
}

export interface LoggerOptions {
  level: string;
  pretty: boolean;
  /** Tests capture output here; production writes JSON lines to stdout. */
  destination?: NodeJS.WritableStream;
}

/** The one root logger of the process; components take children of it. */
export function createLogger({ level, pretty, destination }: LoggerOptions): Logger {
  const options = {
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: { err: serializeError },
    base: { pid: process.pid },
  };
  if (pretty && !destination) {
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
      },
    });
  }
  return destination ? pino(options, destination) : pino(options);
}
