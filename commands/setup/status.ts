import { economyPayments } from '../../src/db/economy.js';
import { goalProgress } from '../../src/db/goal.js';
import { getGuildActivity } from '../../src/db/guild-status.js';
import { loadSettings } from '../../src/db/settings.js';
import { shopSummary } from '../../src/db/shop-items.js';
import { describeGuildSecret } from '../../src/db/webhook-secrets.js';
import { problemText, roleProblem } from '../../src/discord/permissions.js';
import { formatDuration } from '../../src/domain/duration.js';
import { policyFrom } from '../../src/domain/reward-policy.js';
import { currencyNoun } from '../../src/domain/vote-message.js';
import { type MessageKey, type MessageValues, t } from '../../src/messages/index.js';
import { goalStatusLine } from '../goal-view.js';
import { dateTime, embed, ephemeral, relativeTime } from '../look.js';
import { checklistText, setupChecklist } from './checklist.js';
import { loyaltyStatus } from './loyalty-status.js';
import { type SetupSubcommand, webhookUrl } from './subcommand.js';

/** The /setup status line about the guild's own secret and the grace of the one it replaced. */
function ownSecretLine(config: Parameters<typeof describeGuildSecret>[0], now: Date, locale: string): string {
  const { own, previousUntil } = describeGuildSecret(config, now);
  const previous = previousUntil ? dateTime(previousUntil) : 'none';
  return t('status.ownSecret', { own: own ? 'yes' : 'no', previous }, locale);
}

/** What the last comparison with Rankly's own count found (RANKLY_API_KEY, jobs/missed-votes.ts). */
function ranklyCountLine(config: Awaited<ReturnType<typeof loadSettings>>, locale: string): string[] {
  if (!config?.ranklyCheckedAt || config.ranklyMonthlyVotes === null || config.ranklyStoredVotes === null)
    return [];
  const rankly = config.ranklyMonthlyVotes;
  const stored = config.ranklyStoredVotes;
  return [
    rankly > stored
      ? `⚠️ ${t('rankly.gap', { rankly, stored }, locale)}`
      : `✅ ${t('rankly.noGap', { rankly, when: relativeTime(config.ranklyCheckedAt) }, locale)}`,
  ];
}

/** Where vote currency goes, and how the UnbelievaBoat payments stand. */
function economyLines(
  config: Awaited<ReturnType<typeof loadSettings>>,
  payments: Awaited<ReturnType<typeof economyPayments>>,
  keySet: boolean,
  locale: string,
): string {
  const where = config?.economyToken
    ? t(
        'status.economy.unbelievaboat',
        { balance: config.economyBalance, mode: config.economyMode, key: keySet ? 'yes' : 'no' },
        locale,
      )
    : t('status.economy.builtIn', {}, locale);
  const currency = t('status.economy.where', { where }, locale);
  const total = payments.paid + payments.pending + payments.failed + payments.unknown;
  if (total === 0) return currency;
  const notGiven = payments.failed + payments.unknown;
  const counts = { paid: payments.paid, pending: payments.pending, notGiven, unknown: payments.unknown };
  return [
    currency,
    t('status.economy.payments', counts, locale),
    ...(payments.lastProblem
      ? [t('status.economy.lastProblem', { problem: payments.lastProblem }, locale)]
      : []),
  ].join('\n');
}

/** The shop's items and sales, the roles on sale the bot cannot give, and whether it is open at all. */
function shopLines(
  shop: Awaited<ReturnType<typeof shopSummary>>,
  config: Awaited<ReturnType<typeof loadSettings>>,
  problemOf: (roleId: string) => string | null,
  locale: string,
): string {
  const closed =
    config?.economyToken && config.economyMode === 'instead' && shop.items > 0
      ? [t('status.shopClosed', {}, locale)]
      : [];
  const roles = [...new Set(shop.roleIds)].flatMap((id) => {
    const problem = problemOf(id);
    return problem ? [t('status.shopRole', { role: `<@&${id}>`, problem }, locale)] : [];
  });
  const counts = { items: shop.items, sold: shop.sold, refunded: shop.refunded };
  return [t('status.shop', counts, locale), ...closed, ...roles].join('\n');
}

