import type { Db } from '../db/client.js';
import { inSqlTransaction, type Sql, sqlOf } from '../db/sql.js';
import {
  type EffectStatus,
  rewardEffectKind as K,
  openStatuses,
  effectStatus as S,
} from '../domain/effects.js';
import type { JobQueue } from './boss.js';
import { type LedgerDeps, type LedgerTable, RetryLaterError, sendMessageOnce } from './effects.js';
import { anyEventEndpoints, recordVoteRewarded } from './outbound-events.js';
import { composeContent, roleOutcome } from './vote-messages.js';

/**
 * Vote announcements under load. Discord gives a bot 50 requests a second
 * across every guild, so one message per vote in a busy guild spends the
 * budget the rewards need. The first vote of a quiet guild is announced at
 * once; votes within the window after a guild's last announcement wait for
 * it to close and are announced together, in as few messages as Discord's
 * limits allow (2,000 characters; at most `maxPerMessage` voters pinged).
 * Each vote is announced at most once: a batch is claimed in one
 * transaction, sent with its first announcement's nonce, and its outcome
 * recorded on every announcement it carried. One worker at a time sends a
 * guild's batches (a lease on the guild), so a batch still claimed when the
 * lease is taken was left by a worker that stopped, and is resent with its
 * nonce, not one that is being sent now.
 */
export const defaultBatchWindowMs = 2_000;
const maxPerMessage = 25;
const maxLength = 2_000;
/** Longer than a batch run takes (a few sends of 10 s at most), shorter than the nonce window. */
const leaseMs = 30_000;

type EffectRow = Awaited<ReturnType<Db['rewardEffect']['findMany']>>[number];

export interface AnnounceDeps extends LedgerDeps {
  queue: JobQueue;
  /** ANNOUNCE_BATCH_MS: how long after a guild's announcement the next votes wait to be announced together. */
  announceBatchMs?: number;
}

/**
 * A vote's announcement: sent now when the guild announced nothing within
 * the window (this vote takes the guild's slot, so of concurrent votes one
 * goes at once), otherwise left 'planned' for the guild's batch.
 */
export async function announceVote(
  deps: AnnounceDeps,
  table: LedgerTable,
  effect: EffectRow,
  content: string,
): Promise<EffectStatus> {
  const windowMs = deps.announceBatchMs ?? defaultBatchWindowMs;
  const now = deps.now();
  // Claimed by the guild's batch: it goes out, and is recorded, with the batch.
  if (effect.batchId !== null) return effect.status;
  // A resend of a claimed announcement keeps its own slot.
  if (effect.status === S.planned) {
    const count = await sqlOf(deps.db).run(
      `UPDATE guild_config SET last_announce_at = $2
       WHERE guild_id = $1 AND (last_announce_at IS NULL OR last_announce_at <= $3)`,
      [effect.guildId, now, new Date(now.getTime() - windowMs)],
    );
    if (count === 0) {
      await scheduleBatch(deps, effect.guildId, windowMs);
      return S.planned;
    }
  }
  return sendMessageOnce(deps, table, effect, content, {
    channelId: effect.channelId as string,
    guildId: effect.guildId,
    mention: [effect.userId],
  });
}

async function scheduleBatch(deps: AnnounceDeps, guildId: string, windowMs: number): Promise<void> {
  const config = await deps.db.guildConfig.findUnique({
    where: { guildId },
    select: { lastAnnounceAt: true },
  });
  const at = new Date((config?.lastAnnounceAt?.getTime() ?? deps.now().getTime()) + windowMs);
  // One job per guild and window is enough: it announces whatever is waiting then.
  await deps.queue.send(
    'announceBatch',
    { guildId },
    { startAfter: at, singletonKey: guildId, singletonSeconds: Math.max(1, Math.ceil(windowMs / 1000)) },
  );
}

/** announce.batch: the guild's waiting announcements, together. */
export async function announceBatch(deps: AnnounceDeps, table: LedgerTable, guildId: string): Promise<void> {
  // Another worker sending this guild's batches is done within seconds:
  // this job waits for it, then sends what it left waiting (after 10 s the
  // queue tries the job again later).
  let lease = await takeLease(deps.db, guildId, deps.now());
  for (let tries = 0; !lease && tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    lease = await takeLease(deps.db, guildId, deps.now());
  }
  if (!lease) throw new RetryLaterError(`another worker is announcing guild ${guildId}'s votes`);
  try {
    await announceWaiting(deps, table, guildId);
  } finally {
    await deps.db.guildConfig.updateMany({
      where: { guildId, announceLeaseUntil: lease },
      data: { announceLeaseUntil: null },
    });
  }
}

/** The guild's batch lease until a time no other holder has, or null while another worker holds it. */
async function takeLease(db: Db, guildId: string, now: Date): Promise<Date | null> {
  const until = new Date(now.getTime() + leaseMs);
  const { count } = await db.guildConfig.updateMany({
    where: { guildId, OR: [{ announceLeaseUntil: null }, { announceLeaseUntil: { lt: now } }] },
    data: { announceLeaseUntil: until },
  });
  return count === 1 ? until : null;
}

