import { economyPayments } from '../../src/db/economy.js';
import { goalProgress } from '../../src/db/goal.js';
import { getGuildActivity } from '../../src/db/guild-status.js';
import { loadSettings } from '../../src/db/settings.js';
import { shopSummary } from '../../src/db/shop-items.js';
import { describeGuildSecret } from '../../src/db/webhook-secrets.js';
import { roleProblem } from '../../src/discord/permissions.js';
import { formatDuration } from '../../src/domain/duration.js';
import { policyFrom } from '../../src/domain/reward-policy.js';
import { t } from '../../src/messages/index.js';
import { goalStatusLine } from '../goal-view.js';
import { dateTime, embed, ephemeral, relativeTime } from '../look.js';
import { checklistText, setupChecklist } from './checklist.js';
import { loyaltyStatus } from './loyalty-status.js';
import { type SetupSubcommand, webhookUrl } from './subcommand.js';

/** The /setup status line about the guild's own secret and the grace of the one it replaced. */
function ownSecretLine(config: Parameters<typeof describeGuildSecret>[0], now: Date): string {
  const { own, previousUntil } = describeGuildSecret(config, now);
  const grace = previousUntil ? ` · the previous one still works until ${dateTime(previousUntil)}` : '';
  return `Own secret: ${own ? 'yes' : 'no (the bot-wide one applies)'}${grace}`;
}

/** What the last comparison with Rankly's own count found (RANKLY_API_KEY, jobs/missed-votes.ts). */
function ranklyCountLine(config: Awaited<ReturnType<typeof loadSettings>>): string[] {
  if (!config?.ranklyCheckedAt || config.ranklyMonthlyVotes === null || config.ranklyStoredVotes === null)
    return [];
  const rankly = config.ranklyMonthlyVotes;
  const stored = config.ranklyStoredVotes;
  return [
    rankly > stored
      ? `⚠️ ${t('rankly.gap', { rankly, stored })}`
      : `✅ ${t('rankly.noGap', { rankly, when: relativeTime(config.ranklyCheckedAt) })}`,
  ];
}

/** Where vote currency goes, and how the UnbelievaBoat payments stand. */
function economyLines(
  config: Awaited<ReturnType<typeof loadSettings>>,
  payments: Awaited<ReturnType<typeof economyPayments>>,
  keySet: boolean,
): string {
  const where = config?.economyToken
    ? `UnbelievaBoat ${config.economyBalance}, ${config.economyMode === 'also' ? 'as well as' : 'instead of'} the built-in balance${keySet ? '' : ' · ❌ ENCRYPTION_KEY is not set on the bot: nothing can be paid'}`
    : 'the built-in balance';
  const total = payments.paid + payments.pending + payments.failed + payments.unknown;
  if (total === 0) return `Vote currency: ${where}`;
  const notGiven = payments.failed + payments.unknown;
  return [
    `Vote currency: ${where}`,
    `UnbelievaBoat payments: ${payments.paid} paid · ${payments.pending} pending · not given: ${notGiven} (${payments.unknown} unknown outcome, never repeated)`,
    ...(payments.lastProblem ? [`Last problem: ${payments.lastProblem}`] : []),
  ].join('\n');
}

/** The shop's items and sales, the roles on sale the bot cannot give, and whether it is open at all. */
function shopLines(
  shop: Awaited<ReturnType<typeof shopSummary>>,
  config: Awaited<ReturnType<typeof loadSettings>>,
  problemOf: (roleId: string) => string | null,
): string {
  const closed =
    config?.economyToken && config.economyMode === 'instead' && shop.items > 0
      ? ['❌ Closed: UnbelievaBoat replaces the built-in balance the shop sells for (README "Shop").']
      : [];
  const roles = [...new Set(shop.roleIds)].flatMap((id) => {
    const problem = problemOf(id);
    return problem ? [`❌ <@&${id}> on sale: ${problem}`] : [];
  });
  const counts = { items: shop.items, sold: shop.sold, refunded: shop.refunded };
  return [t('status.shop', counts), ...closed, ...roles].join('\n');
}

export const statusSubcommand: SetupSubcommand = {
  name: 'status',
  description: 'Configuration, permissions and recent activity',
  action: 'settings',
  async run(interaction, deps) {
    const { guildId } = interaction;
    const now = deps.now();
    const [config, activity, payments, shop, goal] = await Promise.all([
      loadSettings(deps.db, guildId),
      getGuildActivity(deps.db, guildId, now),
      economyPayments(deps.db, guildId),
      shopSummary(deps.db, guildId),
      goalProgress(deps.db, guildId, now),
    ]);
    const loyalty = await loyaltyStatus(deps.db, interaction.guild, config);
    const p = policyFrom(config);
    const check = (roleId: string | null) => {
      if (!roleId) return 'not set';
      const problem = roleProblem(interaction.guild, roleId);
      return `<@&${roleId}> ${problem ? `❌ ${problem}` : '✅ can be given'}`;
    };
    const steps = setupChecklist({
      config,
      webhookUrl: webhookUrl(deps, guildId),
      globalSecret: deps.globalWebhookSecret ?? false,
      roleProblem: p.rewardRoleId ? roleProblem(interaction.guild, p.rewardRoleId) : null,
    });
    const reply = embed('⚙️ Vote rewards: status')
      .setDescription(checklistText(steps))
      .addFields(
        {
          name: 'Rewards',
          value: [
            `Role: ${check(p.rewardRoleId)}${p.rewardRoleSeconds ? ` for ${formatDuration(p.rewardRoleSeconds)}` : ''}`,
            `Currency: ${p.currencyAmount} ${p.currencyName} per vote`,
            `Ad blocker: ${p.adBlockerPercent}% · other denials: ${p.denialPolicy}`,
            `DM: ${p.dmEnabled ? 'on' : 'off'}${p.dmTemplate !== null ? ' (own text)' : ''}`,
            `Announcements: ${p.announceChannelId ? `<#${p.announceChannelId}>` : 'off'}${p.announceTemplate !== null ? ' (own text)' : ''}`,
            `Streak window: ${p.streakWindowHours} h${p.milestoneEvery ? ` · bonus ${p.milestoneBonus} every ${p.milestoneEvery} in a row` : ''}`,
          ].join('\n'),
        },
        { name: 'Economy', value: economyLines(config, payments, Boolean(deps.economy?.key)) },
        { name: 'Loyalty', value: loyalty },
        { name: 'Community goal', value: goalStatusLine(goal, config?.currencyName ?? 'coins') },
        { name: 'Shop', value: shopLines(shop, config, (id) => roleProblem(interaction.guild, id)) },
        {
          name: 'Premium',
          value: `Role: ${check(config?.premiumRoleId ?? null)} · vote multiplier ×${p.premiumVoteMultiplier}`,
        },
        {
          name: 'Webhook',
          value: [
            ownSecretLine(config, now),
            `Last vote received: ${activity.lastVoteAt ? relativeTime(activity.lastVoteAt) : 'never'} · today: ${activity.votesToday}`,
            `Log channel: ${p.logChannelId ? `<#${p.logChannelId}>` : 'not set'}`,
            ...ranklyCountLine(config),
          ].join('\n'),
        },
        {
          name: 'Rewards in flight',
          value: `Pending: ${activity.pending} · not given: ${activity.notGiven} · dead letters: ${activity.deadLetters}${
            activity.notGiven + activity.deadLetters > 0 ? '\nFix the cause, then `/setup replay`.' : ''
          }`,
        },
      );
    await interaction.reply({ embeds: [reply], flags: ephemeral, allowedMentions: { parse: [] } });
  },
};
