import { type Db, poolOf } from '../db/client.js';
import { refundPurchase } from '../db/shop-purchase.js';
import {
  type EffectStatus,
  shopEffectKind as K,
  openStatuses,
  effectStatus as S,
  type ShopEffectKind,
} from '../domain/effects.js';
import { purchaseStatus } from '../domain/shop.js';
import { guildLanguage } from '../domain/vote-message.js';
import { t } from '../messages/index.js';
import type { JobQueue } from './boss.js';
import { type LedgerDeps, RetryLaterError, sendMessageOnce, shopLedger } from './effects.js';
import { applyRoleChange } from './role-change.js';
import { holdTimedRoleOnce } from './timed-role.js';

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
  const purchase = await loadPurchase(deps.db, purchaseId);
  if (!purchase) return null;
  if (purchase.status === purchaseStatus.refunded)
    return { state: 'refunded', why: purchase.refundDetail ?? '' };
  const { effect } = purchase;
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
        reason: `Rankly shop: ${purchase.itemName}`,
      });
    } else if (openStatuses.includes(status) && effect.kind === K.notice) {
      if (effect.channelId) {
        // For the staff of the guild, so in the guild's language, as the vote announcements.
        const config = await deps.db.guildConfig.findUnique({
          where: { guildId: purchase.guildId },
          select: { language: true },
        });
        const locale = guildLanguage(config?.language, deps.discord.guildLocale?.(purchase.guildId));
        const text = t(
          'shop.notice',
          { user: `<@${purchase.userId}>`, item: purchase.itemName, id: purchaseId.toString() },
          locale,
        );
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
  const expiresAt = effect.kind === K.role ? await holdTimedRoleOnce(deps, 'shop_effect', effect) : null;
  return {
    state: 'delivered',
    kind: effect.kind === K.role ? 'role' : 'notice',
    roleId: effect.roleId,
    expiresAt,
  };
}

/**
 * A purchase with its item's name, its delivery row and its refund's
 * reason, in one query (on /shop buy's path: the ORM's include is three).
 */
async function loadPurchase(db: Db, purchaseId: bigint) {
  const { rows } = await poolOf(db).query<{
    guild_id: string;
    user_id: string;
    status: string;
    item_name: string;
    effect_id: string | null;
    kind: ShopEffectKind | null;
    effect_status: EffectStatus | null;
    role_id: string | null;
    role_seconds: number | null;
    channel_id: string | null;
    updated_at: Date | null;
    refund_detail: string | null;
  }>({
    name: 'shop-deliver-load',
    text: `SELECT p.guild_id, p.user_id, p.status, i.name AS item_name,
                  e.id::text AS effect_id, e.kind, e.status AS effect_status, e.role_id, e.role_seconds,
                  e.channel_id, e.updated_at, r.detail AS refund_detail
           FROM shop_purchase p
           JOIN shop_item i ON i.id = p.item_id
           LEFT JOIN shop_effect e ON e.purchase_id = p.id AND e.kind IN ('${K.role}', '${K.notice}')
           LEFT JOIN shop_effect r ON r.purchase_id = p.id AND r.kind = '${K.refund}'
           WHERE p.id = $1`,
    values: [purchaseId.toString()],
  });
  const row = rows[0];
  if (!row) return null;
  const effect =
    row.effect_id && row.kind && row.effect_status && row.updated_at
      ? {
          id: BigInt(row.effect_id),
          kind: row.kind,
          status: row.effect_status,
          guildId: row.guild_id,
          userId: row.user_id,
          roleId: row.role_id,
          roleSeconds: row.role_seconds,
          channelId: row.channel_id,
          updatedAt: row.updated_at,
        }
      : null;
  return {
    guildId: row.guild_id,
    userId: row.user_id,
    status: row.status,
    itemName: row.item_name,
    refundDetail: row.refund_detail,
    effect,
  };
}

/** Why the buyer got their coins back, in words they can act on. */
function refundReason(status: EffectStatus, roleId: string | null, detail: string | null): string {
  const role = roleId ? `<@&${roleId}>` : 'the item';
  if (status === S.missingPermissions) return t('shop.refund.missingPermissions', { role });
  if (status === S.notMember) return t('shop.refund.notMember');
  if (status === S.refused && detail) return detail;
  return t('shop.refund.failed', { detail: detail ?? 'Discord refused' });
}