async function announceWaiting(deps: AnnounceDeps, table: LedgerTable, guildId: string): Promise<void> {
  // A batch claimed by a worker that stopped before its answer: resent with its nonce, or given up (effects.ts).
  for (const leader of await deps.db.rewardEffect.findMany({
    where: { guildId, kind: K.announcement, status: S.sending, batchId: { not: null } },
  })) {
    if (leader.batchId === leader.id) await sendBatch(deps, table, leader);
  }
  // What waits now goes out now, in as few messages as fit; what arrives
  // meanwhile waits for the next window, so that it is not sent a few at a time.
  const now = deps.now();
  for (;;) {
    const leader = await claimBatch(deps, guildId, now);
    if (!leader) break;
    await sendBatch(deps, table, leader);
  }
  const left = await deps.db.rewardEffect.count({
    where: { guildId, kind: K.announcement, status: S.planned },
  });
  if (left > 0) await scheduleBatch(deps, guildId, deps.announceBatchMs ?? defaultBatchWindowMs);
}

/**
 * Claims the guild's waiting announcements whose vote's role has an
 * outcome (a role still being given waits for its vote's retry), as many
 * as fit one message, and writes that message's text on the first of them.
 */
async function claimBatch(deps: AnnounceDeps, guildId: string, before: Date): Promise<EffectRow | null> {
  return deps.db.$transaction(async (tx) => {
    const waiting = await tx.$queryRaw<{ id: bigint }[]>`
      SELECT id FROM reward_effect
      WHERE guild_id = ${guildId} AND kind = 'announcement' AND status = 'planned' AND updated_at <= ${before}
      ORDER BY id LIMIT ${maxPerMessage * 2} FOR UPDATE SKIP LOCKED`;
    if (waiting.length === 0) return null;
    const effects = await tx.rewardEffect.findMany({
      where: { id: { in: waiting.map((w) => w.id) } },
      orderBy: { id: 'asc' },
    });
    const roles = await tx.rewardEffect.findMany({
      where: { voteId: { in: effects.map((e) => e.voteId) }, kind: K.role },
      select: { voteId: true, status: true },
    });
    const roleOf = new Map(roles.map((r) => [r.voteId, r.status]));
    const ready = effects.filter((e) => !openStatuses.includes(roleOf.get(e.voteId) ?? S.done));
    const channelId = ready[0]?.channelId;
    const lines: string[] = [];
    const members: EffectRow[] = [];
    for (const effect of ready) {
      if (effect.channelId !== channelId || members.length >= maxPerMessage) break;
      const line = composeContent(deps, effect, roleOutcome(roleOf.get(effect.voteId)));
      if ([...lines, line].join('\n').length > maxLength && lines.length > 0) break;
      lines.push(line.slice(0, maxLength));
      members.push(effect);
    }
    const leader = members[0];
    if (!leader) return null;
    const now = deps.now();
    await tx.rewardEffect.updateMany({
      where: { id: { in: members.map((m) => m.id) } },
      data: { status: S.sending, batchId: leader.id, updatedAt: now },
    });
    await tx.rewardEffect.update({ where: { id: leader.id }, data: { content: lines.join('\n') } });
    await tx.guildConfig.updateMany({ where: { guildId }, data: { lastAnnounceAt: now } });
    return { ...leader, status: S.sending, batchId: leader.id, updatedAt: now, content: lines.join('\n') };
  });
}

/** Sends a claimed batch on its first announcement and records the outcome on all of them. */
async function sendBatch(deps: AnnounceDeps, table: LedgerTable, leader: EffectRow): Promise<void> {
  const mentions = await deps.db.rewardEffect.findMany({
    where: { batchId: leader.id, status: S.sending },
    select: { id: true, userId: true, voteId: true },
  });
  let status: EffectStatus;
  try {
    status = await sendMessageOnce(deps, table, leader, leader.content ?? '', {
      channelId: leader.channelId as string,
      guildId: leader.guildId,
      mention: [...new Set(mentions.map((m) => m.userId))],
    });
  } catch (err) {
    // Surely not sent (the leader is back to 'planned'): the batch comes apart, to be claimed again.
    const after = await deps.db.rewardEffect.findUnique({
      where: { id: leader.id },
      select: { status: true },
    });
    if (after?.status === S.planned) {
      await deps.db.rewardEffect.updateMany({
        where: { batchId: leader.id, status: { in: [S.sending, S.planned] } },
        data: { status: S.planned, batchId: null },
      });
    }
    throw err;
  }
  if (status === S.sending) return;
  if (status === S.planned) return;
  const others = mentions.filter((m) => m.id !== leader.id).map((m) => m.id);
  if (others.length) {
    await deps.db.rewardEffect.updateMany({
      where: { id: { in: others } },
      data: { status, detail: `announced in one message with ${others.length + 1} votes` },
    });
  }
  await settleVotes(
    deps,
    mentions.map((m) => m.voteId),
    deps.now(),
  );
}

/**
 * Marks votes settled whose every effect has reached a final state, and
 * tells the guild's endpoints how each was rewarded, in one transaction.
 */
export async function settleVotes(
  deps: { db: Db; queue: Pick<JobQueue, 'sendMany'> },
  voteIds: bigint[],
  now: Date,
): Promise<void> {
  if (voteIds.length === 0) return;
  const settle = (sql: Sql) =>
    sql.rows<{ id: bigint }>(
      `UPDATE vote SET settled_at = $1
       WHERE id = ANY($2::bigint[]) AND settled_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM reward_effect e
                         WHERE e.vote_id = vote.id AND e.status::text = ANY($3::text[]))
       RETURNING id`,
      [now, voteIds, [...openStatuses]],
    );
  // Most guilds have no event endpoints: then settling is one statement.
  if (!(await anyEventEndpoints(sqlOf(deps.db), voteIds))) {
    await settle(sqlOf(deps.db));
    return;
  }
  await inSqlTransaction(deps.db, async (tx) => {
    const settled = await settle(tx);
    await recordVoteRewarded(
      deps.queue,
      tx,
      settled.map((v) => v.id),
      now,
    );
  });
}
