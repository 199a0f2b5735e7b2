import { type ClearableSetting, clearableSettings } from '../../src/db/settings.js';
import { type SetupSubcommand, saveAndConfirm } from './subcommand.js';

export const clearSubcommand: SetupSubcommand = {
  name: 'clear',
  description: 'Turn a setting off',
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
    const patch = clearableSettings[interaction.options.getString('setting', true) as ClearableSetting];
    await saveAndConfirm(interaction, deps, patch, `Turned off: ${Object.keys(patch).join(', ')}.`);
  },
};
