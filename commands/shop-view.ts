import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import type { ShopItem } from '../src/db/generated/client.js';
import type { PurchaseResult } from '../src/db/shop-purchase.js';
import { formatDuration } from '../src/domain/duration.js';
import { currencyNoun } from '../src/domain/vote-message.js';
import type { Delivery } from '../src/jobs/shop-deliver.js';
import { t } from '../src/messages/index.js';
import { embed, relativeTime } from './look.js';

/**
 * What /shop shows: the items, prices, the member's balance and a button
 * per item. A button's custom id is `shop:buy:<item>:<nonce>`, the nonce
 * being the id of the interaction whose answer showed it: it is the
 * purchase's idempotency key, so a double click buys once, and every answer
 * to a click shows fresh buttons (a new nonce) for the next purchase.
 */
export const buyButtonPrefix = 'shop:buy:';

export const buyButtonId = (itemId: bigint, nonce: string) => `${buyButtonPrefix}${itemId}:${nonce}`;

export function parseBuyButton(customId: string): { itemId: bigint } | null {
  const match = /^shop:buy:(\d{1,19}):(\d{1,20})$/.exec(customId);
  return match ? { itemId: BigInt(match[1] as string) } : null;
}

export const price = (amount: number | bigint, currency: string) =>
  t('shop.price', { amount, currency: currencyNoun(currency, amount) });

/** "@VIP for 7 days", "handed out by staff": what an item gives. */
export function itemWhat(item: Pick<ShopItem, 'roleId' | 'roleSeconds'>): string {
  if (!item.roleId) return t('shop.itemCustom');
  const role = `<@&${item.roleId}>`;
  return item.roleSeconds
    ? t('shop.itemRoleFor', { role, duration: formatDuration(item.roleSeconds) })
    : t('shop.itemRole', { role });
}

/** " · 3 left · at most 1 per member": an item's stock and limit, when it has them. */
export function itemExtra(item: Pick<ShopItem, 'stock' | 'sold' | 'perMemberLimit'>): string {
  return [
    ...(item.stock !== null ? [t('shop.itemLeft', { left: Math.max(item.stock - item.sold, 0) })] : []),
    ...(item.perMemberLimit !== null ? [t('shop.itemLimit', { limit: item.perMemberLimit })] : []),
  ]
    .map((part) => ` · ${part}`)
    .join('');
}

export function shopMessage(
  view: { items: ShopItem[]; balance: bigint; currency: string; guildName: string; nonce: string },
  outcome?: string,
) {
  const { items, currency, nonce } = view;
  const lines = items.map(
    (i) => `**${i.name}**: ${price(i.price, currency)} · ${itemWhat(i)}${itemExtra(i)}`,
  );
  const reply = embed(`🛒 Shop of ${view.guildName}`).setDescription(
    [
      ...(outcome ? [outcome, ''] : []),
      ...(lines.length > 0 ? lines : [t('shop.empty')]),
      '',
      t('shop.balance', { balance: price(view.balance, currency) }),
      ...(lines.length > 0 ? [t('shop.buyHint')] : []),
    ].join('\n'),
  );
  const buttons = items.map((i) =>
    new ButtonBuilder()
      .setCustomId(buyButtonId(i.id, nonce))
      .setLabel(`${i.name} · ${price(i.price, currency)}`.slice(0, 80))
      .setStyle(ButtonStyle.Primary)
      .setDisabled(i.stock !== null && i.sold >= i.stock),
  );
  const rows: ActionRowBuilder<ButtonBuilder>[] = [];
  for (let i = 0; i < buttons.length && rows.length < 5; i += 5)
    rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(buttons.slice(i, i + 5)));
  return { embeds: [reply], components: rows, allowedMentions: { parse: [] } };
}

/** The sentence a purchase attempt ends with, composed after its outcome. */
export function purchaseText(
  item: Pick<ShopItem, 'name' | 'price'>,
  currency: string,
  result: PurchaseResult,
  delivery: Delivery | null,
): string {
  const cost = price(item.price, currency);
  if (result.outcome === 'refused') {
    if (result.reason === 'balance')
      return t('shop.refused.balance', {
        item: item.name,
        price: cost,
        balance: price(result.balance, currency),
      });
    if (result.reason === 'sold_out') return t('shop.refused.soldOut', { item: item.name });
    if (result.reason === 'limit') return t('shop.refused.limit', { item: item.name, limit: result.limit });
    return t('shop.refused.noItem', { item: item.name });
  }
  if (result.outcome === 'duplicate' && delivery?.state !== 'refunded')
    return t('shop.duplicate', { item: item.name });
  if (!delivery || delivery.state === 'on_its_way')
    return t('shop.onItsWay', { item: item.name, price: cost });
  if (delivery.state === 'refunded')
    return t('shop.refunded', { item: item.name, why: delivery.why, price: cost });
  if (delivery.kind === 'notice') return t('shop.bought.notice', { item: item.name, price: cost });
  return t('shop.bought.role', {
    item: item.name,
    price: cost,
    role: `<@&${delivery.roleId}>`,
    until: delivery.expiresAt ? t('shop.bought.until', { when: relativeTime(delivery.expiresAt) }) : '',
  });
}
