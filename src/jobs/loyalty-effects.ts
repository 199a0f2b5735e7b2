import { type Db, sqlRunnerFor } from '../db/client.js';
import {
  fixableStatuses,
  loyaltyEffectKind as K,
  openStatuses,
  effectStatus as S,
} from '../domain/effects.js';
import { guildLanguage } from '../domain/vote-message.js';
import { intlLocale, t } from '../messages/index.js';
import type { JobQueue } from './boss.js';
import { applyEach, type LedgerDeps, loyaltyLedger, RetryLaterError, sendMessageOnce } from './effects.js';
import { applyRoleChange } from './role-change.js';

type LoyaltyRow = Awaited<ReturnType<Db['loyaltyEffect']['findMany']>>[number];

const reasons: Record<string, string> = {
  [K.tierGrant]: 'Rankly vote tier reached',
  [K.tierRemove]: 'Rankly vote tier left',
  [K.championGrant]: 'Rankly monthly champion',
  [K.championRemove]: 'Rankly monthly champion: a new month',
};

/**
 * Carries out the open rows of the loyalty ledger of a guild (or of one
 * member): tier and champion roles through the same door as the reward
 * role (the role rule checked again, Discord's refusals sorted and
 * reported), exactly once in effect; then the champions' announcement,
 * at most once with a nonce, composed once the roles it names have an
 * outcome. `parked`: also the grants waiting for the member to join.
 * Throws RetryLaterError when Discord should be asked again later.
 */
export async function applyLoyaltyEffects(
  deps: LedgerDeps,
  scope: { guildId: string; userId?: string | undefined },
  opts: { parked?: boolean } = {},
): Promise<number> {
  const statuses = opts.parked ? [...openStatuses, S.pendingMember] : [...openStatuses];
  const rows = await deps.db.loyaltyEffect.findMany({
    where: {
      guildId: scope.guildId,
      ...(scope.userId ? { userId: scope.userId } : {}),
      status: { in: statuses },
    },
    orderBy: { id: 'asc' },
  });
  if (rows.length === 0) return 0;
  const table = loyaltyLedger(deps.db);
  const roles = rows.filter((r) => r.kind !== K.championAnnouncement);
  let retry: RetryLaterError | undefined;
  try {
    await applyEach(roles, (row) => applyRole(deps, row));
  } catch (err) {
    if (!(err instanceof RetryLaterError)) throw err;
    retry = err;
  }
  // The announcement waits for its roles: it says they are held only once they are.
  if (retry) throw retry;
  await applyEach(
    rows.filter((r) => r.kind === K.championAnnouncement),
    async (row) => {
      if (!row.channelId) return table.record(row.id, S.failed, 'no channel');
      const announcement = row.content
        ? { content: row.content, mention: [] }
        : await composeChampionAnnouncement(deps, row);
      return sendMessageOnce(deps, table, row, announcement.content, {
        channelId: row.channelId,
        mention: announcement.mention,
        guildId: row.guildId,
      });
    },
  );
  return rows.length;
}

function applyRole(deps: LedgerDeps, row: LoyaltyRow) {
  const grant = row.kind === K.tierGrant || row.kind === K.championGrant;
  return applyRoleChange(deps, loyaltyLedger(deps.db), row, {
    guildId: row.guildId,
    roleId: row.roleId,
    // A grant waits for a member who left or has not joined; a removal has nothing to do then.
    notAMember: grant ? S.pendingMember : S.notMember,
    change: grant ? 'grant' : 'remove',
    reason: reasons[row.kind] ?? 'Rankly loyalty',
  });
}

/** The month a 'champions:YYYY-MM' cause names, as "November 2026". */
export function monthName(month: string, locale = 'en'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** "🏆 The top voters of November 2026: @Ana (12 votes), ...", naming the role only if every champion got it. */
async function composeChampionAnnouncement(deps: LedgerDeps, row: LoyaltyRow) {
  const { db } = deps;
  // The guild's language, as the vote announcements (vote-messages.ts): everyone reads it.
  const config = await db.guildConfig.findUnique({
    where: { guildId: row.guildId },
    select: { language: true },
  });
  const locale = guildLanguage(config?.language, deps.discord.guildLocale?.(row.guildId));
  const month = row.cause.replace(/^champions:/, '');
  const closed = await db.loyaltyMonth.findUnique({
    where: { guildId_month: { guildId: row.guildId, month } },
  });
  const champions = (closed?.champions ?? []) as Array<{ userId: string; votes: number }>;
  const grants = await db.loyaltyEffect.findMany({
    where: { guildId: row.guildId, cause: row.cause, kind: K.championGrant },
    select: { status: true, roleId: true },
  });
  const allGiven = grants.length > 0 && grants.every((g) => g.status === S.done);
  const names = champions
    .map((c) => t('champions.name', { user: `<@${c.userId}>`, n: c.votes }, locale))
    .join(', ');
  const content = t(
    'champions.announce',
    {
      month: monthName(month, locale),
      names,
      role: allGiven && grants[0] ? `<@&${grants[0].roleId}>` : 'none',
    },
    locale,
  );
  return { content, mention: champions.map((c) => c.userId) };
}

/**
 * /setup replay for the loyalty ledger: the tier and champion role changes
 * Discord or the role rule refused go back to 'planned', with the job that
 * applies them, in one transaction. Returns how many were sent again.
 */
export async function retryRefusedLoyaltyEffects(db: Db, queue: JobQueue, guildId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.loyaltyEffect.updateMany({
      where: { guildId, status: { in: [...fixableStatuses] }, kind: { not: K.championAnnouncement } },
      data: { status: S.planned, detail: 'retried by an admin' },
    });
    if (count > 0) await queue.send('loyaltyApply', { guildId }, { db: sqlRunnerFor(tx) });
    return count;
  });
}
