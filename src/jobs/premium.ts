import { type Db, type DbOrTx, sqlRunnerFor } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import { outcomeOfFailure } from '../discord/errors.js';
import {
  premiumEffectKind as K,
  openStatuses,
  type PremiumEffectKind,
  effectStatus as S,
} from '../domain/effects.js';
import {
  computeEntitlement,
  type EntitlementState,
  isEntitled,
  type PremiumFact,
  premiumEvents,
} from '../domain/premium.js';
import type { Logger } from '../log.js';
import { giverId, type PremiumPayload } from '../rankly/payloads.js';
import type { JobQueue } from './boss.js';
import {
  applyEach,
  applyRoleChange,
  type LedgerTable,
  premiumLedger,
  RetryLaterError,
  sendMessageOnce,
} from './effects.js';
import { grantRewardRole } from './role-grant.js';

export interface PremiumDeps {
  db: Db;
  queue: JobQueue;
  discord: DiscordActions;
  log: Logger;
  /** Hours before a non-renewing plan ends to remind its buyer; 0 turns reminders off. */
  reminderHours: number;
  now: () => Date;
}

type Scope = 'user' | 'guild';
type EffectRow = Awaited<ReturnType<Db['premiumEffect']['findMany']>>[number];

/**
 * premium.apply: after a premium event, recompute the subject's entitlement
 * from all its events, schedule its end, and apply what changed: the
 * premium role in every guild that configured one (user plans), and the
 * thank-you DMs of a purchase.
 */
export async function applyPremiumEvent(deps: PremiumDeps, eventId: bigint): Promise<void> {
  const now = deps.now();
  const done = await deps.db.$transaction(async (tx) => {
    const event = await tx.premiumEvent.findUnique({ where: { id: eventId } });
    if (!event || event.processedAt) return false;
    let { scope, subjectId } = event;
    if (!scope || !subjectId) {
      // A lifecycle event that does not name its owner: take it from the
      // purchase of the same order, if that has arrived.
      const sibling = await tx.premiumEvent.findFirst({
        where: { orderKey: event.orderKey, subjectId: { not: null } },
        select: { scope: true, subjectId: true },
      });
      scope = sibling?.scope ?? null;
      subjectId = sibling?.subjectId ?? null;
      if (!scope || !subjectId) {
        // Kept unattributed; the purchase's own job attributes it later.
        await tx.premiumEvent.update({ where: { id: eventId }, data: { processedAt: now } });
        deps.log.info(
          { orderKey: event.orderKey, event: event.event },
          'premium event waits for its purchase',
        );
        return false;
      }
      await tx.premiumEvent.update({ where: { id: eventId }, data: { scope, subjectId } });
    }
    // Attribute earlier events of this order that arrived before their purchase.
    await tx.premiumEvent.updateMany({
      where: { orderKey: event.orderKey, subjectId: null },
      data: { scope, subjectId },
    });
    const { before, after } = await recompute(tx, scope as Scope, subjectId, now);
    await planRoleChanges(tx, eventId, scope as Scope, subjectId, before, after, now);
    if (event.event === premiumEvents.purchase)
      await planThankYous(tx, eventId, event.payload as PremiumPayload);
    await scheduleFollowUps(deps, tx, scope as Scope, subjectId, before, after, now);
    await tx.premiumEvent.update({ where: { id: eventId }, data: { processedAt: now } });
    deps.log.info(
      {
        eventId: eventId.toString(),
        event: event.event,
        scope,
        subjectId,
        status: after?.status,
        until: after?.until,
      },
      'premium entitlement updated',
    );
    return true;
  });
  if (done || (await hasOpenEffects(deps.db, eventId))) await applyEffects(deps, eventId);
}

