import PgBoss from 'pg-boss';
import { withAdvisoryLock } from '../db/advisory-lock.js';
import type { Logger } from '../log.js';
import { type Payload, type QueueKey, queues } from './queues.js';

/** Anything that can run SQL in the caller's transaction (see sqlRunnerFor). */
export type SqlRunner = PgBoss.Db;

export interface SendOptions {
  /** Enqueue inside this transaction: the job exists only if it commits. */
  db?: SqlRunner;
  startAfter?: Date;
}

export interface JobQueue {
  boss: PgBoss;
  send<K extends QueueKey>(key: K, data: Payload<K>, opts?: SendOptions): Promise<string | null>;
  /** Several jobs of one queue in one INSERT (the group commit of votes). */
  sendMany<K extends QueueKey>(key: K, data: Payload<K>[], opts?: Pick<SendOptions, 'db'>): Promise<void>;
  isRunning(): boolean;
  stop(timeoutMs: number): Promise<void>;
}

/** pg-boss in its own schema of the same database: no new infrastructure. */
export interface QueueOptions {
  url: string;
  log: Logger;
  poolSize?: number;
  /** Overrides every queue's retry policy (tests use short ones). */
  retry?: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean };
}

export async function startJobQueue(opts: QueueOptions): Promise<JobQueue> {
  const log = opts.log.child({ component: 'queue' });
  const boss = new PgBoss({
    connectionString: opts.url,
    schema: 'pgboss',
    max: opts.poolSize ?? 10,
    application_name: 'rankly-rewards-bot:queue',
    // Jobs of a process that died are noticed (expired and retried) this often.
    maintenanceIntervalSeconds: 30,
  });
  let running = false;
  // pg-boss reports connection errors here (e.g. while the database restarts);
  // its errors carry the whole pg client, so log only what helps.
  boss.on('error', (err: Error & { code?: string }) =>
    log.error({ error: err.message, code: err.code }, 'job queue error'),
  );
  await boss.start();
  running = true;
  // Jobs may wait a long time (listener only, a refused token): keep them
  // 60 days instead of pg-boss's 14 before they are archived unworked. The
  // start-up sweep (sweep.ts) re-enqueues anything that slipped through.
  const policy = (key: QueueKey) => ({ retentionDays: 60, ...queues[key].options, ...opts.retry });
  // createQueue is idempotent (it also stores each queue's retry policy), but
  // replicas creating the same queues at once deadlock inside pg-boss: one
  // process at a time (test/replicas.test.ts).
  await withAdvisoryLock(opts.url, 'pgboss:create-queues', async () => {
    for (const [key, queue] of Object.entries(queues) as [QueueKey, (typeof queues)[QueueKey]][]) {
      await boss.createQueue(queue.name, { name: queue.name, ...policy(key) });
    }
  });
  return {
    boss,
    isRunning: () => running,
    async send(key, data, sendOpts = {}) {
      const queue = queues[key];
      const payload = queue.payload.parse(data);
      return boss.send(queue.name, payload, {
        ...policy(key),
        ...(sendOpts.db ? { db: sendOpts.db } : {}),
        ...(sendOpts.startAfter ? { startAfter: sendOpts.startAfter } : {}),
      });
    },
    async sendMany(key, items, sendOpts = {}) {
      const queue = queues[key];
      const { retryLimit, retryDelay, retryBackoff, expireInSeconds, retentionDays } = policy(key);
      // insert() takes no retention option; the queue's own is not stored by
      // createQueue, so each job carries the date it may be archived after.
      const keepUntil = new Date(Date.now() + retentionDays * 86_400_000);
      await boss.insert(
        items.map((data) => ({
          name: queue.name,
          data: queue.payload.parse(data),
          retryLimit,
          retryDelay,
          retryBackoff,
          expireInSeconds,
          keepUntil,
        })),
        sendOpts.db ? { db: sendOpts.db } : {},
      );
    },
    async stop(timeoutMs) {
      if (!running) return;
      running = false;
      // graceful: wait for active jobs to finish (bounded by timeout), then close.
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: true });
    },
  };
}
