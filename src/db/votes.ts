import type { JobQueue, SqlRunner } from '../jobs/boss.js';
import { type Db, type DbOrTx, poolOf } from './client.js';

export interface IncomingVote {
  userId: string;
  guildId: string;
  votedAt: Date;
  creditsAwarded: boolean;
  adBlocker: boolean;
  creditDenialReason: string | null;
}

export type StoreVoteResult = { outcome: 'stored'; voteId: bigint } | { outcome: 'duplicate' };

/**
 * Stores a vote and enqueues its reward job in one transaction, so a vote
 * is never stored without its job nor rewarded without being stored.
 * A redelivery (same user, guild and timestamp) inserts nothing: the unique
 * key decides, also between two copies arriving at the same moment.
 */
export async function storeVote(db: Db, queue: JobQueue, vote: IncomingVote): Promise<StoreVoteResult> {
  // A plain pg transaction: this runs once per webhook, and Prisma's
  // interactive transaction cost about three times the CPU of the work.
  const client = await poolOf(db).connect();
  let failure: Error | undefined;
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO vote (user_id, guild_id, voted_at, credits_awarded, ad_blocker, credit_denial_reason)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, guild_id, voted_at) DO NOTHING
       RETURNING id::text`,
      [vote.userId, vote.guildId, vote.votedAt, vote.creditsAwarded, vote.adBlocker, vote.creditDenialReason],
    );
    const stored = rows[0];
    if (stored) {
      await queue.send(
        'voteReward',
        { voteId: stored.id },
        { db: { executeSql: async (text, values) => client.query(text, values) } },
      );
    }
    await client.query('COMMIT');
    return stored ? { outcome: 'stored', voteId: BigInt(stored.id) } : { outcome: 'duplicate' };
  } catch (err) {
    failure = err as Error;
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    // A connection that failed is discarded rather than handed out again.
    client.release(failure);
  }
}

/** Lets pg-boss run its INSERT inside a Prisma interactive transaction. */
export function sqlRunnerFor(tx: DbOrTx): SqlRunner {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
    }),
  };
}
