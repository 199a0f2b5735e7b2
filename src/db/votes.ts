import type { VoteRewardEnqueuer } from '../contracts.js';
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
 * Stores votes and enqueues their reward jobs in one transaction, so a vote
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
  // A plain pg transaction: this is the webhook's hot path, and Prisma's
  // interactive transaction cost about three times the CPU of the work.
  const client = await poolOf(db).connect();
  let failure: Error | undefined;
  try {
    await client.query('BEGIN');
    // One statement for the whole batch: unnest turns the column arrays into rows.
    // A server vote has bot_id '': its key is (user, guild, time); a bot
    // vote's guild is always the home guild: its key is (voter, bot, time).
    const { rows } = await client.query<{
      id: string;
      user_id: string;
      guild_id: string;
      voted_at: Date;
      bot_id: string;
    }>(
      `INSERT INTO vote (user_id, guild_id, voted_at, credits_awarded, ad_blocker, credit_denial_reason, bot_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::boolean[], $5::boolean[], $6::text[], $7::text[])
       ON CONFLICT (user_id, guild_id, bot_id, voted_at) DO NOTHING
       RETURNING id::text, user_id, guild_id, voted_at, bot_id`,
      [
        votes.map((v) => v.userId),
        votes.map((v) => v.guildId),
        votes.map((v) => v.votedAt),
        votes.map((v) => v.creditsAwarded),
        votes.map((v) => v.adBlocker),
        votes.map((v) => v.creditDenialReason),
        votes.map((v) => v.botId ?? ''),
      ],
    );
    const storedIds = new Map(rows.map((r) => [voteKey(r.user_id, r.guild_id, r.voted_at, r.bot_id), r.id]));
    if (rows.length > 0) {
      await queue.sendMany(
        'voteReward',
        rows.map((r) => ({ voteId: r.id })),
        { db: { executeSql: async (text, values) => client.query(text, values) } },
      );
    }
    await client.query('COMMIT');
    return votes.map((v): StoreVoteResult => {
      const key = voteKey(v.userId, v.guildId, v.votedAt, v.botId ?? '');
      const id = storedIds.get(key);
      if (id === undefined) return { outcome: 'duplicate' };
      // A second copy in the same batch is the duplicate, not the first.
      storedIds.delete(key);
      return { outcome: 'stored', voteId: BigInt(id) };
    });
  } catch (err) {
    failure = err as Error;
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    // A connection that failed is discarded rather than handed out again.
    client.release(failure);
  }
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
