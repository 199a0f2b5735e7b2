import type { PremiumApplyEnqueuer } from '../contracts.js';
import { type Db, sqlRunnerFor } from './client.js';

export interface IncomingPremiumEvent {
  orderKey: string;
  event: string;
  purchaseId: string | null;
  orderId: string | null;
  scope: 'user' | 'guild' | null;
  subjectId: string | null;
  occurredAt: Date;
  payload: unknown;
  /** Known events get a premium.apply job; unknown ones are only kept. */
  actionable: boolean;
}

/**
 * Stores a premium event and, for known events, enqueues its premium.apply
 * job in the same transaction. (orderKey, event) is unique: a redelivery,
 * even a concurrent one, inserts nothing.
 */
export async function storePremiumEvent(
  db: Db,
  queue: PremiumApplyEnqueuer,
  e: IncomingPremiumEvent,
): Promise<{ outcome: 'stored'; eventId: bigint } | { outcome: 'duplicate' }> {
  return db.$transaction(async (tx) => {
    const payload = JSON.stringify(e.payload);
    const rows = await tx.$queryRaw<{ id: bigint }[]>`
      INSERT INTO premium_event (order_key, event, purchase_id, order_id, scope, subject_id, occurred_at, payload, processed_at)
      VALUES (${e.orderKey}, ${e.event}, ${e.purchaseId}, ${e.orderId}, ${e.scope}, ${e.subjectId}, ${e.occurredAt},
              ${payload}::jsonb, ${e.actionable ? null : new Date()})
      ON CONFLICT (order_key, event) DO NOTHING
      RETURNING id`;
    const stored = rows[0];
    if (!stored) return { outcome: 'duplicate' } as const;
    if (e.actionable) {
      await queue.send('premiumApply', { eventId: stored.id.toString() }, { db: sqlRunnerFor(tx) });
    }
    return { outcome: 'stored', eventId: stored.id } as const;
  });
}
