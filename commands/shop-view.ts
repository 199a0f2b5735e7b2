import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import type { ShopItem } from '../src/db/generated/client.js';
import type { PurchaseResult } from '../src/db/shop-purchase.js';
import { formatDuration } from '../src/domain/duration.js';
import { currencyNoun } from '../src/domain/vote-message.js';
import type { Delivery } from '../src/jobs/shop-deliver.js';
import { type MessageKey, type MessageValues, t } from '../src/messages/index.js';
import { embed, relativeTime } from './look.js';

/**
 * What /shop shows: the items, prices, the member's balance and a button
 * per item. A button's custom id is `shop:buy:<item>:<nonce>`, the nonce
 * being the id of the interaction whose answer showed it: it is the
 * purchase's idempotency key, so a double click buys once, and every answer
 * to a click shows fresh buttons (a new nonce) for the next purchase.
 */
/** t() in the reader's language. */
const tl = (locale: string, key: MessageKey, values: MessageValues = {}) => t(key, values, locale);

export const buyButtonPrefix = 'shop:buy:';

export const buyButtonId = (itemId: bigint, nonce: string) => `${buyButtonPrefix}${itemId}:${nonce}`;

export function parseBuyButton(customId: string): { itemId: bigint } | null {
  const match = /^shop:buy:(\d{1,19}):(\d{1,20})$/.exec(customId);
  return match ? { itemId: BigInt(match[1] as string) } : null;
}

export const price = (amount: number | bigint, currency: string, locale = 'en') =>
  tl(locale, 'shop.price', { amount, currency: currencyNoun(currency, amount, locale) });

/** "@VIP for 7 days", "handed out by staff": what an item gives. */
export function itemWhat(item: Pick<ShopItem, 'roleId' | 'roleSeconds'>, locale = 'en'): string {
  if (!item.roleId) return tl(locale, 'shop.itemCustom');
  const role = `<@&${item.roleId}>`;
  return item.roleSeconds
    ? tl(locale, 'shop.itemRoleFor', { role, duration: formatDuration(item.roleSeconds, locale) })
    : tl(locale, 'shop.itemRole', { role });
}

/** " · 3 left · at most 1 per member": an item's stock and limit, when it has them. */
export function itemExtra(item: Pick<ShopItem, 'stock' | 'sold' | 'perMemberLimit'>, locale = 'en'): string {
  return [
    ...(item.stock !== null
      ? [tl(locale, 'shop.itemLeft', { left: Math.max(item.stock - item.sold, 0) })]
      : []),
    ...(item.perMemberLimit !== null ? [tl(locale, 'shop.itemLimit', { limit: item.perMemberLimit })] : []),
  ]
    .map((part) => ` · ${part}`)
    .join('');
}

export function shopMessage(
  view: {
    items: ShopItem[];
    balance: bigint;
    currency: string;
    guildName: string;
    nonce: string;
    locale?: string;
  },
  outcome?: string,
) {
  const { items, currency, nonce } = view;
  const locale = view.locale ?? 'en';
  const lines = items.map(
    (i) =>
      `**${i.name}**: ${price(i.price, currency, locale)} · ${itemWhat(i, locale)}${itemExtra(i, locale)}`,
  );
  const reply = embed(tl(locale, 'shop.title', { server: view.guildName })).setDescription(
    [
      ...(outcome ? [outcome, ''] : []),
      ...(lines.length > 0 ? lines : [tl(locale, 'shop.empty')]),
      '',
      tl(locale, 'shop.balance', { balance: price(view.balance, currency, locale) }),
      ...(lines.length > 0 ? [tl(locale, 'shop.buyHint')] : []),
    ].join('\n'),
  );
  const buttons = items.map((i) =>
    new ButtonBuilder()
      .setCustomId(buyButtonId(i.id, nonce))
      .setLabel(`${i.name} · ${price(i.price, currency, locale)}`.slice(0, 80))
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
  locale = 'en',
): string {
  const cost = price(item.price, currency, locale);
  if (result.outcome === 'refused') {
    if (result.reason === 'balance')
      return tl(locale, 'shop.refused.balance', {
        item: item.name,
        price: cost,
        balance: price(result.balance, currency, locale),
      });
    if (result.reason === 'sold_out') return tl(locale, 'shop.refused.soldOut', { item: item.name });
    if (result.reason === 'limit')
      return tl(locale, 'shop.refused.limit', { item: item.name, limit: result.limit });
    return tl(locale, 'shop.refused.noItem', { item: item.name });
  }
  if (result.outcome === 'duplicate' && delivery?.state !== 'refunded')
    return tl(locale, 'shop.duplicate', { item: item.name });
  if (!delivery || delivery.state === 'on_its_way')
    return tl(locale, 'shop.onItsWay', { item: item.name, price: cost });
  if (delivery.state === 'refunded')
    return tl(locale, 'shop.refunded', { item: item.name, why: delivery.why, price: cost });
  if (delivery.kind === 'notice') return tl(locale, 'shop.bought.notice', { item: item.name, price: cost });
  return tl(locale, 'shop.bought.role', {
    item: item.name,
    price: cost,
    role: `<@&${delivery.roleId}>`,
    until: delivery.expiresAt
      ? tl(locale, 'shop.bought.until', { when: relativeTime(delivery.expiresAt) })
      : '',
  });
}
