import type { FastifyInstance } from 'fastify';
import type { ProcessRole } from './config.js';
import type { Db } from './db/client.js';
import type { DiscordConnection } from './discord/client.js';
import type { JobQueue, QueueOptions } from './jobs/boss.js';
import type { Workers } from './jobs/worker.js';
import type { Metrics } from './metrics.js';

/** What startBot (main.ts) returns, and what it may be told. */
export interface RunningBot {
  /** Base URL of the HTTP listener, e.g. http://127.0.0.1:3000 (https:// with TLS_*_FILE). */
  url: string;
  /** What this process runs (RUN). */
  roles: readonly ProcessRole[];
  db: Db;
  queue: JobQueue;
  app: FastifyInstance;
  /** The gateway connection, when this process runs the gateway role with a token. */
  discord: DiscordConnection | null;
  /** What GET /metrics serves; null with METRICS=off. */
  metrics: Metrics | null;
  /** Resolves once reward workers run (after Discord is ready); never without the worker role. */
  workersStarted: Promise<Workers>;
  /** Re-reads TLS_CERT_FILE/TLS_KEY_FILE (SIGHUP); false when they are unusable or TLS is off. */
  reloadTls(): Promise<boolean>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Apply pending migrations first (default true; tests use a migrated template). */
  migrate?: boolean;
  /** Overrides every queue's retry policy (tests use short ones). */
  retry?: QueueOptions['retry'];
  /** The clock of slash commands (tests pin it to compute periods by hand). */
  now?: () => Date;
}
