import { type Db, type DbOrTx, sqlRunnerFor } from '../db/client.js';
import type { Prisma } from '../db/generated/client.js';
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
  tx: DbOrTx,
  guildId: string,
  type: EventType,
  data: Prisma.InputJsonObject,
  now: Date,
): Promise<boolean> {
  // Raw SQL: this runs for every vote, and a guild without endpoints should cost only this look-up.
  const endpoints = await tx.$queryRaw<
    { id: bigint }[]
  >`SELECT id FROM event_endpoint WHERE guild_id = ${guildId}`;
  if (endpoints.length === 0) return false;
  const id = newEventId();
  await tx.outboundEvent.create({
    data: { id, guildId, type, body: { type, timestamp: now.toISOString(), data }, createdAt: now },
  });
  const deliveries = await tx.eventDelivery.createManyAndReturn({
    data: endpoints.map((e) => ({ eventId: id, endpointId: e.id, createdAt: now })),
    select: { id: true },
  });
  await queue.sendMany(
    'eventDeliver',
    deliveries.map((d) => ({ deliveryId: d.id.toString() })),
    { db: sqlRunnerFor(tx) },
  );
  return true;
}

/** vote.rewarded for each of these just-settled votes: every effect with its outcome. */
export async function recordVoteRewarded(
  queue: Pick<JobQueue, 'sendMany'>,
  tx: DbOrTx,
  voteIds: bigint[],
  now: Date,
): Promise<void> {
  if (voteIds.length === 0) return;
  const votes = await tx.vote.findMany({
    where: { id: { in: voteIds } },
    select: {
      id: true,
      guildId: true,
      userId: true,
      effects: {
        select: { kind: true, status: true, amount: true, roleId: true, detail: true },
        orderBy: { id: 'asc' },
      },
    },
  });
  for (const vote of votes) {
    await recordEvent(
      queue,
      tx,
      vote.guildId,
      'vote.rewarded',
      {
        voteId: vote.id.toString(),
        userId: vote.userId,
        effects: vote.effects.map((e) => ({
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
  tx: DbOrTx,
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
          await tx.member.findMany({
            where: { userId: change.subjectId, guildId: { in: await guildsWithEndpoints(tx) } },
            select: { guildId: true },
          })
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

async function guildsWithEndpoints(tx: DbOrTx): Promise<string[]> {
  const rows = await tx.eventEndpoint.findMany({ distinct: ['guildId'], select: { guildId: true } });
  return rows.map((r) => r.guildId);
}

/** Whether any of these votes' guilds has an event endpoint. */
export async function anyEventEndpoints(db: DbOrTx, voteIds: bigint[]): Promise<boolean> {
  const [row] = await db.$queryRaw<{ any: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM event_endpoint e JOIN vote v ON v.guild_id = e.guild_id
                   WHERE v.id = ANY(${voteIds}::bigint[])) AS any`;
  return row?.any ?? false;
}
