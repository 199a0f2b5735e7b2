import type { JobQueue, SqlRunner } from '../jobs/boss.js';
import type { Db, DbOrTx } from './client.js';

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
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: bigint }[]>`
      INSERT INTO vote (user_id, guild_id, voted_at, credits_awarded, ad_blocker, credit_denial_reason)
      VALUES (${vote.userId}, ${vote.guildId}, ${vote.votedAt}, ${vote.creditsAwarded}, ${vote.adBlocker},
              ${vote.creditDenialReason})
      ON CONFLICT (user_id, guild_id, voted_at) DO NOTHING
      RETURNING id`;
    const stored = rows[0];
    if (!stored) return { outcome: 'duplicate' } as const;
    await queue.send('voteReward', { voteId: stored.id.toString() }, { db: sqlRunnerFor(tx) });
    return { outcome: 'stored', voteId: stored.id } as const;
  });
}

/** Lets pg-boss run its INSERT inside a Prisma interactive transaction. */
export function sqlRunnerFor(tx: DbOrTx): SqlRunner {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
    }),
  };
}
