import { settingLimits } from '../../src/db/settings.js';
import { durationLimits, formatDuration, parseDuration } from '../../src/domain/duration.js';
import { UserFacingError } from '../types.js';
import { type SetupSubcommand, saveAndConfirm } from './subcommand.js';

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
      const kept = duration.seconds ? `for ${formatDuration(duration.seconds)}` : 'for good';
      await saveAndConfirm(
        interaction,
        deps,
        { rewardRoleId: roleId, rewardRoleSeconds: duration.seconds },
        `Voters now get <@&${roleId}> ${kept}.`,
      );
    },
  },
  {
    name: 'currency',
    description: 'Currency per vote',
    action: 'settings',
    options: (s) =>
      s
        .addIntegerOption((o) =>
          o
            .setName('amount')
            .setDescription('Amount per vote')
            .setRequired(true)
            .setMinValue(settingLimits.currencyAmount.min)
            .setMaxValue(settingLimits.currencyAmount.max),
        )
        .addStringOption((o) =>
          o
            .setName('name')
            .setDescription('Currency name, e.g. coins')
            .setMaxLength(settingLimits.currencyNameLength.max),
        ),
    async run(interaction, deps) {
      const name = interaction.options.getString('name');
      await saveAndConfirm(
        interaction,
        deps,
        {
          currencyAmount: interaction.options.getInteger('amount', true),
          ...(name ? { currencyName: name } : {}),
        },
        'Saved.',
      );
    },
  },
  {
    name: 'adblocker',
    description: 'Share of the reward for votes cast with an ad blocker',
    action: 'settings',
    options: (s) =>
      s.addIntegerOption((o) =>
        o
          .setName('percent')
          .setDescription('0 to 100 (default 50)')
          .setRequired(true)
          .setMinValue(settingLimits.adBlockerPercent.min)
          .setMaxValue(settingLimits.adBlockerPercent.max),
      ),
    async run(interaction, deps) {
      await saveAndConfirm(
        interaction,
        deps,
        { adBlockerPercent: interaction.options.getInteger('percent', true) },
        'Saved.',
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
      await saveAndConfirm(interaction, deps, { denialPolicy: policy }, 'Saved.');
    },
  },
  {
    name: 'premiumrole',
    description: 'Role for members with Rankly premium',
    action: 'roles',
    options: (s) => s.addRoleOption((o) => o.setName('role').setDescription('The role').setRequired(true)),
    async run(interaction, deps) {
      const roleId = interaction.options.getRole('role', true).id;
      await saveAndConfirm(
        interaction,
        deps,
        { premiumRoleId: roleId },
        `Members with Rankly premium now get <@&${roleId}>.`,
      );
    },
  },
  {
    name: 'streak',
    description: 'Streak window and milestone bonus',
    action: 'settings',
    options: (s) =>
      s
        .addIntegerOption((o) =>
          o
            .setName('window_hours')
            .setDescription('A vote within this many hours continues the streak (36)')
            .setMinValue(settingLimits.streakWindowHours.min)
            .setMaxValue(settingLimits.streakWindowHours.max),
        )
        .addIntegerOption((o) =>
          o
            .setName('milestone_every')
            .setDescription('Bonus every N votes in a row')
            .setMinValue(settingLimits.milestoneEvery.min)
            .setMaxValue(settingLimits.milestoneEvery.max),
        )
        .addIntegerOption((o) =>
          o
            .setName('milestone_bonus')
            .setDescription('Bonus currency')
            .setMinValue(settingLimits.milestoneBonus.min)
            .setMaxValue(settingLimits.milestoneBonus.max),
        ),
    async run(interaction, deps) {
      const o = interaction.options;
      const window = o.getInteger('window_hours');
      const every = o.getInteger('milestone_every');
      const bonus = o.getInteger('milestone_bonus');
      if (window === null && every === null && bonus === null) {
        throw new UserFacingError('Give at least one of the options.');
      }
      const parts = [
        window !== null
          ? `a vote within ${formatDuration(window * 3600)} of the last one continues a streak`
          : null,
        every !== null ? `a bonus every ${every} votes in a row` : null,
        bonus !== null ? `the bonus is ${bonus}` : null,
      ].filter(Boolean);
      await saveAndConfirm(
        interaction,
        deps,
        {
          ...(window !== null ? { streakWindowHours: window } : {}),
          ...(every !== null ? { milestoneEvery: every } : {}),
          ...(bonus !== null ? { milestoneBonus: bonus } : {}),
        },
        `Saved: ${parts.join('; ')}.`,
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
      await saveAndConfirm(
        interaction,
        deps,
        { premiumVoteMultiplier: interaction.options.getNumber('value', true) },
        'Saved.',
      );
    },
  },
  {
    name: 'cooldown',
    description: 'Hours between two votes, shown in /votes (12)',
    action: 'settings',
    options: (s) =>
      s.addIntegerOption((o) =>
        o
          .setName('hours')
          .setDescription('Hours')
          .setRequired(true)
          .setMinValue(settingLimits.voteCooldownHours.min)
          .setMaxValue(settingLimits.voteCooldownHours.max),
      ),
    async run(interaction, deps) {
      const hours = interaction.options.getInteger('hours', true);
      await saveAndConfirm(
        interaction,
        deps,
        { voteCooldownHours: hours },
        `/votes now tells members they can vote again ${formatDuration(hours * 3600)} after their last vote.`,
      );
    },
  },
];