/** premium.expire: at an entitlement's end, recompute it and take the role off. */
export async function expirePremium(deps: PremiumDeps, scope: Scope, subjectId: string): Promise<void> {
  const now = deps.now();
  const causeId = await deps.db.$transaction(async (tx) => {
    const latest = await tx.premiumEvent.findFirst({
      where: { scope, subjectId },
      orderBy: { id: 'desc' },
      select: { id: true },
    });
    if (!latest) return null;
    const { before, after } = await recompute(tx, scope, subjectId, now);
    await planRoleChanges(tx, latest.id, scope, subjectId, before, after, now);
    return latest.id;
  });
  if (causeId !== null) await applyEffects(deps, causeId);
}

/** premium.remind: a plan that does not renew ends soon; tell its buyer once. */
export async function remindPremium(
  deps: PremiumDeps,
  scope: Scope,
  subjectId: string,
  until: string,
): Promise<void> {
  const now = deps.now();
  const current = await deps.db.entitlement.findUnique({ where: { scope_subjectId: { scope, subjectId } } });
  // Renewed, extended, revoked or turned into auto-renewal since: nothing to say.
  if (!current || !isEntitled(current, now) || current.autoRenew || current.until?.toISOString() !== until)
    return;
  const latest = await deps.db.premiumEvent.findFirst({
    where: { scope, subjectId },
    orderBy: { id: 'desc' },
  });
  const userId = current.buyerId ?? (scope === 'user' ? subjectId : null);
  if (!latest || !userId) return;
  const what =
    scope === 'guild' ? `the ${current.tierName} plan of your server` : `your ${current.tierName} plan`;
  await deps.db.premiumEffect.createMany({
    data: [
      {
        eventId: latest.id,
        kind: K.reminder,
        targetId: userId,
        userId,
        status: S.planned,
        content: `⏳ Heads-up: ${what} ends <t:${Math.floor(new Date(until).getTime() / 1000)}:R>. Renew it on Rankly to keep your perks.`,
      },
    ],
    skipDuplicates: true,
  });
  await applyEffects(deps, latest.id);
}

/** Grants the premium role to a member who joins while entitled. */
export async function syncPremiumRole(deps: PremiumDeps, guildId: string, userId: string): Promise<void> {
  const now = deps.now();
  const [entitlement, config] = await Promise.all([
    deps.db.entitlement.findUnique({ where: { scope_subjectId: { scope: 'user', subjectId: userId } } }),
    deps.db.guildConfig.findUnique({ where: { guildId }, select: { premiumRoleId: true } }),
  ]);
  if (!config?.premiumRoleId || !isEntitled(entitlement, now)) return;
  try {
    const roleId = config.premiumRoleId;
    await grantRewardRole(deps, { guildId, userId, roleId, reason: 'Rankly premium' });
  } catch (err) {
    const outcome = outcomeOfFailure(err, { idempotent: true });
    if (outcome.status === 'retry') throw new RetryLaterError(outcome.detail);
    deps.log.warn(
      { guildId, userId, detail: outcome.detail },
      'could not grant the premium role to a joining member',
    );
  }
}

/** Premium status of a user (across guilds) and of a guild, for commands and the CLI. */
export async function getPremiumStatus(
  db: Db,
  opts: { userId?: string; guildId?: string },
  now = new Date(),
) {
  const view = (e: Awaited<ReturnType<Db['entitlement']['findUnique']>>) =>
    e && {
      tier: e.tierName,
      tierId: e.tierId,
      active: isEntitled(e, now),
      status: isEntitled(e, now) ? 'active' : e.status === 'revoked' ? 'revoked' : 'expired',
      since: e.since,
      until: e.until,
      lifetime: e.until === null && e.status === 'active',
      giftedBy: e.giftedBy,
      autoRenew: e.autoRenew,
    };
  const [user, guild] = await Promise.all([
    opts.userId
      ? db.entitlement.findUnique({ where: { scope_subjectId: { scope: 'user', subjectId: opts.userId } } })
      : null,
    opts.guildId
      ? db.entitlement.findUnique({ where: { scope_subjectId: { scope: 'guild', subjectId: opts.guildId } } })
      : null,
  ]);
  return { user: view(user), guild: view(guild) };
}

