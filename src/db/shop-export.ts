import { stringify } from 'csv-stringify/sync';
import { shopEffectKind as K } from '../domain/effects.js';
import { type StatsPeriod, statsWindow } from '../domain/stats-period.js';
import type { Db } from './client.js';
import { spreadsheetSafe } from './vote-export.js';
import { utc } from './vote-trends.js';

export const purchaseCsvHeader = [
  'purchase_id',
  'user_id',
  'bought_at',
  'item',
  'price',
  'status',
  'delivery',
  'delivery_status',
  'refunded',
  'refund_reason',
] as const;

type Row = {
  id: bigint;
  userId: string;
  boughtAt: string;
  item: string;
  price: number;
  status: string;
  delivery: string | null;
  deliveryStatus: string | null;
  refunded: number | null;
  refundReason: string | null;
};

/**
 * A guild's shop purchases in a period as CSV, oldest first, one line per
 * purchase with its ledger rows: the debit (price), the delivery (role or
 * notice, and its status) and the refund, if any. Same cell rules as the
 * vote export (RFC 4180, formulas neutralised); read in keyset batches.
 */
export async function exportPurchasesCsv(
  db: Db,
  opts: { guildId: string; period: StatsPeriod; now: Date; batchSize?: number },
  write: (chunk: string) => boolean | Promise<boolean>,
): Promise<{ purchases: number; complete: boolean }> {
  const window = statsWindow(opts.period, opts.now);
  const from = window.from ?? new Date(0);
  const batchSize = opts.batchSize ?? 5000;
  const csv = (rows: string[][]) => stringify(rows, { cast: { string: spreadsheetSafe } });
  if (!(await write(csv([[...purchaseCsvHeader]])))) return { purchases: 0, complete: false };
  let purchases = 0;
  let after = 0n;
  for (;;) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT p.id, p.user_id AS "userId", i.name AS item, p.price, p.status,
             to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "boughtAt",
             d.kind::text AS delivery, d.status::text AS "deliveryStatus",
             r.amount AS refunded, r.detail AS "refundReason"
      FROM shop_purchase p
      JOIN shop_item i ON i.id = p.item_id
      LEFT JOIN shop_effect d ON d.purchase_id = p.id AND d.kind::text IN (${K.role}, ${K.notice})
      LEFT JOIN shop_effect r ON r.purchase_id = p.id AND r.kind::text = ${K.refund}
      WHERE p.guild_id = ${opts.guildId} AND p.created_at >= ${utc(from)} AND p.created_at < ${utc(window.to)}
        AND p.id > ${after}
      ORDER BY p.id
      LIMIT ${batchSize}`;
    if (rows.length === 0) return { purchases, complete: true };
    const chunk = csv(
      rows.map((r) => [
        r.id.toString(),
        r.userId,
        r.boughtAt,
        r.item,
        String(r.price),
        r.status,
        r.delivery ?? '',
        r.deliveryStatus ?? '',
        r.refunded === null ? '' : String(r.refunded),
        r.refundReason ?? '',
      ]),
    );
    if (!(await write(chunk))) return { purchases, complete: false };
    purchases += rows.length;
    after = (rows[rows.length - 1] as Row).id;
    if (rows.length < batchSize) return { purchases, complete: true };
  }
}
