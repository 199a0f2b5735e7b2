import { z } from 'zod';
import { durationLimits } from './duration.js';
import { type EffectStatus, effectStatus as S } from './effects.js';
import { isSnowflake, snowflakeRule } from './snowflake.js';

/**
 * The reward shop's rules (README "Shop"), pure: what an item may be, and
 * what a role's delivery outcome means for the purchase.
 *
 * Glossary:
 * - item: something a guild sells for its vote currency (a role, timed or
 *   for good, or a custom item staff hand out).
 * - purchase: one member buying one item once; its idempotency key (the
 *   button's custom id, or the /shop buy interaction's id) makes a double
 *   click or a redelivered interaction buy once.
 * - refund: the price given back, once, when the item cannot be delivered.
 */

/** A purchase's state: paid (the price is taken), refunded (given back, once). */
export const purchaseStatus = Object.freeze({ paid: 'paid', refunded: 'refunded' } as const);
export type PurchaseStatus = (typeof purchaseStatus)[keyof typeof purchaseStatus];

export const shopLimits = {
  nameLength: { min: 1, max: 50 },
  price: { min: 1, max: 1_000_000_000 },
  stock: { min: 1, max: 1_000_000 },
  perMemberLimit: { min: 1, max: 1000 },
  /** A guild's live items: what one message can offer with a button each (5 rows of 5). */
  itemsPerGuild: 25,
} as const;

const int = (limits: { min: number; max: number }) =>
  z
    .number()
    .int('must be a whole number')
    .min(limits.min, `must be at least ${limits.min.toLocaleString('en-US')}`)
    .max(limits.max, `must be at most ${limits.max.toLocaleString('en-US')}`);

/** One validation per field of an item, whoever adds it (/setup shop add, a dashboard later). */
export const shopItemInput = z.object({
  name: z
    .string()
    .trim()
    .min(shopLimits.nameLength.min, 'must not be empty')
    .max(shopLimits.nameLength.max, `must be at most ${shopLimits.nameLength.max} characters`)
    // Item names are shown in messages and as button labels: no mentions or markdown links.
    .refine((name) => !/[<>@`[\]]/.test(name), 'must not contain < > @ ` [ or ]'),
  price: int(shopLimits.price),
  roleId: z.string().refine(isSnowflake, snowflakeRule).nullable(),
  roleSeconds: z.number().int().min(durationLimits.minSeconds).max(durationLimits.maxSeconds).nullable(),
  stock: int(shopLimits.stock).nullable(),
  perMemberLimit: int(shopLimits.perMemberLimit).nullable(),
});
export type ShopItemInput = z.infer<typeof shopItemInput>;

/** The key an item's name is found by: names differ by more than case. */
export const nameKeyOf = (name: string) => name.trim().toLowerCase();

/**
 * Whether a role effect's final outcome means the member did not get what
 * they paid for, so the price goes back. Open statuses are not final: the
 * grant is still being tried (the job retries it).
 */
export function roleOutcomeRefunds(status: EffectStatus): boolean {
  return status !== S.done && status !== S.planned && status !== S.sending;
}

/** Why a purchase could not be made (nothing was taken). */
export type PurchaseRefusal =
  | { reason: 'no_item' }
  | { reason: 'balance'; balance: bigint; price: number }
  | { reason: 'sold_out' }
  | { reason: 'limit'; limit: number };
