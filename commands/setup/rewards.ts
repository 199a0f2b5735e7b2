import type { SlashCommandIntegerOption } from 'discord.js';
import { settingLimits } from '../../src/db/settings.js';
import { durationLimits, formatDuration, parseDuration } from '../../src/domain/duration.js';
import { currencyNoun } from '../../src/domain/vote-message.js';
import { t } from '../../src/messages/index.js';
import { UserFacingError } from '../types.js';
import { type SetupSubcommand, saveAndConfirm } from './subcommand.js';

/** An integer option bounded by its setting's limits. */
const bounded =
  (name: string, description: string, limits: { min: number; max: number }, required = false) =>
  (o: SlashCommandIntegerOption) =>
    o
      .setName(name)
      .setDescription(description)
      .setRequired(required)
      .setMinValue(limits.min)
      .setMaxValue(limits.max);

/** "A vote within 36 hours ... ; a bonus of 100 coins every 5 votes in a row": the streak rules in effect. */
function streakRules(
  c: {
    streakWindowHours: number;
    milestoneEvery: number | null;
    milestoneBonus: number;
    currencyName: string;
  },
  locale: string,
) {
  const milestone =
    c.milestoneEvery && c.milestoneBonus > 0
      ? t(
          'setup.milestone',
          {
            bonus: t(
              'reward.currency',
              { amount: c.milestoneBonus, currency: currencyNoun(c.currencyName, c.milestoneBonus, locale) },
              locale,
            ),
            every: c.milestoneEvery,
          },
          locale,
        )
      : t('setup.noMilestone', {}, locale);
  return t('setup.streak', { window: formatDuration(c.streakWindowHours * 3600, locale), milestone }, locale);
}

/** "Voters now get @Voter for 1 day.": what /setup role and the guided setup confirm. */
export function roleConfirmation(roleId: string, seconds: number | null, locale: string): string {
  return t('setup.role', { role: `<@&${roleId}>`, duration: roleDuration(seconds, locale) }, locale);
}

/** "for 1 day", "for good": how long voters keep the role. */
export function roleDuration(seconds: number | null, locale: string): string {
  return seconds
    ? t('setup.roleFor', { duration: formatDuration(seconds, locale) }, locale)
    : t('setup.roleForGood', {}, locale);
}

