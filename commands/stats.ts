import { AttachmentBuilder, type EmbedBuilder } from 'discord.js';
import { svgToPng } from '../src/charts/svg-to-png.js';
import { voteTrendsSvg } from '../src/charts/vote-trends-chart.js';
import type { Db } from '../src/db/client.js';
import { goalProgress } from '../src/db/goal.js';
import { getVoteTrends, type VoteTrends } from '../src/db/vote-trends.js';
import { isStatsPeriod, periodDays, type StatsPeriod } from '../src/domain/stats-period.js';
import { formatNumber, t as message } from '../src/messages/index.js';
import { goalField } from './goal-view.js';
import { embed, ephemeral } from './look.js';
import { type CommandDeps, type GuildCommand, UserFacingError } from './types.js';

export const chartFileName = 'vote-stats.png';

export const periodChoices = [
  { name: 'Last 7 days', value: '7d' },
  { name: 'Last 30 days', value: '30d' },
  { name: 'Last 90 days', value: '90d' },
  { name: 'All time', value: 'all' },
] as const;

export function periodOption(interaction: GuildCommand, fallback: StatsPeriod): StatsPeriod {
  const period = interaction.options.getString('period') ?? fallback;
  if (!isStatsPeriod(period)) throw new UserFacingError(message('stats.pickPeriod', {}, interaction.locale));
  return period;
}

/** "in the last 7 days", "in den letzten 7 Tagen", "of all time": a period in the reader's words. */
export function periodWords(period: StatsPeriod, locale: string): string {
  const days = period === 'all' ? 0 : periodDays[period];
  return message('stats.period', { period: period === 'all' ? 'all' : 'days', days }, locale);
}

export type StatsReply = { embeds: EmbedBuilder[]; files: AttachmentBuilder[] } | { content: string };

/**
 * What /votes stats answers: the chart (votes per day, stacked by kind) in
 * an embed with the guild's voting patterns beneath it, or a friendly line
 * when the period has no votes, in `locale` (the member's). Split from the
 * interaction so the benchmark times exactly this (database and rendering).
 */
export async function buildVoteStatsReply(
  db: Db,
  guildId: string,
  period: StatsPeriod,
  now: Date,
  locale = 'en',
): Promise<StatsReply> {
  const trends = await getVoteTrends(db, guildId, period, now);
  const words = periodWords(period, locale);
  if (trends.total === 0) {
    return {
      content:
        period === 'all'
          ? message('stats.noVotesAll', {}, locale)
          : message('stats.noVotesPeriod', { period: words }, locale),
    };
  }
  const png = await svgToPng(
    voteTrendsSvg({
      title: message('stats.chartTitle', { unit: trends.unit, period: words }, locale),
      unit: trends.unit,
      buckets: trends.buckets,
      locale,
    }),
  );
  const reply = embed(message('stats.title', { period: words }, locale))
    .setImage(`attachment://${chartFileName}`)
    .addFields(statsFields(trends, period, locale));
  return { embeds: [reply], files: [new AttachmentBuilder(png, { name: chartFileName })] };
}

export function statsFields(t: VoteTrends, period: StatsPeriod, locale: string) {
  const hour = t.busiestHour;
  const pad = (h: number) => String(h).padStart(2, '0');
  const share = t.total === 0 ? 0 : t.adBlocker / t.total;
  return [
    {
      name: message('stats.totalVotes', {}, locale),
      value: message(
        'stats.totalValue',
        { total: t.total, credited: t.credited, adBlocker: t.adBlocker, denied: t.denied },
        locale,
      ),
    },
    {
      name: message('stats.uniqueVoters', {}, locale),
      value: formatNumber(t.uniqueVoters, locale),
      inline: true,
    },
    {
      name: message('stats.newReturning', {}, locale),
      value: message('stats.newReturningValue', { new: t.newVoters, returning: t.returningVoters }, locale),
      inline: true,
    },
    {
      name: message('stats.busiestHourName', {}, locale),
      value: hour
        ? message(
            'stats.busiestHour',
            { from: `${pad(hour.hour)}:00`, to: `${pad((hour.hour + 1) % 24)}:00`, n: hour.votes },
            locale,
          )
        : '—',
      inline: true,
    },
    {
      name: message('stats.adBlockerShare', {}, locale),
      value: formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 1 }),
      inline: true,
    },
    { name: message('stats.change', {}, locale), value: describeChange(t, period, locale), inline: true },
  ];
}

function describeChange(t: VoteTrends, period: StatsPeriod, locale: string): string {
  if (period === 'all' || t.previousTotal === null) return message('stats.noPrevious', {}, locale);
  const previous = message('stats.previous', { days: periodDays[period] }, locale);
  if (t.previousTotal === 0) return message('stats.firstVotes', { n: t.total, previous }, locale);
  const ratio = (t.total - t.previousTotal) / t.previousTotal;
  // "±0%" for no change, a true minus sign for a drop.
  const change = `${ratio === 0 ? '±' : ''}${formatNumber(ratio, locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).replace('-', '−')}`;
  return message('stats.changeValue', { change, previous, before: t.previousTotal, after: t.total }, locale);
}

/**
 * /votes stats [period] [private], in the member's language. Deferred:
 * "all" of a big guild can take longer than the 3 seconds Discord waits
 * for an answer.
 */
export async function showVoteStats(interaction: GuildCommand, deps: CommandDeps) {
  const period = periodOption(interaction, '30d');
  const now = deps.now();
  await interaction.deferReply(interaction.options.getBoolean('private') ? { flags: ephemeral } : {});
  const [reply, goal, config] = await Promise.all([
    buildVoteStatsReply(deps.db, interaction.guildId, period, now, interaction.locale),
    goalProgress(deps.db, interaction.guildId, now),
    deps.db.guildConfig.findUnique({
      where: { guildId: interaction.guildId },
      select: { currencyName: true },
    }),
  ]);
  // The community goal's progress, under the period's patterns (README "Community goal").
  if (goal && 'embeds' in reply)
    reply.embeds[0]?.addFields(goalField(goal, config?.currencyName ?? 'coins', interaction.locale));
  await interaction.editReply(reply);
}
