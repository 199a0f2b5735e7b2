import { rewardEffectKind as K, openStatuses, effectStatus as S } from '../domain/effects.js';
import { guildLanguage } from '../domain/vote-message.js';
import { t } from '../messages/index.js';
import { sendMessageOnce } from './effects.js';
import { type RewardDeps, voteLedger } from './vote-reward.js';

/**
 * vote.remind: the member opted in, and the cooldown after this vote has
 * passed. One reminder per vote (a ledger row like any reward message, so
 * at most once); none if a newer vote came in (it has its own); opting out
 * happens by itself when DMs to the member fail.
 */
export async function remindVoter(
  deps: RewardDeps,
  data: { guildId: string; userId: string; voteId: string },
): Promise<void> {
  const { guildId, userId } = data;
  const voteId = BigInt(data.voteId);
  const [member, latest, config] = await Promise.all([
    deps.db.member.findUnique({ where: { guildId_userId: { guildId, userId } } }),
    deps.db.vote.findFirst({
      where: { guildId, userId },
      orderBy: { votedAt: 'desc' },
      select: { id: true },
    }),
    deps.db.guildConfig.findUnique({ where: { guildId }, select: { language: true } }),
  ]);
  if (!member?.remindEnabled || latest?.id !== voteId) return;
  const server = deps.discord.guildName?.(guildId);
  // A DM from the server, so in the server's language, as the vote's thank-you DM.
  const locale = guildLanguage(config?.language, deps.discord.guildLocale?.(guildId));
  const streak = member.currentStreak;
  await deps.db.rewardEffect.createMany({
    data: [
      {
        voteId,
        guildId,
        userId,
        kind: K.reminder,
        status: S.planned,
        content: server
          ? t('remind.dm', { server, streak }, locale)
          : t('remind.dmNoServer', { streak }, locale),
      },
    ],
    skipDuplicates: true,
  });
  const effect = await deps.db.rewardEffect.findUniqueOrThrow({
    where: { voteId_kind: { voteId, kind: K.reminder } },
  });
  const log = deps.log.child({ guildId, userId, effect: K.reminder });
  // A retry after the send finished only completes the opt-out below.
  const status = openStatuses.includes(effect.status)
    ? await sendMessageOnce({ ...deps, log }, voteLedger(deps), effect, effect.content ?? '', { dm: true })
    : effect.status;
  if (status === S.dmsClosed) {
    await deps.db.member.update({
      where: { guildId_userId: { guildId, userId } },
      data: { remindEnabled: false },
    });
  }
}
