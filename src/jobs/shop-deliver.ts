import { refundPurchase } from '../db/shop-purchase.js';
import {
  type EffectStatus,
  shopEffectKind as K,
  openStatuses,
  effectStatus as S,
} from '../domain/effects.js';
import { purchaseStatus } from '../domain/shop.js';
import { t } from '../messages/index.js';
import type { JobQueue } from './boss.js';
import { type LedgerDeps, RetryLaterError, sendMessageOnce, shopLedger } from './effects.js';
import { applyRoleChange } from './role-change.js';
import { holdTimedRole } from './timed-role.js';

export type ShopDeliverDeps = LedgerDeps & { queue: JobQueue };

/** How a purchase stands after a delivery attempt: what the buyer is told. */
export type Delivery =
  | { state: 'delivered'; kind: 'role' | 'notice'; roleId: string | null; expiresAt: Date | null }
  /** Discord failed in a way worth retrying: the shop.deliver job carries on. */
  | { state: 'on_its_way' }
  | { state: 'refunded'; why: string };

/**
 * Carries out a purchase's ledger rows still to do, and refunds it when its
 * item cannot be delivered. Called by the buyer's interaction at once, and
 * by the shop.deliver job 30 s later (nothing left to do, unless the
 * process died or Discord failed): every step is safe to repeat. A role is
 * granted through the reward role door (role-grant.ts: the role safety
 * rule, then Discord); a timed role's time is added once (expires_at); a
 * custom item's notice to the log channel is sent at most once.
 * `retry`: throw RetryLaterError (the job) instead of answering 'on_its_way'.
 */
export async function deliverPurchase(
  deps: ShopDeliverDeps,
  purchaseId: bigint,
  opts: { retry?: boolean } = {},
): Promise<Delivery | null> {
  const purchase = await deps.db.shopPurchase.findUnique({
    where: { id: purchaseId },
    include: { effects: true, item: { select: { name: true } } },
  });
  if (!purchase) return null;
  const refund = purchase.effects.find((e) => e.kind === K.refund);
  if (purchase.status === purchaseStatus.refunded) return { state: 'refunded', why: refund?.detail ?? '' };
  const effect = purchase.effects.find((e) => e.kind === K.role || e.kind === K.notice);
  if (!effect) return { state: 'delivered', kind: 'notice', roleId: null, expiresAt: null };
  const log = deps.log.child({
    purchaseId: purchaseId.toString(),
    guildId: purchase.guildId,
    effect: effect.kind,
  });
  const table = shopLedger(deps.db);
  let status: EffectStatus = effect.status;
  try {
    if (openStatuses.includes(status) && effect.kind === K.role && effect.roleId) {
      status = await applyRoleChange({ ...deps, log }, table, effect, {
        guildId: purchase.guildId,
        roleId: effect.roleId,
        notAMember: S.notMember,
        change: 'grant',
        reason: `Rankly shop: ${purchase.item.name}`,
      });
    } else if (openStatuses.includes(status) && effect.kind === K.notice) {
      if (effect.channelId) {
        const text = t('shop.notice', {
          user: `<@${purchase.userId}>`,
          item: purchase.item.name,
          id: purchaseId.toString(),
        });
        const to = { channelId: effect.channelId, guildId: purchase.guildId };
        status = await sendMessageOnce({ ...deps, log }, table, effect, text, to);
      } else {
        status = S.failed;
        await table.record(effect.id, status, 'no log channel');
      }
    }
  } catch (err) {
    if (!(err instanceof RetryLaterError) || opts.retry) throw err;
    return { state: 'on_its_way' };
  }
  if (openStatuses.includes(status)) {
    if (opts.retry) throw new RetryLaterError('delivery still under way');
    return { state: 'on_its_way' };
  }
  if (status !== S.done && status !== S.unknown) {
    const fresh = await deps.db.shopEffect.findUnique({ where: { id: effect.id }, select: { detail: true } });
    const why = refundReason(status, effect.roleId, fresh?.detail ?? null);
    await refundPurchase(deps.db, purchaseId, why);
    log.info({ status }, 'shop purchase refunded: its item could not be delivered');
    const refunded = await deps.db.shopEffect.findUnique({
      where: { purchaseId_kind: { purchaseId, kind: K.refund } },
      select: { detail: true },
    });
    return { state: 'refunded', why: refunded?.detail ?? why };
  }
  const expiresAt = effect.kind === K.role ? await startRoleClock(deps, effect) : null;
  return {
    state: 'delivered',
    kind: effect.kind === K.role ? 'role' : 'notice',
    roleId: effect.roleId,
    expiresAt,
  };
}

/** A timed role's time, added once per purchase: the first attempt to find it granted sets expires_at. */
async function startRoleClock(
  deps: ShopDeliverDeps,
  effect: { id: bigint; guildId: string; userId: string; roleId: string | null; roleSeconds: number | null },
): Promise<Date | null> {
  const { roleId, roleSeconds } = effect;
  if (!roleId || roleSeconds === null) return null;
  return deps.db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ expiresAt: Date | null }[]>`
      SELECT expires_at AS "expiresAt" FROM shop_effect WHERE id = ${effect.id} FOR UPDATE`;
    if (row?.expiresAt) return row.expiresAt;
    const expiresAt = await holdTimedRole(deps, tx, {
      guildId: effect.guildId,
      userId: effect.userId,
      roleId,
      seconds: roleSeconds,
      now: deps.now(),
    });
    await tx.shopEffect.update({ where: { id: effect.id }, data: { expiresAt } });
    return expiresAt;
  });
}

/** Why the buyer got their coins back, in words they can act on. */
function refundReason(status: EffectStatus, roleId: string | null, detail: string | null): string {
  const role = roleId ? `<@&${roleId}>` : 'the item';
  if (status === S.missingPermissions) return t('shop.refund.missingPermissions', { role });
  if (status === S.notMember) return t('shop.refund.notMember');
  if (status === S.refused && detail) return detail;
  return t('shop.refund.failed', { detail: detail ?? 'Discord refused' });
}
