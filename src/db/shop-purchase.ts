import type pg from 'pg';
import type { SqlRunner } from '../contracts.js';
import { shopEffectKind as K, effectStatus as S } from '../domain/effects.js';
import { type PurchaseRefusal, purchaseStatus } from '../domain/shop.js';
import { type Db, poolOf } from './client.js';

/** Enqueues the purchase's delivery job in the purchase's own transaction. */
export interface DeliveryEnqueuer {
  send(
    key: 'shopDeliver',
    data: { purchaseId: string },
    opts: { db: SqlRunner; startAfter: Date },
  ): Promise<unknown>;
}

export type PurchaseResult =
  | { outcome: 'bought'; purchaseId: bigint; balance: bigint }
  /** This idempotency key bought already (a double click, a redelivered interaction). */
  | { outcome: 'duplicate'; purchaseId: bigint }
  | ({ outcome: 'refused' } & PurchaseRefusal);

/**
 * A delivery the buyer's own interaction did not finish (the process died,
 * Discord kept failing) is finished by the shop.deliver job after this long:
 * the interaction normally delivers within a second, so the two rarely meet,
 * and when they do every step is idempotent or claimed.
 */
export const deliveryJobDelayMs = 30_000;

/** Thrown inside the transaction to roll it back with the reason nothing was bought. */
class Refused extends Error {
  constructor(readonly refusal: PurchaseRefusal) {
    super(refusal.reason);
  }
}

/**
 * Buys one item, exactly once, in one transaction on a plain pg connection
 * (the hot path of /shop buy: four short statements, no ORM round trips):
 * 1. the purchase row, unique on (guild, member, idempotency key): a second
 *    copy of the same click waits for the first and then inserts nothing;
 * 2. the price taken by a conditional UPDATE (balance >= price), so a
 *    balance never goes below zero, also under concurrent buys; this locks
 *    the member's row, so their per-member limit is counted one at a time;
 * 3. one more sold by a conditional UPDATE (sold < stock): of concurrent
 *    buyers of the last item, the first to commit gets it, the others see
 *    it sold out when Postgres re-reads the row after the lock;
 * 4. the ledger rows (debit done now; role or notice planned) and the
 *    delivery job, committed with the rest.
 */
