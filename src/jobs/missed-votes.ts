import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import { guildLanguage } from '../domain/vote-message.js';
import type { Logger } from '../log.js';
import { t } from '../messages/index.js';
import type { RanklyApi } from '../rankly/api.js';

/**
 * Votes whose delivery was lost (the listener down longer than Rankly
 * retries, a wrong URL) are noticed here: Rankly sends no delivery id and
 * keeps no history to replay, but its read API counts the key's server's
 * votes this month. Fewer arrived than Rankly counted: the gap is saved
 * (for /setup status and /metrics) and told to the log channel once, and
 * again only when it grows; several replicas checking at once tell it once.
 */
export interface MissedVotes {
  guildId: string;
  month: string;
  ranklyVotes: number;
  storedVotes: number;
  gap: number;
  /** The log channel was told (this check found a new or larger gap). */
  reported: boolean;
}

/** 'YYYY-MM' of `now` in UTC, and the month's first instant. */
export function utcMonth(now: Date): { key: string; start: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return { key: start.toISOString().slice(0, 7), start };
}

export async function checkMissedVotes(deps: {
  db: Db;
  api: RanklyApi;
  log: Logger;
  now: () => Date;
  /** Without it (doctor), nothing is posted and nothing is marked as told. */
  discord?: Pick<DiscordActions, 'sendMessage' | 'guildLocale'>;
}): Promise<MissedVotes> {
  const server = await deps.api.server();
  const now = deps.now();
  const month = utcMonth(now);
  // Server votes only: bot votes are counted by Rankly on the bot's page.
  const storedVotes = await deps.db.vote.count({
    where: { guildId: server.id, botId: '', votedAt: { gte: month.start } },
  });
  const gap = Math.max(0, server.monthlyVotes - storedVotes);
  const result = { guildId: server.id, month: month.key, ranklyVotes: server.monthlyVotes, storedVotes, gap };
  if (!deps.discord) return { ...result, reported: false };
  await deps.db.guildConfig.upsert({
    where: { guildId: server.id },
    create: { guildId: server.id },
    update: {},
  });
  // A new month starts with nothing told.
  await deps.db.guildConfig.updateMany({
    where: { guildId: server.id, OR: [{ ranklyMonth: null }, { NOT: { ranklyMonth: month.key } }] },
    data: { ranklyMonth: month.key, ranklyGapReported: 0 },
  });
  await deps.db.guildConfig.update({
    where: { guildId: server.id },
    data: { ranklyCheckedAt: now, ranklyMonthlyVotes: server.monthlyVotes, ranklyStoredVotes: storedVotes },
  });
  // The one check that raises the told gap tells it.
  const { count } = await deps.db.guildConfig.updateMany({
    where: { guildId: server.id, ranklyMonth: month.key, ranklyGapReported: { lt: gap } },
    data: { ranklyGapReported: gap },
  });
  const reported = count === 1;
  if (reported) {
    deps.log.warn(result, 'Rankly counted more votes this month than arrived');
    const config = await deps.db.guildConfig.findUnique({ where: { guildId: server.id } });
    const locale = guildLanguage(config?.language, deps.discord.guildLocale?.(server.id));
    if (config?.logChannelId)
      await deps.discord
        .sendMessage(
          config.logChannelId,
          `⚠️ ${t('rankly.gap', { rankly: server.monthlyVotes, stored: storedVotes }, locale)}`,
        )
        .catch((err: unknown) => deps.log.warn({ err }, 'could not tell the log channel about missed votes'));
  }
  return { ...result, reported };
}

/** Checks every `everyMs` while the workers run (the first a minute after start). */
export function scheduleMissedVoteChecks(
  deps: Parameters<typeof checkMissedVotes>[0],
  everyMs: number,
): () => void {
  const check = () =>
    checkMissedVotes(deps).catch((err: unknown) =>
      deps.log.warn({ err }, 'could not compare vote counts with Rankly'),
    );
  let timer: NodeJS.Timeout | undefined;
  const first = setTimeout(
    () => {
      void check();
      timer = setInterval(check, everyMs);
      timer.unref();
    },
    Math.min(60_000, everyMs),
  );
  first.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

/** Each checked guild's gap as of its last check this month, for /metrics. */
export async function missedVoteGaps(db: Db): Promise<Array<{ guild: string; missed: number }>> {
  const rows = await db.guildConfig.findMany({
    where: { ranklyCheckedAt: { not: null }, ranklyMonth: utcMonth(new Date()).key },
    select: { guildId: true, ranklyMonthlyVotes: true, ranklyStoredVotes: true },
  });
  return rows.map((r) => ({
    guild: r.guildId,
    missed: Math.max(0, (r.ranklyMonthlyVotes ?? 0) - (r.ranklyStoredVotes ?? 0)),
  }));
}
