import PgBoss from 'pg-boss';
import type { SqlRunner, VoteRewardEnqueuer } from '../contracts.js';
import { withAdvisoryLock } from '../db/advisory-lock.js';
import type { Logger } from '../log.js';
import { connectQueue } from './queue-connection.js';
import { type Payload, type QueueKey, queues } from './queues.js';

export interface SendOptions {
  /** Enqueue inside this transaction: the job exists only if it commits. */
  db?: SqlRunner;
  startAfter?: Date;
  /** At most one job with this key is created per `singletonSeconds` (a throttle). */
  singletonKey?: string;
  singletonSeconds?: number;
}

export interface JobQueue extends VoteRewardEnqueuer {
  boss: PgBoss;
  send<K extends QueueKey>(key: K, data: Payload<K>, opts?: SendOptions): Promise<string | null>;
  /** Several jobs of one queue in one INSERT (an event's deliveries, replays). */
  sendMany<K extends QueueKey>(key: K, data: Payload<K>[], opts?: Pick<SendOptions, 'db'>): Promise<void>;
  isRunning(): boolean;
  /** True once stop() began: a job fetched now is handed back, not run. */
  isStopping(): boolean;
  /**
   * Gives jobs this process holds back to the queue, to run at once (by any
   * replica) without counting as an attempt: at shutdown, and after a
   * database outage interrupted them.
   */
  handBack(ids: string[]): Promise<number>;
  /** Hands these jobs back once the database answers again (an outage interrupted them). */
  interrupted(ids: string[]): void;
  /** Marks a job as running here until the returned function is called. */
  track(id: string): () => void;
  /**
   * Stops fetching, lets running jobs finish within `timeoutMs`, hands back
   * the ones that did not, and waits for every query in flight (a fetch, a
   * completion) before closing its connections.
   */
  stop(timeoutMs: number): Promise<void>;
}

/** A queue made but not started yet: what startBot builds first, and starts in its turn. */
export interface StartableJobQueue extends JobQueue {
  /** Starts pg-boss and creates the queues; isRunning() is true from then until stop(). */
  start(): Promise<void>;
}

/** pg-boss in its own schema of the same database: no new infrastructure. */
export interface QueueOptions {
  url: string;
  log: Logger;
  poolSize?: number;
  /** Overrides every queue's retry policy (tests use short ones). */
  retry?: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean };
}

/** pg-boss's schema: its tables are also written by voteRewardJobsSql. */
const bossSchema = 'pgboss';

/** Makes the queue and starts it (the CLI; startBot starts its own in its turn). */
export async function startJobQueue(opts: QueueOptions): Promise<JobQueue> {
  const queue = createJobQueue(opts);
  await queue.start();
  return queue;
}

/**
 * Makes the queue without touching the database, so the parts built before
 * it starts (the Discord gateway logs in meanwhile) can hold it from the
 * start and ask isRunning() rather than be handed it later.
 */