export async function buyShopItem(
  db: Db,
  queue: DeliveryEnqueuer,
  p: { guildId: string; userId: string; itemId: bigint; key: string; logChannelId: string | null; now: Date },
): Promise<PurchaseResult> {
  const client = await poolOf(db).connect();
  try {
    await client.query('BEGIN');
    try {
      const result = await buyIn(client, queue, p);
      await client.query(result.outcome === 'bought' ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (err) {
      await client.query('ROLLBACK');
      if (err instanceof Refused) return { outcome: 'refused', ...err.refusal };
      throw err;
    }
  } finally {
    client.release();
  }
}

async function buyIn(
  client: pg.PoolClient,
  queue: DeliveryEnqueuer,
  p: Parameters<typeof buyShopItem>[2],
): Promise<PurchaseResult> {
  const inserted = await client.query<{ id: string; price: number }>({
    name: 'shop-buy-insert',
    text: `INSERT INTO shop_purchase (guild_id, user_id, item_id, price, idempotency_key, status)
           SELECT guild_id, $2, id, price, $4, '${purchaseStatus.paid}' FROM shop_item
           WHERE id = $3 AND guild_id = $1 AND removed_at IS NULL
           ON CONFLICT (guild_id, user_id, idempotency_key) DO NOTHING
           RETURNING id::text, price`,
    values: [p.guildId, p.userId, p.itemId.toString(), p.key],
  });
  const purchase = inserted.rows[0];
  if (!purchase) {
    const earlier = await client.query<{ id: string }>(
      'SELECT id::text FROM shop_purchase WHERE guild_id = $1 AND user_id = $2 AND idempotency_key = $3',
      [p.guildId, p.userId, p.key],
    );
    const id = earlier.rows[0]?.id;
    if (id) return { outcome: 'duplicate', purchaseId: BigInt(id) };
    throw new Refused({ reason: 'no_item' });
  }
  const paid = await client.query<{ balance: string }>({
    name: 'shop-buy-debit',
    text: `UPDATE member SET balance = balance - $3
           WHERE guild_id = $1 AND user_id = $2 AND balance >= $3 RETURNING balance::text`,
    values: [p.guildId, p.userId, purchase.price],
  });
  const balance = paid.rows[0]?.balance;
  if (balance === undefined) {
    const had = await client.query<{ balance: string }>(
      'SELECT balance::text FROM member WHERE guild_id = $1 AND user_id = $2',
      [p.guildId, p.userId],
    );
    throw new Refused({
      reason: 'balance',
      balance: BigInt(had.rows[0]?.balance ?? 0),
      price: purchase.price,
    });
  }
  const item = await client.query<{
    role_id: string | null;
    role_seconds: number | null;
    per_member_limit: number | null;
  }>({
    name: 'shop-buy-stock',
    text: `UPDATE shop_item SET sold = sold + 1
           WHERE id = $1 AND (stock IS NULL OR sold < stock)
           RETURNING role_id, role_seconds, per_member_limit`,
    values: [p.itemId.toString()],
  });
  const bought = item.rows[0];
  if (!bought) throw new Refused({ reason: 'sold_out' });
  if (bought.per_member_limit !== null) {
    const held = await client.query<{ n: number }>({
      name: 'shop-buy-held',
      text: `SELECT count(*)::int AS n FROM shop_purchase
             WHERE guild_id = $1 AND user_id = $2 AND item_id = $3 AND status = '${purchaseStatus.paid}'`,
      values: [p.guildId, p.userId, p.itemId.toString()],
    });
    // The count includes this purchase.
    if ((held.rows[0]?.n ?? 0) > bought.per_member_limit)
      throw new Refused({ reason: 'limit', limit: bought.per_member_limit });
  }
  const delivery = bought.role_id
    ? { kind: K.role, roleId: bought.role_id, roleSeconds: bought.role_seconds, channelId: null }
    : { kind: K.notice, roleId: null, roleSeconds: null, channelId: p.logChannelId };
  await client.query({
    name: 'shop-buy-effects',
    text: `INSERT INTO shop_effect (purchase_id, guild_id, user_id, kind, status, amount, role_id, role_seconds, channel_id)
           VALUES ($1, $2, $3, 'debit', '${S.done}', $4, NULL, NULL, NULL),
                  ($1, $2, $3, $5::shop_effect_kind, '${S.planned}', NULL, $6, $7, $8)`,
    values: [
      purchase.id,
      p.guildId,
      p.userId,
      purchase.price,
      delivery.kind,
      delivery.roleId,
      delivery.roleSeconds,
      delivery.channelId,
    ],
  });
  await queue.send(
    'shopDeliver',
    { purchaseId: purchase.id },
    {
      db: { executeSql: async (text, values) => ({ rows: (await client.query(text, values)).rows }) },
      startAfter: new Date(p.now.getTime() + deliveryJobDelayMs),
    },
  );
  return { outcome: 'bought', purchaseId: BigInt(purchase.id), balance: BigInt(balance) };
}

/**
 * Gives a purchase's price back and its item back to the stock, once: the
 * purchase turns 'refunded' by a conditional UPDATE, and only the
 * transaction that did so credits the balance and writes the refund row.
 * Returns false when it was refunded already.
 */
export async function refundPurchase(db: Db, purchaseId: bigint, reason: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [purchase] = await tx.$queryRaw<
      { guildId: string; userId: string; itemId: bigint; price: number }[]
    >`
      UPDATE shop_purchase SET status = ${purchaseStatus.refunded}
      WHERE id = ${purchaseId} AND status = ${purchaseStatus.paid}
      RETURNING guild_id AS "guildId", user_id AS "userId", item_id AS "itemId", price`;
    if (!purchase) return false;
    await tx.$executeRaw`UPDATE member SET balance = balance + ${purchase.price}
                         WHERE guild_id = ${purchase.guildId} AND user_id = ${purchase.userId}`;
    await tx.$executeRaw`UPDATE shop_item SET sold = GREATEST(sold - 1, 0) WHERE id = ${purchase.itemId}`;
    await tx.shopEffect.create({
      data: {
        purchaseId,
        guildId: purchase.guildId,
        userId: purchase.userId,
        kind: K.refund,
        status: S.done,
        amount: purchase.price,
        detail: reason.slice(0, 500),
      },
    });
    return true;
  });
}
