import { guildLanguage } from '../../src/domain/vote-message.js';
import { type Language, languageCodes, languageOf, languages, t } from '../../src/messages/index.js';
import { previewMessage, type SetupSubcommand, saveAndConfirm } from './subcommand.js';

/** The option value that hands the choice back to Discord's preferred locale. */
const serverDefault = 'server';

/** "Deutsch", "Português (Brasil)": a language by its own name, for a Discord locale or one of ours. */
export function languageName(locale: string): string {
  return languages[languageOf(locale)].name;
}

/**
 * /setup language <language>: the language of the guild's DMs and
 * announcements (the reward DM, the reminder, the announcement's default
 * text); an admin's own template is sent as written, in whatever language
 * it is. "server" follows the guild's preferred locale in Discord again.
 * Replies to members are always in each member's own language.
 */
export const languageSubcommand: SetupSubcommand = {
  name: 'language',
  description: 'Language of DMs and announcements (default: the server’s language in Discord)',
  action: 'settings',
  options: (s) =>
    s.addStringOption((o) =>
      o
        .setName('language')
        .setDescription('Which language')
        .setRequired(true)
        .addChoices(
          { name: 'The server’s language in Discord', value: serverDefault },
          ...languageCodes.map((code: Language) => ({ name: languages[code].name, value: code })),
        ),
    ),
  async run(interaction, deps) {
    const { locale } = interaction;
    const choice = interaction.options.getString('language', true);
    const language = choice === serverDefault ? null : choice;
    await saveAndConfirm(interaction, deps, { language }, async (saved) => {
      const effective = languageName(guildLanguage(saved.language, interaction.guild.preferredLocale));
      const said =
        saved.language === null
          ? t('setup.clear.language', { language: effective }, locale)
          : t('setup.language', { language: effective }, locale);
      const preview = await previewMessage(interaction, deps, 'dm', saved.dmTemplate);
      return saved.language === null ? said : `${said}\n${preview}`;
    });
  },
};
