/**
 * The contracts between the layers, and the words they are written in: one
 * place to learn the vocabulary. Every type here is implemented in one layer
 * and used by another, so neither needs to import the other; nothing here
 * runs.
 *
 * Glossary:
 * - vote: one accepted Rankly vote webhook, a row of `vote`; its reward is
 *   one `vote.reward` job (jobs/queues.ts names every queue and payload).
 * - premium event: one accepted premium webhook, a row of `premium_event`;
 *   applied by one `premium.apply` job.
 * - effect: one thing a vote or premium event causes (a role, currency, a
 *   message), one row of the ledger; its kinds and statuses are
 *   domain/effects.ts, the code that carries it out is jobs/effects.ts.
 * - SQL runner: what runs the queue's INSERT inside the caller's open
 *   transaction, so a job exists only if the row it is for was committed.
 *   `sqlRunnerFor` (db/client.ts) makes one of a Prisma transaction.
 * - enqueuer: the one method of the job queue a writer in db/ or a route in
 *   http/ needs; the queue (jobs/boss.ts) is one, so neither imports jobs/.
 * - Discord state: how this process's connection to Discord is doing, as
 *   /readyz reports it.
 */

/** Runs SQL in the caller's transaction (pg-boss's `db` option accepts any). */
export interface SqlRunner {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Enqueues the reward jobs of stored votes in the very statement that
 * stores them: the queue hands the vote writer the INSERT of its jobs, which
 * the writer runs as a data-modifying CTE of its own INSERT. One statement
 * is atomic on its own (no BEGIN/COMMIT) and one round trip to Postgres,
 * where a transaction around two INSERTs took four.
 */
export interface VoteRewardEnqueuer {
  /**
   * An `INSERT INTO <job table> ... SELECT ... FROM <source>`: one vote.reward
   * job, with the queue's retry policy, per row of `source` (a CTE of the
   * caller's statement with the new vote's id in a column `id`). Constant
   * text, so the caller may keep it in a prepared statement.
   */
  voteRewardJobsSql(source: string): string;
}

/** Enqueues the premium.apply job of a stored premium event, in the transaction that stored it. */
export interface PremiumApplyEnqueuer {
  send(key: 'premiumApply', data: { eventId: string }, opts: { db: SqlRunner }): Promise<unknown>;
}

/** Enqueues the job that tells a guild's log channel a dashboard test webhook arrived. */
export interface TestDeliveryEnqueuer {
  send(key: 'testDelivery', data: { guildId: string; userId: string; votedAt: string }): Promise<unknown>;
}

/**
 * - connecting: logging in (or, REST only, checking the token), retried while Discord is unreachable;
 * - ready: connected;
 * - invalid_token: Discord refused DISCORD_TOKEN; not retried;
 * - disallowed_intent: Discord refused a privileged intent (Server Members) the
 *   Developer Portal has not enabled; not retried;
 * - stopped: the process is shutting down.
 */
export type DiscordState = 'connecting' | 'ready' | 'invalid_token' | 'disallowed_intent' | 'stopped';

/** What /readyz says of Discord: a state, or that the bot runs without a token. */
export type DiscordStatus = DiscordState | 'listener-only';
