import { type Db, sqlRunnerFor } from '../db/client.js';
import type { Prisma } from '../db/generated/client.js';
import type { Sql, SqlTx } from '../db/sql.js';
import { type EventType, newEventId } from '../domain/outbound-events.js';
import type { JobQueue } from './boss.js';
import type { EntitlementChange } from './premium-entitlement.js';

/**
 * Records one of a guild's events for each of its endpoints, inside `tx`:
 * the event exists exactly when what it reports was committed, and its
 * deliveries are enqueued with it (event-deliver.ts sends them). A guild
 * without endpoints costs one indexed read. Returns whether it has any.
 */
export async function recordEvent(
  queue: Pick<JobQueue, 'sendMany'>,
  tx: SqlTx,
  guildId: string,
  type: EventType,
  data: Prisma.InputJsonObject,
  now: Date,
): Promise<boolean> {
  const endpoints = await tx.rows<{ id: bigint }>('SELECT id FROM event_endpoint WHERE guild_id = $1', [
    guildId,
  ]);
  if (endpoints.length === 0) return false;
  const id = newEventId();
  const deliveries = await tx.rows<{ id: bigint }>(
    `WITH event AS (INSERT INTO outbound_event (id, guild_id, type, body, created_at)
                    VALUES ($1, $2, $3, $4, $5) RETURNING id)
     INSERT INTO event_delivery (event_id, endpoint_id, created_at, updated_at)
     SELECT event.id, endpoint, $5, $5 FROM event, unnest($6::bigint[]) AS endpoint
     RETURNING id`,
    [
      id,
      guildId,
      type,
      JSON.stringify({ type, timestamp: now.toISOString(), data }),
      now,
      endpoints.map((e) => e.id),
    ],
  );
  await queue.sendMany(
    'eventDeliver',
    deliveries.map((d) => ({ deliveryId: d.id.toString() })),
    { db: tx.runner },
  );
  return true;
}

/** vote.rewarded for each of these just-settled votes: every effect with its outcome. */
export async function recordVoteRewarded(
  queue: Pick<JobQueue, 'sendMany'>,
  tx: SqlTx,
  voteIds: bigint[],
  now: Date,
): Promise<void> {
  if (voteIds.length === 0) return;
  const effects = await tx.rows<{
    voteId: bigint;
    guildId: string;
    userId: string;
    kind: string;
    status: string;
    amount: number | null;
    roleId: string | null;
    detail: string | null;
  }>(
    `SELECT vote_id, guild_id, user_id, kind, status, amount, role_id, detail FROM reward_effect
     WHERE vote_id = ANY($1::bigint[]) ORDER BY vote_id, id`,
    [voteIds],
  );
  // A vote with no ledger rows at all is rewarded with nothing: still said.
  const votes = await tx.rows<{ id: bigint; guildId: string; userId: string }>(
    'SELECT id, guild_id, user_id FROM vote WHERE id = ANY($1::bigint[]) ORDER BY id',
    [voteIds],
  );
  for (const vote of votes) {
    await recordEvent(
      queue,
      tx,
      vote.guildId,
      'vote.rewarded',
      {
        voteId: vote.id.toString(),
        userId: vote.userId,
        effects: effects
          .filter((e) => e.voteId === vote.id)
          .map((e) => ({
            kind: e.kind,
            status: e.status,
            ...(e.amount !== null ? { amount: e.amount } : {}),
            ...(e.roleId ? { roleId: e.roleId } : {}),
            ...(e.detail ? { detail: e.detail } : {}),
          })),
      },
      now,
    );
  }
}

/**
 * Sends a guild's failed deliveries again, each with its event's own id
 * (receivers drop what they already have), with a fresh day of retries.
 */
export async function replayFailedEvents(
  db: Db,
  queue: Pick<JobQueue, 'sendMany'>,
  guildId: string,
  now: Date,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const failed = await tx.$queryRaw<{ id: bigint }[]>`
      UPDATE event_delivery d SET status = 'pending', attempts = 0, created_at = ${now}, updated_at = ${now}
      FROM event_endpoint e
      WHERE d.endpoint_id = e.id AND e.guild_id = ${guildId} AND d.status = 'failed'
      RETURNING d.id`;
    if (failed.length)
      await queue.sendMany(
        'eventDeliver',
        failed.map((d) => ({ deliveryId: d.id.toString() })),
        { db: sqlRunnerFor(tx) },
      );
    return failed.length;
  });
}

/**
 * premium.changed, when an entitlement's state changed: to the guild of a
 * server plan, or to every guild the user of a user plan has voted in.
 */
export async function recordPremiumChanged(
  queue: Pick<JobQueue, 'sendMany'>,
  tx: SqlTx,
  change: EntitlementChange,
): Promise<void> {
  const state = (s: EntitlementChange['before']) =>
    s && { status: s.status, tier: s.tierName, until: s.until?.toISOString() ?? null };
  const before = state(change.before);
  const after = state(change.after);
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const guildIds =
    change.scope === 'guild'
      ? [change.subjectId]
      : (
          await tx.rows<{ guildId: string }>(
            `SELECT m.guild_id FROM member m
             WHERE m.user_id = $1 AND EXISTS (SELECT 1 FROM event_endpoint e WHERE e.guild_id = m.guild_id)`,
            [change.subjectId],
          )
        ).map((m) => m.guildId);
  for (const guildId of guildIds)
    await recordEvent(
      queue,
      tx,
      guildId,
      'premium.changed',
      { scope: change.scope, subjectId: change.subjectId, before, after },
      change.now,
    );
}

/** Whether any of these votes' guilds has an event endpoint. */
export async function anyEventEndpoints(sql: Sql, voteIds: bigint[]): Promise<boolean> {
  const [row] = await sql.rows<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM event_endpoint e JOIN vote v ON v.guild_id = e.guild_id
                    WHERE v.id = ANY($1::bigint[])) AS any`,
    [voteIds],
  );
  return row?.any ?? false;
}
