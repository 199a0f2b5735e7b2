import type { GuildConfig } from '../../src/db/generated/client.js';
import { saveChampions, settingLimits } from '../../src/db/settings.js';
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
    // The patch is what the role rule checks; saveChampions (db/settings.ts) stores it with its date.
    await saveAndConfirm(
      interaction,
      deps,
      { championRoleId: roleId, championCount: count },
      (c) => championsSaved(c, interaction.locale),
      () => saveChampions(deps.db, interaction.guildId, { roleId, count }, deps.now()),
    );
  },
};

/** What /setup champions confirms, and the dashboard's notice: who, which role, where it is announced. */
export function championsSaved(c: GuildConfig, locale = 'en'): string {
  return t(
    'setup.champions',
    {
      count: c.championCount,
      role: `<@&${c.championRoleId}>`,
      channel: c.announceChannelId
        ? `<#${c.announceChannelId}>`
        : c.logChannelId
          ? `<#${c.logChannelId}>`
          : 'none',
    },
    locale,
  );
}