async function recompute(tx: DbOrTx, scope: Scope, subjectId: string, now: Date) {
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
  return { before, after };
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

async function planRoleChanges(
  tx: DbOrTx,
  eventId: bigint,
  scope: Scope,
  subjectId: string,
  before: EntitlementState | null,
  after: EntitlementState | null,
  now: Date,
): Promise<void> {
  if (scope !== 'user') return;
  // The stored status is what the roles reflect (it is 'active' until a job
  // records the end), so compare with it rather than re-judging it at `now`.
  const was = before?.status === 'active';
  const is = isEntitled(after, now);
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
      userId: subjectId,
      status: S.planned,
    })),
    skipDuplicates: true,
  });
}

async function planThankYous(tx: DbOrTx, eventId: bigint, p: PremiumPayload): Promise<void> {
  const tier = p.tier?.name ?? 'Premium';
  const giver = giverId(p);
  const recipient = p.recipient?.userId;
  const buyer = p.buyer?.userId;
  const rows: { kind: PremiumEffectKind; targetId: string; userId: string; content: string }[] = [];
  if (buyer) {
    const text =
      recipient && recipient !== buyer
        ? `💝 Thank you for gifting **${tier}** to <@${recipient}>!`
        : p.tier?.planType === 'server'
          ? `💎 Thank you for your purchase! Your server now has **${tier}**.`
          : `💎 Thank you for your purchase! **${tier}** is now active on your account.`;
    rows.push({ kind: K.dmBuyer, targetId: buyer, userId: buyer, content: text });
  }
  if (recipient && recipient !== buyer) {
    rows.push({
      kind: K.dmRecipient,
      targetId: recipient,
      userId: recipient,
      content: `🎁 ${giver ? `<@${giver}>` : 'Someone'} gifted you **${tier}**! Enjoy your premium perks.`,
    });
  }
  if (rows.length) {
    await tx.premiumEffect.createMany({
      data: rows.map((r) => ({ ...r, eventId, status: S.planned })),
      skipDuplicates: true,
    });
  }
}

async function scheduleFollowUps(
  deps: PremiumDeps,
  tx: DbOrTx,
  scope: Scope,
  subjectId: string,
  before: EntitlementState | null,
  after: EntitlementState | null,
  now: Date,
): Promise<void> {
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

async function hasOpenEffects(db: Db, eventId: bigint): Promise<boolean> {
  return (await db.premiumEffect.count({ where: { eventId, status: { in: [...openStatuses] } } })) > 0;
}

/** Roles are retried until Discord confirms; DMs are sent at most once (effects.ts). */
async function applyEffects(deps: PremiumDeps, eventId: bigint): Promise<void> {
  const effects = await deps.db.premiumEffect.findMany({
    where: { eventId, status: { in: [...openStatuses] } },
    orderBy: { id: 'asc' },
  });
  const table = premiumLedger(deps.db);
  await applyEach(effects, (effect) =>
    effect.kind === K.roleGrant || effect.kind === K.roleRemove
      ? applyRole(deps, table, effect)
      : sendMessageOnce(deps, table, effect, effect.content ?? '', { dm: true }),
  );
}

async function applyRole(deps: PremiumDeps, table: LedgerTable, effect: EffectRow) {
  const guildId = effect.targetId;
  const config = await deps.db.guildConfig.findUnique({
    where: { guildId },
    select: { premiumRoleId: true },
  });
  if (!config?.premiumRoleId) return table.record(effect.id, S.failed, 'no premium role configured');
  const grant = effect.kind === K.roleGrant;
  // Not a member of that guild: nothing to change there (granted on join).
  return applyRoleChange(deps, table, effect, {
    guildId,
    roleId: config.premiumRoleId,
    notAMember: S.notMember,
    change: grant ? 'grant' : 'remove',
    reason: grant ? 'Rankly premium' : 'Rankly premium ended',
  });
}
