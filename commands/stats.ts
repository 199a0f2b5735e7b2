import { AttachmentBuilder, type EmbedBuilder } from 'discord.js';
import { svgToPng } from '../src/charts/svg-to-png.js';
import { voteTrendsSvg } from '../src/charts/vote-trends-chart.js';
import type { Db } from '../src/db/client.js';
import { getVoteTrends, type VoteTrends } from '../src/db/vote-trends.js';
import { describePeriod, isStatsPeriod, periodDays, type StatsPeriod } from '../src/domain/stats-period.js';
import { t as message } from '../src/messages/index.js';
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
  if (!isStatsPeriod(period)) throw new UserFacingError('Pick 7d, 30d, 90d or all.');
  return period;
}

export type StatsReply = { embeds: EmbedBuilder[]; files: AttachmentBuilder[] } | { content: string };

/**
 * What /votes stats answers: the chart (votes per day, stacked by kind) in
 * an embed with the guild's voting patterns beneath it, or a friendly line
 * when the period has no votes. Split from the interaction so the benchmark
 * times exactly this (database and rendering).
 */
export async function buildVoteStatsReply(
  db: Db,
  guildId: string,
  period: StatsPeriod,
  now: Date,
): Promise<StatsReply> {
  const trends = await getVoteTrends(db, guildId, period, now);
  if (trends.total === 0) {
    return {
      content:
        period === 'all'
          ? 'No votes for this server yet. Once members vote on Rankly, their trends show up here.'
          : `No votes for this server ${describePeriod(period)}. Try a longer period, or check back after the next votes.`,
    };
  }
  const unitWord = { day: 'day', week: 'week', month: 'month' }[trends.unit];
  const png = await svgToPng(
    voteTrendsSvg({
      title: `Votes per ${unitWord} ${describePeriod(period)}`,
      unit: trends.unit,
      buckets: trends.buckets,
    }),
  );
  const reply = embed(`📈 Vote trends ${describePeriod(period)}`)
    .setImage(`attachment://${chartFileName}`)
    .addFields(statsFields(trends, period));
  return { embeds: [reply], files: [new AttachmentBuilder(png, { name: chartFileName })] };
}

const count = (n: number) => n.toLocaleString('en-US');
const percent = (part: number, whole: number) =>
  `${whole === 0 ? 0 : ((100 * part) / whole).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;

export function statsFields(t: VoteTrends, period: StatsPeriod) {
  const hour = t.busiestHour;
  const pad = (h: number) => String(h).padStart(2, '0');
  return [
    {
      name: 'Total votes',
      value: `${count(t.total)} (${count(t.credited)} credited · ${count(t.adBlocker)} ad blocker · ${count(t.denied)} denied)`,
    },
    { name: 'Unique voters', value: count(t.uniqueVoters), inline: true },
    {
      name: 'New / returning voters',
      value: `${count(t.newVoters)} new · ${count(t.returningVoters)} returning`,
      inline: true,
    },
    {
      name: 'Busiest hour (UTC)',
      value: hour
        ? message('stats.busiestHour', {
            from: `${pad(hour.hour)}:00`,
            to: `${pad((hour.hour + 1) % 24)}:00`,
            n: hour.votes,
          })
        : '—',
      inline: true,
    },
    { name: 'Ad-blocker share', value: percent(t.adBlocker, t.total), inline: true },
    { name: 'Change', value: describeChange(t, period), inline: true },
  ];
}

function describeChange(t: VoteTrends, period: StatsPeriod): string {
  if (period === 'all' || t.previousTotal === null) return 'None: all time has no previous period';
  const previous = `the previous ${periodDays[period]} days, up to the same time`;
  if (t.previousTotal === 0) return message('stats.firstVotes', { n: t.total, previous });
  const change = (100 * (t.total - t.previousTotal)) / t.previousTotal;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change).toLocaleString('en-US', { maximumFractionDigits: 1 });
  return `${sign}${size}% against ${previous} (${count(t.previousTotal)} → ${count(t.total)})`;
}

/**
 * /votes stats [period] [private]. Deferred: "all" of a big guild can take
 * longer than the 3 seconds Discord waits for an answer.
 */
export async function showVoteStats(interaction: GuildCommand, deps: CommandDeps) {
  const period = periodOption(interaction, '30d');
  const now = deps.now();
  await interaction.deferReply(interaction.options.getBoolean('private') ? { flags: ephemeral } : {});
  await interaction.editReply(await buildVoteStatsReply(deps.db, interaction.guildId, period, now));
}
