import type PgBoss from 'pg-boss';
import type { Db } from '../db/client.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { JobQueue } from './boss.js';
import { type Payload, type QueueKey, queues } from './queues.js';

export type Handlers = { [K in QueueKey]: (data: Payload<K>, log: Logger) => Promise<void> };

export interface Workers {
  /** Wake a local worker of a queue now instead of at its next poll; before start(), nothing to wake. */
  wake(key: QueueKey): void;
}

/** Workers made but not started: startBot makes them with the rest and starts them once Discord is ready. */
export interface StartableWorkers extends Workers {
  /** Registers every queue's workers with pg-boss (the queue must run). */
  start(): Promise<void>;
}

/** Votes arrive in bursts and get `concurrency` workers; the other queues see little traffic. */
const busyQueues: QueueKey[] = ['voteReward'];
const quietQueueWorkers = 2;

/**
 * Runs every queue's handler. Each worker takes one job at a time
 * (batchSize 1): with batches, pg-boss completes every job of a batch when
 * the batch ends, which would overwrite a job that failed early and is
 * meanwhile being retried elsewhere. A handler that throws fails its job and
 * pg-boss retries it with backoff; on the last try the job is also kept as a
 * dead letter with its reason (see dead-letters.ts to replay it).
 */
export function createWorkers(deps: {
  queue: JobQueue;
  db: Db;
  log: Logger;
  handlers: Handlers;
  concurrency: number;
  metrics?: Metrics;
}): StartableWorkers {
  const { boss } = deps.queue;
  const crews = new Map<QueueKey, Crew>();
  const start = async () => {
    for (const key of Object.keys(queues) as QueueKey[]) {
      const count = busyQueues.includes(key) ? deps.concurrency : quietQueueWorkers;
      const crew = new Crew(boss);
      for (let i = 0; i < count; i++) {
        let ownId: string | undefined;
        ownId = await boss.work<unknown>(
          queues[key].name,
          // One worker of each queue polls every 2 s; the others poll rarely
          // and are woken by a sibling that found a job (see Crew), so an idle
          // bot with many reward workers does not query the queue many times
          // a second.
          { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: i === 0 ? 2 : 30 },
          async ([job]) => {
            if (ownId) crew.started(ownId);
            try {
              if (!job) return;
              // Fetched as the process stops: back to the queue, for the next start to run at once.
              if (deps.queue.isStopping()) {
                await deps.queue.handBack([job.id]);
                return;
              }
              const untrack = deps.queue.track(job.id);
              try {
                await runJob(deps, key, job);
              } finally {
                untrack();
              }
            } finally {
              // pg-boss sleeps a polling interval after every job, even when
              // more are waiting; a worker that just finished one asks again
              // at once (it sleeps only when a fetch finds nothing).
              if (ownId) crew.finished(ownId);
            }
          },
        );
        crew.add(ownId);
      }
      crews.set(key, crew);
    }
  };
  return {
    start,
    wake(key) {
      crews.get(key)?.wakeIdle();
    },
  };
}

/**
 * The workers of one queue. A worker that finds a job wakes one idle
 * sibling, which, if it finds one too, wakes the next: a burst spreads over
 * every worker within a few fetches, and an empty queue stops the chain.
 */
class Crew {
  private readonly ids: string[] = [];
  private readonly busy = new Set<string>();
  private next = 0;

  constructor(private readonly boss: PgBoss) {}

  add(id: string): void {
    this.ids.push(id);
  }

  started(id: string): void {
    this.busy.add(id);
    this.wakeIdle();
  }

  finished(id: string): void {
    this.busy.delete(id);
    this.boss.notifyWorker(id);
  }

  /** Round robin over the workers not running a job. */
  wakeIdle(): void {
    for (let tries = 0; tries < this.ids.length; tries++) {
      const id = this.ids[this.next++ % this.ids.length] as string;
      if (!this.busy.has(id)) {
        this.boss.notifyWorker(id);
        return;
      }
    }
  }
}

async function runJob(
  deps: { db: Db; queue: JobQueue; log: Logger; handlers: Handlers; metrics?: Metrics },
  key: QueueKey,
  job: PgBoss.JobWithMetadata<unknown>,
): Promise<void> {
  const queue = queues[key];
  const log = deps.log.child({ queue: queue.name, jobId: job.id, attempt: job.retryCount + 1 });
  const parsed = queue.payload.safeParse(job.data);
  if (!parsed.success) {
    // Retrying cannot fix a malformed payload: straight to the dead letters.
    log.error({ data: job.data }, 'job payload is invalid');
    await deps.db.deadLetter.create({
      data: {
        queue: queue.name,
        data: job.data as object,
        reason: `invalid payload: ${parsed.error.message}`,
      },
    });
    deps.metrics?.jobs.inc({ queue: queue.name, result: 'failed' });
    return;
  }
  try {
    // biome-ignore lint/suspicious/noExplicitAny: the key selects the handler's own payload type.
    await deps.handlers[key](parsed.data as any, log);
    deps.metrics?.jobs.inc({ queue: queue.name, result: 'completed' });
  } catch (err) {
    // Handed back once the database answers again, not after its backoff delay.
    if (isDatabaseUnavailable(err)) deps.queue.interrupted([job.id]);
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    const final = job.retryCount >= job.retryLimit;
    deps.metrics?.jobs.inc({ queue: queue.name, result: final ? 'failed' : 'retried' });
    if (final) {
      log.error({ err }, 'job failed on its last try; kept as a dead letter');
      await deps.db.deadLetter
        .create({ data: { queue: queue.name, data: job.data as object, reason: reason.slice(0, 1000) } })
        .catch((e: unknown) => log.error({ err: e }, 'could not record the dead letter'));
    } else {
      log.warn({ err: reason }, 'job failed; the queue will retry it');
    }
    throw err;
  }
}
