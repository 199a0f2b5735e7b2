import { settingLimits } from '../../src/db/settings.js';
import { t } from '../../src/messages/index.js';
import { type SetupSubcommand, saveAndConfirm } from './subcommand.js';

/** /setup champions <role> [count]: the top voters of each calendar month get a role on the 1st. */
export const championsSubcommand: SetupSubcommand = {
  name: 'champions',
  description: 'A role for the top voters of each calendar month (UTC), moved on the 1st',
  action: 'roles',
  options: (s) =>
    s
      .addRoleOption((o) => o.setName('role').setDescription('The champions’ role').setRequired(true))
      .addIntegerOption((o) =>
        o
          .setName('count')
          .setDescription('How many top voters (default 3)')
          .setMinValue(settingLimits.championCount.min)
          .setMaxValue(settingLimits.championCount.max),
      ),
  async run(interaction, deps) {
    const roleId = interaction.options.getRole('role', true).id;
    const count = interaction.options.getInteger('count') ?? 3;
    const current = await deps.db.guildConfig.findUnique({
      where: { guildId: interaction.guildId },
      select: { championsSince: true, championRoleId: true },
    });
    // Turned on now: the first month crowned is this one. A change of role or count keeps the date.
    const since = current?.championRoleId && current.championsSince ? current.championsSince : deps.now();
    await saveAndConfirm(
      interaction,
      deps,
      { championRoleId: roleId, championCount: count, championsSince: since },
      (c) =>
        t(
          'setup.champions',
          {
            count,
            role: `<@&${roleId}>`,
            channel: c.announceChannelId
              ? `<#${c.announceChannelId}>`
              : c.logChannelId
                ? `<#${c.logChannelId}>`
                : 'none',
          },
          interaction.locale,
        ),
    );
  },
};
