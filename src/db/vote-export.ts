import { stringify } from 'csv-stringify/sync';
import {
  currencyKinds,
  rewardEffectKind as K,
  type RewardEffectKind,
  effectStatus as S,
} from '../domain/effects.js';
import { type StatsPeriod, statsWindow } from '../domain/stats-period.js';
import type { Db } from './client.js';
import { utc } from './vote-trends.js';

export const voteCsvHeader = [
  'user_id',
  'voted_at',
  'credited',
  'ad_blocker',
  'denial_reason',
  'rewards_granted',
] as const;

/**
 * A cell a spreadsheet shows as text and never runs: Excel, LibreOffice and
 * Google Sheets read a cell starting with =, +, -, @, a tab or a carriage
 * return as a formula (a denial reason is Rankly's free text, so it could be
 * `=HYPERLINK(...)`). Such a cell gets a leading apostrophe, as OWASP's
 * "CSV Injection" advice says; every cell of an export passes here.
 */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 CSV of text cells, each made spreadsheet-safe. */
const csv = (rows: string[][]) => stringify(rows, { cast: { string: spreadsheetSafe } });

/** The reward kinds a vote can earn, in the order the CSV lists them (reminders are not rewards). */
const rewardKinds: RewardEffectKind[] = [K.role, K.currency, K.milestone, K.economy, K.dm, K.announcement];
/** Kinds listed with their amount, e.g. `economy:25` (paid into UnbelievaBoat). */
const amountKinds: RewardEffectKind[] = [...currencyKinds, K.economy];

type ExportRow = {
  id: bigint;
  userId: string;
  /** ISO 8601 in UTC, formatted by Postgres: Prisma's pg adapter reads timestamptz results in the session time zone. */
  votedAt: string;
  creditsAwarded: boolean;
  adBlocker: boolean;
  creditDenialReason: string | null;
  rewards: string | null;
};

/**
 * A guild's votes in a period as CSV (RFC 4180: fields with commas, quotes
 * or line breaks are quoted, quotes doubled; formulas neutralised), oldest first, in chunks: the
 * header, then one chunk per batch of votes read with a keyset over
 * (voted_at, id), so neither the database nor this process holds the whole
 * export. rewards_granted lists the effects the ledger marks done, e.g.
 * `role;currency:25;dm`. Returning false from `write` stops the export.
 */
export async function exportVotesCsv(
  db: Db,
  opts: { guildId: string; period: StatsPeriod; now: Date; batchSize?: number },
  write: (chunk: string) => boolean | Promise<boolean>,
): Promise<{ votes: number; complete: boolean }> {
  const window = statsWindow(opts.period, opts.now);
  const from = window.from ?? new Date(0);
  const batchSize = opts.batchSize ?? 5000;
  if (!(await write(csv([[...voteCsvHeader]])))) return { votes: 0, complete: false };
  let votes = 0;
  let after = { votedAt: new Date(0).toISOString(), id: 0n };
  for (;;) {
    const rows = await db.$queryRaw<ExportRow[]>`
      SELECT v.id, v.user_id AS "userId", to_char(v.voted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "votedAt", v.credits_awarded AS "creditsAwarded",
             v.ad_blocker AS "adBlocker", v.credit_denial_reason AS "creditDenialReason",
             (SELECT string_agg(e.kind::text || CASE WHEN e.kind::text = ANY(${amountKinds}::text[]) AND e.amount IS NOT NULL
                                               THEN ':' || e.amount ELSE '' END,
                                ';' ORDER BY array_position(${rewardKinds}::text[], e.kind::text))
              FROM reward_effect e
              WHERE e.vote_id = v.id AND e.status::text = ${S.done} AND e.kind::text = ANY(${rewardKinds}::text[])) AS rewards
      FROM vote v
      WHERE v.guild_id = ${opts.guildId} AND v.voted_at >= ${utc(from)} AND v.voted_at < ${utc(window.to)}
        AND (v.voted_at, v.id) > (${after.votedAt}::timestamptz, ${after.id})
      ORDER BY v.voted_at, v.id
      LIMIT ${batchSize}`;
    if (rows.length === 0) return { votes, complete: true };
    const chunk = csv(
      rows.map((r) => [
        r.userId,
        r.votedAt,
        String(r.creditsAwarded),
        String(r.adBlocker),
        r.creditDenialReason ?? '',
        r.rewards ?? '',
      ]),
    );
    if (!(await write(chunk))) return { votes, complete: false };
    votes += rows.length;
    const last = rows[rows.length - 1] as ExportRow;
    after = { votedAt: last.votedAt, id: last.id };
    if (rows.length < batchSize) return { votes, complete: true };
  }
}
