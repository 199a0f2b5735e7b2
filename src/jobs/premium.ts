import type { Db, DbOrTx } from '../db/client.js';
import { sqlTxOf } from '../db/sql.js';
import type { DiscordActions } from '../discord/actions.js';
import { outcomeOfFailure } from '../discord/errors.js';
import { premiumEffectKind as K, effectStatus as S } from '../domain/effects.js';
import { isEntitled, premiumEvents } from '../domain/premium.js';
import { guildLanguage } from '../domain/vote-message.js';
import type { Logger } from '../log.js';
import { t } from '../messages/index.js';
import type { PremiumPayload } from '../rankly/payloads.js';
import type { JobQueue } from './boss.js';
import { RetryLaterError } from './effects.js';
import { recordPremiumChanged } from './outbound-events.js';
import { applyPremiumEffects, hasOpenEffects } from './premium-effects.js';
import {
  planRoleChanges,
  planThankYous,
  recomputeEntitlement,
  type Scope,
  scheduleFollowUps,
} from './premium-entitlement.js';
import { grantRewardRole } from './role-grant.js';

export interface PremiumDeps {
  db: Db;
  queue: JobQueue;
  discord: DiscordActions;
  log: Logger;
  /** Hours before a non-renewing plan ends to remind its buyer; 0 turns reminders off. */
  reminderHours: number;
  now: () => Date;
  /** How long refused DMs keep the bot from trying again (DMS_CLOSED_DAYS). */
  dmsClosedForMs?: number;
}

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
    const change = await recomputeEntitlement(tx, scope as Scope, subjectId, now);
    await planRoleChanges(tx, eventId, change);
    await recordPremiumChanged(deps.queue, sqlTxOf(tx), change);
    if (event.event === premiumEvents.purchase) {
      const locale = await premiumLocale(deps, tx, scope as Scope, subjectId);
      await planThankYous(tx, eventId, event.payload as PremiumPayload, locale);
    }
    await scheduleFollowUps(deps, tx, change);
    await tx.premiumEvent.update({ where: { id: eventId }, data: { processedAt: now } });
    deps.log.info(
      {
        eventId: eventId.toString(),
        event: event.event,
        scope,
        subjectId,
        status: change.after?.status,
        until: change.after?.until,
      },
      'premium entitlement updated',
    );
    return true;
  });
  if (done || (await hasOpenEffects(deps.db, eventId))) await applyPremiumEffects(deps, eventId);
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
    const change = await recomputeEntitlement(tx, scope, subjectId, now);
    await planRoleChanges(tx, latest.id, change);
    await recordPremiumChanged(deps.queue, sqlTxOf(tx), change);
    return latest.id;
  });
  if (causeId !== null) await applyPremiumEffects(deps, causeId);
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
  const locale = await premiumLocale(deps, deps.db, scope, subjectId);
  const when = `<t:${Math.floor(new Date(until).getTime() / 1000)}:R>`;
  await deps.db.premiumEffect.createMany({
    data: [
      {
        eventId: latest.id,
        kind: K.reminder,
        targetId: userId,
        userId,
        status: S.planned,
        content: t('premium.dm.remind', { scope, tier: current.tierName ?? 'Premium', when }, locale),
      },
    ],
    skipDuplicates: true,
  });
  await applyPremiumEffects(deps, latest.id);
}

/**
 * The language of a premium DM: a server's plan is told in that server's
 * language (its /setup language, else its preferred locale), as its other
 * DMs are; a user's plan belongs to no server, so its DMs are in English.
 */
async function premiumLocale(
  deps: Pick<PremiumDeps, 'discord'>,
  db: DbOrTx,
  scope: Scope,
  subjectId: string,
): Promise<string> {
  if (scope !== 'guild') return 'en';
  const config = await db.guildConfig.findUnique({
    where: { guildId: subjectId },
    select: { language: true },
  });
  return guildLanguage(config?.language, deps.discord.guildLocale?.(subjectId));
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
