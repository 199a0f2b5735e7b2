import { parseDuration } from '../domain/duration.js';
import { nameKeyOf, type ShopItemInput, shopItemInput, shopLimits } from '../domain/shop.js';
import { CatalogueRefusal, t } from '../messages/index.js';
import type { Db } from './client.js';
import type { ShopItem } from './generated/client.js';

/**
 * A guild's shop items, read and written in one place (as settings.ts is
 * for settings): every item passes domain/shop.ts's validation, whoever
 * adds it. Whether a role is *safe* to sell is discord/permissions.ts's
 * rule, checked by the caller that knows the guild (/setup shop add).
 */

/** A value an item refuses, named as the admin typed it. */
export class InvalidShopItem extends CatalogueRefusal {
  override name = 'InvalidShopItem';
}

/** The guild's items on sale, oldest first (the order /shop shows them in). */
export function listShopItems(db: Db, guildId: string): Promise<ShopItem[]> {
  return db.shopItem.findMany({ where: { guildId, removedAt: null }, orderBy: { id: 'asc' } });
}

/** An item on sale, by its name (any case). */
export function findShopItem(db: Db, guildId: string, name: string): Promise<ShopItem | null> {
  return db.shopItem.findFirst({ where: { guildId, nameKey: nameKeyOf(name), removedAt: null } });
}

/**
 * Adds an item. Refused (InvalidShopItem) when a value is out of bounds,
 * when an item of that name is on sale, or when the shop is full.
 */
export async function addShopItem(db: Db, guildId: string, input: ShopItemInput): Promise<ShopItem> {
  const parsed = shopItemInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // Out-of-bounds values are stopped by the command's own min and max
    // first; this is the last guard, in English.
    throw new InvalidShopItem('refusal.asWritten', {
      text: `${fieldLabels[String(issue?.path[0])] ?? 'a value'} ${issue?.message ?? 'is invalid'}.`,
    });
  }
  const item = parsed.data;
  // Serialised per guild, so two admins adding the same name at once make one item.
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('shop:' || ${guildId}))`;
    const live = await tx.shopItem.findMany({
      where: { guildId, removedAt: null },
      select: { nameKey: true },
    });
    if (live.some((i) => i.nameKey === nameKeyOf(item.name)))
      throw new InvalidShopItem('shop.refused.nameTaken', { item: item.name });
    if (live.length >= shopLimits.itemsPerGuild)
      throw new InvalidShopItem('shop.refused.full', { max: shopLimits.itemsPerGuild });
    return tx.shopItem.create({ data: { guildId, ...item, nameKey: nameKeyOf(item.name) } });
  });
}

/**
 * The role's time of an item as the admin typed it (/setup shop add's
 * `duration`, the dashboard's field): none typed is for good; a duration
 * needs a role, and is read by domain/duration.ts.
 */
export function itemRoleSeconds(
  text: string | null,
  hasRole: boolean,
  locale = 'en',
): { ok: true; seconds: number | null } | { ok: false; problem: string } {
  if (text === null) return { ok: true, seconds: null };
  if (!hasRole) return { ok: false, problem: t('setup.shop.durationNeedsRole', {}, locale) };
  return parseDuration(text);
}

/** Takes an item off sale; its purchases and history stay. Null when none has that name. */
export async function removeShopItem(
  db: Db,
  guildId: string,
  name: string,
  now: Date,
): Promise<ShopItem | null> {
  const item = await findShopItem(db, guildId, name);
  if (!item) return null;
  const { count } = await db.shopItem.updateMany({
    where: { id: item.id, removedAt: null },
    data: { removedAt: now },
  });
  return count === 1 ? item : null;
}

const fieldLabels: Record<string, string> = {
  name: 'the name',
  price: 'the price',
  roleId: 'the role',
  roleSeconds: 'the duration',
  stock: 'the stock',
  perMemberLimit: 'the per-member limit',
};

/** What /setup status says of the shop: items on sale, purchases, refunds, and the roles on sale. */
export async function shopSummary(db: Db, guildId: string) {
  const [items, byStatus] = await Promise.all([
    listShopItems(db, guildId),
    db.shopPurchase.groupBy({ by: ['status'], where: { guildId }, _count: { _all: true } }),
  ]);
  const count = (status: string) => byStatus.find((s) => s.status === status)?._count._all ?? 0;
  return {
    items: items.length,
    sold: count('paid') + count('refunded'),
    refunded: count('refunded'),
    roleIds: items.flatMap((i) => (i.roleId ? [i.roleId] : [])),
  };
}
