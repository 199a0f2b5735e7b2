import type { VoteRewardEnqueuer } from '../contracts.js';
import { sha256Hex } from '../secrets.js';
import { type Db, poolOf } from './client.js';
import { isDatabaseUnavailable } from './errors.js';

export interface IncomingVote {
  userId: string;
  guildId: string;
  votedAt: Date;
  creditsAwarded: boolean;
  adBlocker: boolean;
  creditDenialReason: string | null;
  /** A bot vote: the bot voted for (the vote is credited in guildId, the bot votes' home guild). */
  botId?: string;
}

export type StoreVoteResult = { outcome: 'stored'; voteId: bigint } | { outcome: 'duplicate' };

/**
 * Stores votes and enqueues their reward jobs in one statement, so a vote
 * is never stored without its job nor rewarded without being stored.
 * A redelivery (same user, guild and timestamp) inserts nothing: the unique
 * key decides, also between two copies arriving at the same moment or in
 * the same batch. Results are in the order of `votes`.
 */
export async function storeVotes(
  db: Db,
  queue: VoteRewardEnqueuer,
  votes: IncomingVote[],
): Promise<StoreVoteResult[]> {
  // Plain pg, one statement: this is the webhook's hot path. The votes and
  // their jobs are inserted by one statement (the jobs' INSERT is a CTE
  // reading the rows the votes' INSERT returned), which commits on its own:
  // one round trip, where BEGIN, two INSERTs and COMMIT took four, each a
  // wait for Postgres to be scheduled on a busy machine. Prepared once per
  // connection (the text never changes), so Postgres does not parse and
  // plan it again for every batch.
  // One row per vote: unnest turns the column arrays into rows. A server
  // vote has bot_id '': its key is (user, guild, time); a bot vote's guild
  // is always the home guild: its key is (voter, bot, time).
  const { rows } = await poolOf(db).query<{
    id: string;
    user_id: string;
    guild_id: string;
    voted_at: Date;
    bot_id: string;
  }>({
    ...storeVotesStatement(queue),
    values: [
      votes.map((v) => v.userId),
      votes.map((v) => v.guildId),
      votes.map((v) => v.votedAt),
      votes.map((v) => v.creditsAwarded),
      votes.map((v) => v.adBlocker),
      votes.map((v) => v.creditDenialReason),
      votes.map((v) => v.botId ?? ''),
    ],
  });
  const storedIds = new Map(rows.map((r) => [voteKey(r.user_id, r.guild_id, r.voted_at, r.bot_id), r.id]));
  return votes.map((v): StoreVoteResult => {
    const key = voteKey(v.userId, v.guildId, v.votedAt, v.botId ?? '');
    const id = storedIds.get(key);
    if (id === undefined) return { outcome: 'duplicate' };
    // A second copy in the same batch is the duplicate, not the first.
    storedIds.delete(key);
    return { outcome: 'stored', voteId: BigInt(id) };
  });
}

const statements = new WeakMap<VoteRewardEnqueuer, { name: string; text: string }>();

/**
 * The statement of storeVotes: the votes' INSERT, and their jobs' INSERT as
 * a CTE over its rows. Its name holds a hash of its text: a prepared
 * statement's name must not be reused for another text on a connection
 * (two queues with other retry policies, as tests make).
 */
function storeVotesStatement(queue: VoteRewardEnqueuer): { name: string; text: string } {
  let statement = statements.get(queue);
  if (statement === undefined) {
    const text = `WITH stored AS (
        INSERT INTO vote (user_id, guild_id, voted_at, credits_awarded, ad_blocker, credit_denial_reason, bot_id)
        SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::boolean[], $5::boolean[], $6::text[], $7::text[])
        ON CONFLICT (user_id, guild_id, bot_id, voted_at) DO NOTHING
        RETURNING id, user_id, guild_id, voted_at, bot_id
      ), jobs AS (
        ${queue.voteRewardJobsSql('stored')}
      )
      SELECT id::text, user_id, guild_id, voted_at, bot_id FROM stored`;
    statement = { name: `store-votes-${sha256Hex(text).slice(0, 16)}`, text };
    statements.set(queue, statement);
  }
  return statement;
}

const voteKey = (userId: string, guildId: string, votedAt: Date, botId: string) =>
  `${userId}:${guildId}:${votedAt.getTime()}:${botId}`;

export interface VoteWriter {
  /** Resolves once the vote and its job are committed (or it was a duplicate). */
  store(vote: IncomingVote): Promise<StoreVoteResult>;
}

export interface VoteWriterOptions {
  /** Transactions in flight at once; votes arriving meanwhile wait for the next one. */
  maxInFlight?: number;
  /** Most votes in one transaction. */
  maxBatch?: number;
}

/**
 * Group commit: votes of concurrent webhooks share one transaction. A vote
 * that arrives while fewer than `maxInFlight` transactions are open is
 * written at once, alone, so a quiet bot adds no delay; under load, the
 * votes that arrive while transactions are open are written together by the
 * next one. Either way each webhook is answered only after its own vote and
 * job are committed.
 */
export function createVoteWriter(
  db: Db,
  queue: VoteRewardEnqueuer,
  opts: VoteWriterOptions = {},
): VoteWriter {
  const maxInFlight = opts.maxInFlight ?? 2;
  const maxBatch = opts.maxBatch ?? 500;
  type Waiting = { vote: IncomingVote; resolve: (r: StoreVoteResult) => void; reject: (e: unknown) => void };
  let waiting: Waiting[] = [];
  let inFlight = 0;

  const write = async (batch: Waiting[]) => {
    try {
      const results = await storeVotes(
        db,
        queue,
        batch.map((w) => w.vote),
      );
      for (const [i, w] of batch.entries()) w.resolve(results[i] as StoreVoteResult);
    } catch (err) {
      if (batch.length === 1 || isDatabaseUnavailable(err)) {
        for (const w of batch) w.reject(err);
        return;
      }
      // One bad vote must not fail the others: write them one at a time,
      // so each webhook gets its own answer.
      for (const w of batch) {
        await storeVotes(db, queue, [w.vote]).then(([r]) => w.resolve(r as StoreVoteResult), w.reject);
      }
    }
  };

  const pump = () => {
    while (inFlight < maxInFlight && waiting.length > 0) {
      const batch = waiting.length <= maxBatch ? waiting : waiting.slice(0, maxBatch);
      waiting = waiting.length <= maxBatch ? [] : waiting.slice(maxBatch);
      inFlight++;
      void write(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  };

  return {
    store: (vote) =>
      new Promise<StoreVoteResult>((resolve, reject) => {
        waiting.push({ vote, resolve, reject });
        pump();
      }),
  };
}
