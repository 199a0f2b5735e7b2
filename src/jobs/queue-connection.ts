import pg from 'pg';
import type PgBoss from 'pg-boss';
import { isDatabaseUnavailable } from '../db/errors.js';
import type { Logger } from '../log.js';

/**
 * The database connection pg-boss runs on, ours rather than its own, for
 * three things pg-boss does not do:
 * - it neither awaits a job's completion nor a fetch under way when it
 *   stops: a job fetched or completed as its pool closed stayed 'active'
 *   until it expired (30 s) and maintenance noticed (up to 30 s more).
 *   settle() waits for every query in flight before the pool closes;
 * - handBack() gives jobs back to run at once, by any replica, without
 *   counting an attempt;
 * - after a database outage, the jobs it interrupted are handed back as
 *   soon as the database answers, instead of waiting for their expiry or
 *   backoff. pg-boss records a job's completion or failure without awaiting
 *   it; while the database is down that write fails (and would be an
 *   unhandled rejection): it is answered with nothing and the job is
 *   handed back instead.
 */
export interface QueueConnection {
  db: PgBoss.Db;
  handBack(ids: string[]): Promise<number>;
  /** Hands these jobs back once the database answers again. */
  interrupted(ids: string[]): void;
  settle(maxMs: number): Promise<void>;
  close(): Promise<void>;
}

/** pg-boss's statements that record a job's outcome (complete, fail): they take the job ids as $2. */
const recordsOutcome = /\bcompleted_on = now\(\)|\bdeleted_jobs\b/;

export function connectQueue(opts: { url: string; poolSize: number; log: Logger }): QueueConnection {
  const { log } = opts;
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize,
    application_name: 'rankly-rewards-bot:queue',
  });
  // Its errors carry the whole pg client, so log only what helps.
  pool.on('error', (err: Error & { code?: string }) =>
    log.error({ error: err.message, code: err.code }, 'job queue connection error'),
  );
  let inFlight = 0;
  let closed = false;
  const waiting = new Set<string>();
  let recovering = false;

  const handBack = async (ids: string[]) => {
    if (ids.length === 0) return 0;
    // 'active': fetched or running here; 'retry': failed with a backoff delay it need not wait.
    // Counted in flight, so settle() waits for it as for pg-boss's own queries.
    inFlight++;
    try {
      const { rowCount } = await pool.query(
        `UPDATE pgboss.job SET state = 'retry', start_after = now(), started_on = NULL
         WHERE id = ANY($1::uuid[]) AND state IN ('active', 'retry')`,
        [ids],
      );
      return rowCount ?? 0;
    } finally {
      inFlight--;
    }
  };

  const recover = async () => {
    for (let delayMs = 250; !closed; delayMs = Math.min(delayMs * 2, 2_000)) {
      try {
        await pool.query('SELECT 1');
        break;
      } catch {
        await new Promise((r) => setTimeout(r, delayMs));
      }
    }
    if (closed) return;
    const ids = [...waiting];
    waiting.clear();
    const handed = await handBack(ids);
    log.info({ jobs: ids.length, handed }, 'the database is back: the jobs it interrupted run again now');
  };

  const interrupted = (ids: string[]) => {
    for (const id of ids) waiting.add(id);
    if (recovering) return;
    recovering = true;
    recover()
      .catch((err: unknown) => log.error({ err }, 'could not hand back the jobs an outage interrupted'))
      .finally(() => {
        recovering = false;
        if (waiting.size > 0 && !closed) interrupted([]);
      });
  };

  return {
    db: {
      async executeSql(text, values) {
        // pg-boss records a job's outcome after its handler returns, without
        // awaiting it; a job fetched as the process stopped was handed back by
        // its handler, and its "complete" may come after the pool closed. The
        // job is back in the queue (or, like any unfinished job, expires and
        // is retried): there is nothing to record, and an ended pool's error
        // would be an unhandled rejection.
        if (closed && recordsOutcome.test(text)) return { rows: [{ count: 0 }] };
        inFlight++;
        try {
          return await pool.query(text, values);
        } catch (err) {
          if (!(isDatabaseUnavailable(err) && recordsOutcome.test(text) && Array.isArray(values?.[1])))
            throw err;
          interrupted(values[1] as string[]);
          // What pg-boss reads of an outcome: how many jobs it changed.
          return { rows: [{ count: 0 }] };
        } finally {
          inFlight--;
        }
      },
    },
    handBack,
    interrupted,
    async settle(maxMs) {
      const until = Date.now() + maxMs;
      while (inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    },
    async close() {
      closed = true;
      await pool.end();
    },
  };
}
