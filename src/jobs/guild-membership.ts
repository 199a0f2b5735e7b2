import type { Db } from '../db/client.js';
import { sqlOf } from '../db/sql.js';
import type { DiscordActions } from '../discord/actions.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';

/**
 * A vote for a guild the bot is not in (it was removed, or never invited,
 * and the server still posts to this bot's URL) was answered 200 and
 * stored, so Rankly stops retrying. Rewarding it would DM a voter about a
 * server the bot cannot act in and create a member row there, so before
 * its reward is planned the vote is set aside instead: settled with no
 * effect and marked `bot_not_in_guild` (doctor lists such guilds), and
 * counted in rankly_votes_not_in_guild_total.
 *
 * Membership comes from Discord itself, not from what this process has
 * seen: the gateway's cache when it holds the guild, else GET /guilds/<id>
 * (DiscordActions.botInGuild). A worker without the gateway (RUN=worker),
 * one whose shards do not hold the guild, or one whose gateway is still
 * connecting therefore asks Discord rather than wrongly setting a vote
 * aside; when Discord cannot answer, the job fails and is retried like any
 * other Discord failure, so the vote waits.
 *
 * Returns true when the vote was set aside (or had been), and so must not
 * be rewarded.
 */
export async function setAsideIfBotNotInGuild(
  deps: {
    db: Db;
    discord: DiscordActions;
    log: Logger;
    metrics?: Pick<Metrics, 'votesNotInGuild'>;
    now: () => Date;
  },
  voteId: bigint,
): Promise<boolean> {
  const [vote] = await sqlOf(deps.db).rows<{
    guildId: string;
    plannedAt: Date | null;
    botNotInGuild: boolean;
  }>('SELECT guild_id, planned_at, bot_not_in_guild FROM vote WHERE id = $1', [voteId]);
  if (!vote || vote.botNotInGuild) return Boolean(vote?.botNotInGuild);
  // Planned already: the bot was in the guild then, and its effects are owed.
  if (vote.plannedAt) return false;
  if (await deps.discord.botInGuild(vote.guildId)) return false;
  const now = deps.now();
  const { count } = await deps.db.vote.updateMany({
    where: { id: voteId, plannedAt: null },
    data: { botNotInGuild: true, plannedAt: now, settledAt: now },
  });
  if (count === 0) {
    // Another attempt got there first: it set the vote aside, or planned it.
    const current = await deps.db.vote.findUnique({ where: { id: voteId }, select: { botNotInGuild: true } });
    return current?.botNotInGuild ?? false;
  }
  deps.metrics?.votesNotInGuild.inc();
  deps.log.warn(
    { voteId: voteId.toString(), guildId: vote.guildId },
    'vote stored but not rewarded: the bot is not in this guild',
  );
  return true;
}