/** What a vote earns: the reward role, currency, the reward matrix, streaks and premium. */
export const rewardSubcommands: SetupSubcommand[] = [
  {
    name: 'role',
    description: 'Reward role for voters, optionally for a limited time',
    action: 'roles',
    options: (s) =>
      s
        .addRoleOption((o) => o.setName('role').setDescription('The role').setRequired(true))
        .addStringOption((o) =>
          o
            .setName('duration')
            .setDescription('How long voters keep it, e.g. 12h, 1d (1 minute to 365 days; default: for good)')
            .setMaxLength(durationLimits.maxLength),
        ),
    async run(interaction, deps) {
      const text = interaction.options.getString('duration');
      const duration = text === null ? { ok: true as const, seconds: null } : parseDuration(text);
      if (!duration.ok) throw new UserFacingError(duration.problem);
      const roleId = interaction.options.getRole('role', true).id;
      await saveAndConfirm(
        interaction,
        deps,
        { rewardRoleId: roleId, rewardRoleSeconds: duration.seconds },
        () => roleConfirmation(roleId, duration.seconds, interaction.locale),
      );
    },
  },
  {
    name: 'currency',
    description: 'Currency per vote',
    action: 'settings',
    options: (s) =>
      s
        .addIntegerOption(bounded('amount', 'Amount per vote', settingLimits.currencyAmount, true))
        .addStringOption((o) =>
          o
            .setName('name')
            .setDescription('Currency name, e.g. coins (or coin/coins for an irregular plural)')
            .setMaxLength(settingLimits.currencyNameLength.max),
        ),
    async run(interaction, deps) {
      const name = interaction.options.getString('name');
      const amount = interaction.options.getInteger('amount', true);
      await saveAndConfirm(
        interaction,
        deps,
        { currencyAmount: amount, ...(name ? { currencyName: name } : {}) },
        (c) =>
          t(
            'setup.currency',
            { amount, currency: currencyNoun(c.currencyName, amount, interaction.locale) },
            interaction.locale,
          ),
      );
    },
  },
  {
    name: 'adblocker',
    description: 'Share of the reward for votes cast with an ad blocker',
    action: 'settings',
    options: (s) =>
      s.addIntegerOption(bounded('percent', '0 to 100 (default 50)', settingLimits.adBlockerPercent, true)),
    async run(interaction, deps) {
      const percent = interaction.options.getInteger('percent', true);
      await saveAndConfirm(interaction, deps, { adBlockerPercent: percent }, () =>
        t('setup.adblocker', { percent }, interaction.locale),
      );
    },
  },
  {
    name: 'denials',
    description: 'What votes Rankly did not credit earn (already voted, captcha, ...)',
    action: 'settings',
    options: (s) =>
      s.addStringOption((o) =>
        o
          .setName('policy')
          .setDescription('Reward for those votes')
          .setRequired(true)
          .addChoices(
            { name: 'Nothing (default)', value: 'none' },
            { name: 'The ad-blocker share', value: 'reduced' },
            { name: 'The full reward', value: 'full' },
          ),
      ),
    async run(interaction, deps) {
      const policy = interaction.options.getString('policy', true) as 'none' | 'reduced' | 'full';
      await saveAndConfirm(interaction, deps, { denialPolicy: policy }, (c) =>
        t(`setup.denials.${policy}`, { percent: c.adBlockerPercent }, interaction.locale),
      );
    },
  },
  {
    name: 'premiumrole',
    description: 'Role for members with Rankly premium',
    action: 'roles',
    options: (s) => s.addRoleOption((o) => o.setName('role').setDescription('The role').setRequired(true)),
    async run(interaction, deps) {
      const roleId = interaction.options.getRole('role', true).id;
      await saveAndConfirm(interaction, deps, { premiumRoleId: roleId }, () =>
        t('setup.premiumRole', { role: `<@&${roleId}>` }, interaction.locale),
      );
    },
  },
  {
    name: 'streak',
    description: 'Streak window and milestone bonus',
    action: 'settings',
    options: (s) =>
      s
        .addIntegerOption(
          bounded(
            'window_hours',
            'A vote within this many hours continues the streak (36)',
            settingLimits.streakWindowHours,
          ),
        )
        .addIntegerOption(
          bounded('milestone_every', 'Bonus every N votes in a row', settingLimits.milestoneEvery),
        )
        .addIntegerOption(bounded('milestone_bonus', 'Bonus currency', settingLimits.milestoneBonus))
        .addBooleanOption((o) =>
          o
            .setName('protection')
            .setDescription('Keep a streak over one missed window a month (default: off)'),
        ),
    async run(interaction, deps) {
      const o = interaction.options;
      const window = o.getInteger('window_hours');
      const every = o.getInteger('milestone_every');
      const bonus = o.getInteger('milestone_bonus');
      const protection = o.getBoolean('protection');
      if (window === null && every === null && bonus === null && protection === null) {
        throw new UserFacingError(t('setup.giveAnOption', {}, interaction.locale));
      }
      await saveAndConfirm(
        interaction,
        deps,
        {
          ...(window !== null ? { streakWindowHours: window } : {}),
          ...(every !== null ? { milestoneEvery: every } : {}),
          ...(bonus !== null ? { milestoneBonus: bonus } : {}),
          ...(protection !== null ? { streakProtection: protection } : {}),
        },
        // Protection is mentioned once it is chosen or on.
        (c) =>
          protection === null && !c.streakProtection
            ? streakRules(c, interaction.locale)
            : `${streakRules(c, interaction.locale)} ${t(c.streakProtection ? 'setup.protectionOn' : 'setup.protectionOff', {}, interaction.locale)}`,
      );
    },
  },
  {
    name: 'multiplier',
    description: 'Currency multiplier for voters with premium',
    action: 'settings',
    options: (s) =>
      s.addNumberOption((o) =>
        o
          .setName('value')
          .setDescription('e.g. 2 doubles it (default 1)')
          .setRequired(true)
          .setMinValue(settingLimits.premiumVoteMultiplier.min)
          .setMaxValue(settingLimits.premiumVoteMultiplier.max),
      ),
    async run(interaction, deps) {
      const value = interaction.options.getNumber('value', true);
      await saveAndConfirm(interaction, deps, { premiumVoteMultiplier: value }, () =>
        t('setup.multiplier', { value }, interaction.locale),
      );
    },
  },
  {
    name: 'cooldown',
    description: 'Hours between two votes, shown in /votes (12)',
    action: 'settings',
    options: (s) => s.addIntegerOption(bounded('hours', 'Hours', settingLimits.voteCooldownHours, true)),
    async run(interaction, deps) {
      const hours = interaction.options.getInteger('hours', true);
      await saveAndConfirm(interaction, deps, { voteCooldownHours: hours }, () =>
        t(
          'setup.cooldown',
          { duration: formatDuration(hours * 3600, interaction.locale) },
          interaction.locale,
        ),
      );
    },
  },
];
