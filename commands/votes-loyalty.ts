import type { GuildConfig } from '../src/db/generated/client.js';
import { listTiers, tierCounts } from '../src/db/tiers.js';
import { monthKey } from '../src/domain/loyalty-month.js';
import { tierStandings } from '../src/domain/tiers.js';
import { t } from '../src/messages/index.js';
import { relativeTime } from './look.js';
import type { CommandDeps } from './types.js';

/**
 * The /votes show fields of the loyalty programme: the member's tier on each
 * count the server has tiers for, and the votes to the next. Nothing is
 * read for a server without tiers.
 */
export async function tierFields(
  deps: CommandDeps,
  config: GuildConfig | null,
  guildId: string,
  userId: string,
  now: Date,
  locale = 'en',
): Promise<Array<{ name: string; value: string; inline?: boolean }>> {
  if (!config?.hasTiers) return [];
  const [tiers, counts] = await Promise.all([
    listTiers(deps.db, guildId),
    tierCounts(deps.db, guildId, userId, now),
  ]);
  const standings = tierStandings(tiers, counts);
  if (standings.length === 0) return [];
  const current = standings.map((s) =>
    s.current
      ? t(
          'votes.tier',
          {
            role: `<@&${s.current.roleId}>`,
            votes: s.current.votes,
            counter: t('tier.counter', { counts: s.counts }, locale),
          },
          locale,
        )
      : `${t('votes.noTier', {}, locale)} (${t('tier.counter', { counts: s.counts }, locale)})`,
  );
  const next = standings.map((s) =>
    s.next
      ? t(
          'votes.nextTier',
          {
            role: `<@&${s.next.tier.roleId}>`,
            n: s.next.votesToGo,
            counter: t('tier.counter', { counts: s.counts }, locale),
          },
          locale,
        )
      : t('votes.topTier', { counter: t('tier.counter', { counts: s.counts }, locale) }, locale),
  );
  return [
    { name: t('votes.field.tier', {}, locale), value: current.join('\n'), inline: true },
    { name: t('votes.field.nextTier', {}, locale), value: next.join('\n'), inline: true },
  ];
}

/**
 * Streak protection as /votes show tells it: whether it is still there to
 * keep the streak over a missed window this month (UTC), and its field;
 * nothing when the server does not protect streaks.
 */
export function protectionOf(
  config: GuildConfig | null,
  member: { protectedMonth: string | null; protectedAt: Date | null },
  now: Date,
  locale = 'en',
): { available: boolean; field: Array<{ name: string; value: string; inline: boolean }> } {
  if (!config?.streakProtection) return { available: false, field: [] };
  const available = member.protectedMonth !== monthKey(now);
  const value = available
    ? t('votes.protectionAvailable', {}, locale)
    : t(
        'votes.protectionUsed',
        {
          when: member.protectedAt
            ? relativeTime(member.protectedAt)
            : t('votes.protectionThisMonth', {}, locale),
        },
        locale,
      );
  return { available, field: [{ name: t('votes.field.protection', {}, locale), value, inline: true }] };
}
