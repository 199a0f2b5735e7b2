import { type ClearableSetting, clearableSettings } from '../../src/db/settings.js';
import { t } from '../../src/messages/index.js';
import { languageName } from './language.js';
import { previewMessage, type SetupSubcommand, saveAndConfirm } from './subcommand.js';

export const clearSubcommand: SetupSubcommand = {
  name: 'clear',
  description: 'Turn a setting off, or back to its default',
  action: 'settings',
  options: (s) =>
    s.addStringOption((o) =>
      o
        .setName('setting')
        .setDescription('Which')
        .setRequired(true)
        .addChoices(...Object.keys(clearableSettings).map((k) => ({ name: k, value: k }))),
    ),
  async run(interaction, deps) {
    const setting = interaction.options.getString('setting', true) as ClearableSetting;
    await saveAndConfirm(interaction, deps, clearableSettings[setting], async () => {
      const { locale } = interaction;
      const said =
        setting === 'language'
          ? t('setup.clear.language', { language: languageName(interaction.guild.preferredLocale) }, locale)
          : t(`setup.clear.${setting}`, {}, locale);
      if (setting === 'dmtemplate') return `${said}\n${await previewMessage(interaction, deps, 'dm', null)}`;
      if (setting === 'announcetemplate')
        return `${said}\n${await previewMessage(interaction, deps, 'announcement', null)}`;
      return said;
    });
  },
};