export const statusSubcommand: SetupSubcommand = {
  name: 'status',
  description: 'Configuration, permissions and recent activity',
  action: 'settings',
  async run(interaction, deps) {
    const { guildId, locale } = interaction;
    const say = (key: MessageKey, values: MessageValues = {}) => t(key, values, locale);
    const now = deps.now();
    const [config, activity, payments, shop, goal] = await Promise.all([
      loadSettings(deps.db, guildId),
      getGuildActivity(deps.db, guildId, now),
      economyPayments(deps.db, guildId),
      shopSummary(deps.db, guildId),
      goalProgress(deps.db, guildId, now),
    ]);
    const loyalty = await loyaltyStatus(deps.db, interaction.guild, config, locale);
    const p = policyFrom(config);
    const problemOf = (roleId: string) => problemText(roleProblem(interaction.guild, roleId), locale);
    const check = (roleId: string | null) => {
      if (!roleId) return say('status.notSet');
      const problem = problemOf(roleId);
      return `<@&${roleId}> ${problem ? `❌ ${problem}` : `✅ ${say('status.canBeGiven')}`}`;
    };
    const steps = setupChecklist({
      config,
      webhookUrl: webhookUrl(deps, guildId),
      globalSecret: deps.globalWebhookSecret ?? false,
      roleProblem: p.rewardRoleId ? problemOf(p.rewardRoleId) : null,
      locale,
    });
    const currency = (amount: number) => currencyNoun(p.currencyName, amount, locale);
    const reply = embed(say('status.title'))
      .setDescription(checklistText(steps, locale))
      .addFields(
        {
          name: say('status.field.rewards'),
          value: [
            say('status.role', {
              role: check(p.rewardRoleId),
              duration: p.rewardRoleSeconds ? formatDuration(p.rewardRoleSeconds, locale) : 'none',
            }),
            say('status.currency', { amount: p.currencyAmount, currency: currency(p.currencyAmount) }),
            say('status.adBlocker', { percent: p.adBlockerPercent, denials: p.denialPolicy }),
            say('status.dm', { on: p.dmEnabled ? 'yes' : 'no', own: p.dmTemplate !== null ? 'yes' : 'no' }),
            say('status.announce', {
              channel: p.announceChannelId ? `<#${p.announceChannelId}>` : 'none',
              own: p.announceTemplate !== null ? 'yes' : 'no',
            }),
            say('status.streak', {
              hours: p.streakWindowHours,
              every: p.milestoneEvery ?? 0,
              bonus: p.milestoneBonus,
            }),
          ].join('\n'),
        },
        {
          name: say('status.field.economy'),
          value: economyLines(config, payments, Boolean(deps.economy?.key), locale),
        },
        { name: say('status.field.loyalty'), value: loyalty },
        { name: say('status.field.goal'), value: goalStatusLine(goal, p.currencyName, locale) },
        { name: say('status.field.shop'), value: shopLines(shop, config, problemOf, locale) },
        {
          name: say('status.field.premium'),
          value: say('status.premium', {
            role: check(config?.premiumRoleId ?? null),
            multiplier: p.premiumVoteMultiplier,
          }),
        },
        {
          name: say('status.field.webhook'),
          value: [
            ownSecretLine(config, now, locale),
            say('status.activity', {
              last: activity.lastVoteAt ? relativeTime(activity.lastVoteAt) : say('status.never'),
              n: activity.votesToday,
            }),
            say('status.logChannel', { channel: p.logChannelId ? `<#${p.logChannelId}>` : 'none' }),
            ...ranklyCountLine(config, locale),
          ].join('\n'),
        },
        {
          name: say('status.field.inFlight'),
          value: [
            say('status.inFlight', {
              pending: activity.pending,
              notGiven: activity.notGiven,
              dead: activity.deadLetters,
            }),
            ...(activity.notGiven + activity.deadLetters > 0 ? [say('status.replayHint')] : []),
          ].join('\n'),
        },
      );
    await interaction.reply({ embeds: [reply], flags: ephemeral, allowedMentions: { parse: [] } });
  },
};
