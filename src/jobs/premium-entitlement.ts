import { type DbOrTx, sqlRunnerFor } from '../db/client.js';
import { premiumEffectKind as K, type PremiumEffectKind, effectStatus as S } from '../domain/effects.js';
import {
  computeEntitlement,
  type EntitlementState,
  isEntitled,
  type PremiumFact,
} from '../domain/premium.js';
import { t } from '../messages/index.js';
import { giverId, type PremiumPayload } from '../rankly/payloads.js';
import type { JobQueue } from './boss.js';

export type Scope = 'user' | 'guild';

/** A subject's entitlement before and after its events were folded again, at `now`. */
export interface EntitlementChange {
  scope: Scope;
  subjectId: string;
  before: EntitlementState | null;
  after: EntitlementState | null;
  now: Date;
}

/**
 * Folds all of a subject's events into its entitlement again (domain rules)
 * and stores it; what the premium jobs plan follows from the change. Runs
 * in the job's transaction, one subject at a time.
 */
export async function recomputeEntitlement(
  tx: DbOrTx,
  scope: Scope,
  subjectId: string,
  now: Date,
): Promise<EntitlementChange> {
  // One subject at a time: concurrent events of one buyer fold one after the other.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`premium:${scope}:${subjectId}`}))`;
  const stored = await tx.entitlement.findUnique({ where: { scope_subjectId: { scope, subjectId } } });
  const events = await tx.premiumEvent.findMany({ where: { scope, subjectId }, orderBy: { id: 'asc' } });
  const after = computeEntitlement(events.map(toFact), now);
  if (after) {
    await tx.entitlement.upsert({
      where: { scope_subjectId: { scope, subjectId } },
      create: { scope, subjectId, ...after },
      update: after,
    });
  }
  const before: EntitlementState | null = stored && {
    ...stored,
    status: stored.status as EntitlementState['status'],
  };
  return { scope, subjectId, before, after, now };
}

function toFact(e: { event: string; orderKey: string; occurredAt: Date; payload: unknown }): PremiumFact {
  const p = e.payload as Partial<PremiumPayload>;
  return {
    event: e.event,
    orderKey: e.orderKey,
    occurredAt: e.occurredAt,
    tierId: p.tier?.id ?? null,
    tierName: p.tier?.name ?? null,
    duration: p.tier?.duration ?? null,
    buyerId: p.buyer?.userId ?? null,
    giftedBy: giverId(p as PremiumPayload),
    currentPeriodEnd: p.currentPeriodEnd ? new Date(p.currentPeriodEnd) : null,
    autoRenew: p.autoRenew ?? null,
  };
}

/** A user plan that began or ended: the premium role in every guild that configured one. */
export async function planRoleChanges(tx: DbOrTx, eventId: bigint, change: EntitlementChange): Promise<void> {
  if (change.scope !== 'user') return;
  // The stored status is what the roles reflect (it is 'active' until a job
  // records the end), so compare with it rather than re-judging it at `now`.
  const was = change.before?.status === 'active';
  const is = isEntitled(change.after, change.now);
  if (was === is) return;
  const guilds = await tx.guildConfig.findMany({
    where: { premiumRoleId: { not: null } },
    select: { guildId: true },
  });
  if (guilds.length === 0) return;
  await tx.premiumEffect.createMany({
    data: guilds.map((g) => ({
      eventId,
      kind: is ? K.roleGrant : K.roleRemove,
      targetId: g.guildId,
      userId: change.subjectId,
      status: S.planned,
    })),
    skipDuplicates: true,
  });
}

/** A purchase: thank the buyer, and the recipient of a gift. */
export async function planThankYous(
  tx: DbOrTx,
  eventId: bigint,
  p: PremiumPayload,
  locale = 'en',
): Promise<void> {
  const tier = p.tier?.name ?? 'Premium';
  const giver = giverId(p);
  const recipient = p.recipient?.userId;
  const buyer = p.buyer?.userId;
  const rows: { kind: PremiumEffectKind; targetId: string; userId: string; content: string }[] = [];
  if (buyer) {
    const text =
      recipient && recipient !== buyer
        ? t('premium.dm.gifted', { tier, user: `<@${recipient}>` }, locale)
        : t(p.tier?.planType === 'server' ? 'premium.dm.server' : 'premium.dm.user', { tier }, locale);
    rows.push({ kind: K.dmBuyer, targetId: buyer, userId: buyer, content: text });
  }
  if (recipient && recipient !== buyer) {
    rows.push({
      kind: K.dmRecipient,
      targetId: recipient,
      userId: recipient,
      content: t('premium.dm.gift', { giver: giver ? `<@${giver}>` : 'none', tier }, locale),
    });
  }
  if (rows.length) {
    await tx.premiumEffect.createMany({
      data: rows.map((r) => ({ ...r, eventId, status: S.planned })),
      skipDuplicates: true,
    });
  }
}

/** A new end: the expiry job at it, and the buyer's reminder before it (plans that do not renew). */
export async function scheduleFollowUps(
  deps: { queue: JobQueue; reminderHours: number },
  tx: DbOrTx,
  change: EntitlementChange,
): Promise<void> {
  const { scope, subjectId, before, after, now } = change;
  if (!after || !isEntitled(after, now) || after.until === null) return;
  if (before?.until?.getTime() === after.until.getTime() && before.status === after.status) return;
  const db = sqlRunnerFor(tx);
  // A job at each new end: one that finds the end moved simply does nothing.
  await deps.queue.send('premiumExpire', { scope, subjectId }, { db, startAfter: after.until });
  const remindAt = new Date(after.until.getTime() - deps.reminderHours * 3_600_000);
  if (deps.reminderHours > 0 && !after.autoRenew && remindAt > now) {
    await deps.queue.send(
      'premiumRemind',
      { scope, subjectId, until: after.until.toISOString() },
      { db, startAfter: remindAt },
    );
  }
}
