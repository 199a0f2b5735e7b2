import type { Db } from './client.js';

/**
 * A guild's votes newest first, a page at a time, each with its ledger
 * rows (what the vote earned and what became of it): the dashboard's vote
 * log. Pages are keyset pages over (voted_at, id), so page 1,000 costs what
 * page 1 does; with a member, the (user_id, guild_id, bot_id, voted_at)
 * key serves the filter.
 */
export interface VoteLogCursor {
  votedAt: Date;
  id: bigint;
}

export async function voteLogPage(
  db: Db,
  opts: { guildId: string; userId?: string; before?: VoteLogCursor; limit: number },
) {
  const rows = await db.vote.findMany({
    where: {
      guildId: opts.guildId,
      ...(opts.userId ? { userId: opts.userId } : {}),
      // (voted_at, id) < cursor, written so that `voted_at <= X` bounds the index range
      // and the tie-break on id is only a filter: page 20,000 reads 26 rows, not 500,000.
      ...(opts.before
        ? {
            votedAt: { lte: opts.before.votedAt },
            OR: [{ votedAt: { lt: opts.before.votedAt } }, { id: { lt: opts.before.id } }],
          }
        : {}),
    },
    orderBy: [{ votedAt: 'desc' }, { id: 'desc' }],
    take: opts.limit + 1,
    select: {
      id: true,
      userId: true,
      votedAt: true,
      creditsAwarded: true,
      adBlocker: true,
      creditDenialReason: true,
      botNotInGuild: true,
      effects: {
        select: { kind: true, status: true, amount: true, roleId: true, detail: true },
        orderBy: { id: 'asc' },
      },
    },
  });
  const votes = rows.slice(0, opts.limit);
  const last = votes.at(-1);
  return { votes, next: rows.length > opts.limit && last ? { votedAt: last.votedAt, id: last.id } : null };
}

export const encodeCursor = (c: VoteLogCursor) => `${c.votedAt.getTime()}_${c.id}`;

export function decodeCursor(text: string | undefined): VoteLogCursor | undefined {
  const m = text ? /^(\d{1,15})_(\d{1,19})$/.exec(text) : null;
  return m ? { votedAt: new Date(Number(m[1])), id: BigInt(m[2] as string) } : undefined;
}