export function createJobQueue(opts: QueueOptions): StartableJobQueue {
  const log = opts.log.child({ component: 'queue' });
  const connection = connectQueue({ url: opts.url, poolSize: opts.poolSize ?? 10, log });
  const boss = new PgBoss({
    db: connection.db,
    schema: bossSchema,
    // Jobs of a process that died are noticed (expired and retried) this
    // often: with the 30 s expiry of vote.reward, a message it was sending is
    // resent inside the nonce window (effects.ts).
    maintenanceIntervalSeconds: 15,
  });
  let running = false;
  let stopping = false;
  /** Jobs whose handler runs in this process now (see worker.ts). */
  const runningJobs = new Map<string, number>();
  // pg-boss reports connection errors here (e.g. while the database restarts);
  // its errors carry the whole pg client, so log only what helps.
  boss.on('error', (err: Error & { code?: string }) =>
    log.error({ error: err.message, code: err.code }, 'job queue error'),
  );
  // Jobs may wait a long time (listener only, a refused token): keep them
  // 60 days instead of pg-boss's 14 before they are archived unworked. The
  // start-up sweep (sweep.ts) re-enqueues anything that slipped through.
  const policy = (key: QueueKey) => ({ retentionDays: 60, ...queues[key].options, ...opts.retry });
  return {
    boss,
    async start() {
      await boss.start();
      running = true;
      // createQueue is idempotent (it also stores each queue's retry policy), but
      // replicas creating the same queues at once deadlock inside pg-boss: one
      // process at a time (test/replicas.test.ts).
      await withAdvisoryLock(opts.url, 'pgboss:create-queues', async () => {
        for (const [key, queue] of Object.entries(queues) as [QueueKey, (typeof queues)[QueueKey]][]) {
          await boss.createQueue(queue.name, { name: queue.name, ...policy(key) });
        }
      });
    },
    isRunning: () => running,
    isStopping: () => stopping,
    handBack: connection.handBack,
    interrupted: connection.interrupted,
    async send(key, data, sendOpts = {}) {
      const queue = queues[key];
      const payload = queue.payload.parse(data);
      return boss.send(queue.name, payload, {
        ...policy(key),
        ...(sendOpts.db ? { db: sendOpts.db } : {}),
        ...(sendOpts.startAfter ? { startAfter: sendOpts.startAfter } : {}),
        ...(sendOpts.singletonKey
          ? { singletonKey: sendOpts.singletonKey, singletonSeconds: sendOpts.singletonSeconds }
          : {}),
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
    voteRewardJobsSql(source) {
      const queue = queues.voteReward;
      const { retryLimit, retryDelay, retryBackoff, expireInSeconds, retentionDays } = policy('voteReward');
      // The row pg-boss 10's insert() writes for these options (plans.js insertJobs), as
      // SQL the vote writer runs inside its own INSERT; test/votes.test.ts compares the
      // two, so a pg-boss upgrade that changes the table fails there. Every value is a
      // number or boolean of our own policy: checked, then written as a literal.
      for (const n of [retryLimit, retryDelay, expireInSeconds, retentionDays]) {
        if (!Number.isInteger(n) || n < 0) throw new Error(`vote.reward policy: ${n} is not a whole number`);
      }
      // Scalar look-ups rather than a join on the queue row: without the queue (and its
      // partition of the job table) the statement fails instead of storing votes without jobs.
      const queueColumn = (column: string) =>
        `(SELECT ${column} FROM ${bossSchema}.queue WHERE name = '${queue.name}')`;
      return `INSERT INTO ${bossSchema}.job (name, data, priority, start_after, dead_letter, expire_in,
                keep_until, retry_limit, retry_delay, retry_backoff, policy)
              SELECT '${queue.name}', jsonb_build_object('voteId', s.id::text), 0, now(), ${queueColumn('dead_letter')},
                     interval '${expireInSeconds} seconds', now() + interval '${retentionDays} days',
                     ${retryLimit}, ${retryBackoff ? Math.max(retryDelay, 1) : retryDelay}, ${Boolean(retryBackoff)},
                     ${queueColumn('policy')}
                FROM ${source} s`;
    },
    async stop(timeoutMs) {
      if (!running) return;
      running = false;
      stopping = true;
      // Waits for the jobs pg-boss knows are running (bounded by the
      // timeout); those still running after it are failed by pg-boss...
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false });
      // ... and handed back here, to run at once at the next start.
      const unfinished = [...runningJobs.keys()];
      if (unfinished.length) {
        const handed = await connection.handBack(unfinished).catch(() => 0);
        log.warn(
          { jobs: unfinished.length, handed },
          'jobs still running at shutdown were handed back to the queue',
        );
      }
      // A fetch or a completion still in flight lands before the pool closes.
      await connection.settle(5_000);
      await connection.close();
    },
    track(id) {
      runningJobs.set(id, Date.now());
      return () => void runningJobs.delete(id);
    },
  };
}
