import type PgBoss from 'pg-boss';
import type { Db } from '../db/client.js';
import type { Logger } from '../log.js';
import type { JobQueue } from './boss.js';
import { type Payload, type QueueKey, queues } from './queues.js';

export type Handlers = { [K in QueueKey]: (data: Payload<K>, log: Logger) => Promise<void> };

export interface Workers {
  /** Wake the local worker of a queue now instead of at its next poll. */
  wake(key: QueueKey): void;
}

/**
 * Runs every queue's handler with `concurrency` jobs at a time. Each job
 * succeeds or fails on its own; a job that fails on its last try is kept as
 * a dead letter with its reason (see dead-letters.ts to replay it).
 */
export async function startWorkers(deps: {
  queue: JobQueue;
  db: Db;
  log: Logger;
  handlers: Handlers;
  concurrency: number;
}): Promise<Workers> {
  const { boss } = deps.queue;
  const workerIds = new Map<QueueKey, string>();
  for (const key of Object.keys(queues) as QueueKey[]) {
    const queue = queues[key];
    const id = await boss.work<unknown>(
      queue.name,
      { batchSize: deps.concurrency, includeMetadata: true, pollingIntervalSeconds: 1 },
      async (jobs) => {
        await Promise.all(jobs.map((job) => runJob(deps, key, job)));
      },
    );
    workerIds.set(key, id);
  }
  return {
    wake(key) {
      const id = workerIds.get(key);
      if (id) boss.notifyWorker(id);
    },
  };
}

async function runJob(
  deps: { queue: JobQueue; db: Db; log: Logger; handlers: Handlers },
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
    return;
  }
  try {
    // biome-ignore lint/suspicious/noExplicitAny: the key selects the handler's own payload type.
    await deps.handlers[key](parsed.data as any, log);
  } catch (err) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    const lastTry = job.retryCount >= job.retryLimit;
    if (lastTry) {
      log.error({ err }, 'job failed on its last try; kept as a dead letter');
      await deps.db.deadLetter
        .create({ data: { queue: queue.name, data: job.data as object, reason: reason.slice(0, 1000) } })
        .catch((e: unknown) => log.error({ err: e }, 'could not record the dead letter'));
    } else {
      log.warn({ err: reason }, 'job failed; the queue will retry it');
    }
    await deps.queue.boss.fail(queue.name, job.id, { message: reason.slice(0, 1000) });
  }
}
