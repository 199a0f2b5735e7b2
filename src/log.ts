import { type Logger, pino } from 'pino';

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
  'config.DISCORD_TOKEN',
  'config.RANKLY_WEBHOOK_AUTH',
  'config.DATABASE_URL',
];

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
