import { Prisma } from '../db/generated/client.js';
import { formatDuration } from '../domain/duration.js';
import { goalEffectKind as K, openStatuses, effectStatus as S } from '../domain/effects.js';
import { currencyNoun, guildLanguage } from '../domain/vote-message.js';
import { formatNumber, t } from '../messages/index.js';
import type { JobQueue } from './boss.js';
import { applyEach, goalLedger, type LedgerDeps, sendMessageOnce } from './effects.js';
import { applyRoleChange } from './role-change.js';
import { holdTimedRoleOnce } from './timed-role.js';

type GoalDeps = LedgerDeps & { queue: JobQueue };

/**
 * goal.reward: a reached goal's reward for everyone who voted in its
 * period, and its one announcement. Safe to repeat, and repeated when a
 * later vote of the period arrives (db/goal.ts):
 * - the coin bonus is one statement that inserts each voter's ledger row
 *   (unique per reached goal, member and kind) and credits the balances of
 *   the rows it inserted, so a member is paid once however often it runs;
 * - role rows are inserted the same way, then granted through the reward
 *   role door; the time is held once per row (expires_at);
 * - the announcement's row is unique per reached goal; the message is sent
 *   at most once (claimed, with a nonce), in the announcement channel, or
 *   the log channel when there is none.
 */
export async function rewardGoal(deps: GoalDeps, reachedId: bigint, onlyUserId?: string): Promise<void> {
  const reached = await deps.db.goalReached.findUnique({ where: { id: reachedId } });
  if (!reached) return;
  const { guildId, period } = reached;
  const log = deps.log.child({ guildId, reachedId: reachedId.toString(), period });
  // A later voter's job looks at their tally only: no scan of the period's voters per vote.
  const voters = onlyUserId ? Prisma.sql`AND user_id = ${onlyUserId}` : Prisma.empty;
  if (reached.rewardCoins > 0) {
    const paid = await deps.db.$executeRaw`
      WITH given AS (
        INSERT INTO goal_effect (reached_id, guild_id, user_id, kind, status, amount, updated_at)
        SELECT ${reachedId}, guild_id, user_id, 'currency', 'done', ${reached.rewardCoins}, now()
        FROM vote_tally WHERE guild_id = ${guildId} AND period = ${period} AND votes > 0 ${voters}
        ON CONFLICT (reached_id, user_id, kind) DO NOTHING
        RETURNING user_id, amount
      )
      UPDATE member SET balance = member.balance + given.amount
      FROM given WHERE member.guild_id = ${guildId} AND member.user_id = given.user_id`;
    if (paid > 0) log.info({ members: paid }, 'community goal bonus paid');
  }
  if (reached.rewardRoleId) {
    await deps.db.$executeRaw`
      INSERT INTO goal_effect (reached_id, guild_id, user_id, kind, status, role_id, role_seconds, updated_at)
      SELECT ${reachedId}, guild_id, user_id, 'role', 'planned', ${reached.rewardRoleId}, ${reached.rewardRoleSeconds}, now()
      FROM vote_tally WHERE guild_id = ${guildId} AND period = ${period} AND votes > 0 ${voters}
      ON CONFLICT (reached_id, user_id, kind) DO NOTHING`;
  }
  const config = await deps.db.guildConfig.findUnique({ where: { guildId } });
  const channelId = config?.announceChannelId ?? config?.logChannelId ?? null;
  if (channelId) {
    await deps.db.goalEffect.createMany({
      data: [{ reachedId, guildId, userId: guildId, kind: K.announcement, status: S.planned, channelId }],
      skipDuplicates: true,
    });
  }
  const open = await deps.db.goalEffect.findMany({
    where: {
      reachedId,
      status: { in: [...openStatuses] },
      ...(onlyUserId ? { userId: { in: [onlyUserId, guildId] } } : {}),
    },
    orderBy: { id: 'asc' },
  });
  const table = goalLedger(deps.db);
  // A member's grant Discord keeps failing is retried by the job; the
  // announcement does not wait for it.
  const roles = applyEach(
    open.filter((e) => e.kind === K.role),
    async (effect) => {
      if (!effect.roleId) return table.record(effect.id, S.failed, 'no role id recorded');
      const status = await applyRoleChange({ ...deps, log }, table, effect, {
        guildId,
        roleId: effect.roleId,
        notAMember: S.notMember,
        change: 'grant',
        reason: 'Rankly community goal reached',
      });
      if (status === S.done && effect.roleSeconds !== null)
        await holdTimedRoleOnce(deps, 'goal_effect', effect);
    },
  ).then(
    () => null,
    (err: unknown) => err,
  );
  const announcement = open.find((e) => e.kind === K.announcement);
  if (announcement?.channelId) {
    // The guild's language, as the vote announcements (vote-messages.ts): everyone reads it.
    const locale = guildLanguage(config?.language, deps.discord.guildLocale?.(guildId));
    const text = t(
      'goal.reached',
      {
        votes: reached.target,
        period: reached.period.startsWith('w') ? 'week' : 'month',
        reward: rewardText(reached, config?.currencyName ?? 'coins', locale),
      },
      locale,
    );
    await sendMessageOnce({ ...deps, log }, table, announcement, text, {
      channelId: announcement.channelId,
      guildId,
    });
  }
  const failed = await roles;
  if (failed) throw failed;
}

/** "50 coins and @Champion for 7 days": what everyone who voted gets. */
export function rewardText(
  r: { rewardCoins: number; rewardRoleId: string | null; rewardRoleSeconds: number | null },
  currency: string,
  locale = 'en',
): string {
  const parts = [
    ...(r.rewardCoins > 0
      ? [`${formatNumber(r.rewardCoins, locale)} ${currencyNoun(currency, r.rewardCoins, locale)}`]
      : []),
    ...(r.rewardRoleId
      ? [
          r.rewardRoleSeconds
            ? t(
                'shop.itemRoleFor',
                { role: `<@&${r.rewardRoleId}>`, duration: formatDuration(r.rewardRoleSeconds, locale) },
                locale,
              )
            : `<@&${r.rewardRoleId}>`,
        ]
      : []),
  ];
  if (parts.length === 2)
    return t('reward.and', { first: parts[0] as string, second: parts[1] as string }, locale);
  return parts[0] ?? t('reward.nothing', {}, locale);
}
