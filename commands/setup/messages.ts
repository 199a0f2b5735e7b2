import { ChannelType } from 'discord.js';
import { settingLimits } from '../../src/db/settings.js';
import { type SetupSubcommand, saveAndConfirm } from './subcommand.js';

const textChannels = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;
const templateHelp = 'Placeholders: {user} {streak} {total} {reward} {balance} {currency}';

/** What the bot says and where: the thank-you DM, announcements, the log channel. */
export const messageSubcommands: SetupSubcommand[] = [
  {
    name: 'dm',
    description: 'Thank-you DM to voters',
    action: 'settings',
    options: (s) =>
      s
        .addBooleanOption((o) => o.setName('enabled').setDescription('Send it').setRequired(true))
        .addStringOption((o) =>
          o.setName('template').setDescription(templateHelp).setMaxLength(settingLimits.templateLength.max),
        ),
    async run(interaction, deps) {
      const template = interaction.options.getString('template');
      await saveAndConfirm(
        interaction,
        deps,
        {
          dmEnabled: interaction.options.getBoolean('enabled', true),
          ...(template ? { dmTemplate: template } : {}),
        },
        'Saved.',
      );
    },
  },
  {
    name: 'announce',
    description: 'Announce votes in a channel',
    action: 'settings',
    options: (s) =>
      s
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setDescription('Where')
            .setRequired(true)
            .addChannelTypes(...textChannels),
        )
        .addStringOption((o) =>
          o.setName('template').setDescription(templateHelp).setMaxLength(settingLimits.templateLength.max),
        ),
    async run(interaction, deps) {
      const template = interaction.options.getString('template');
      await saveAndConfirm(
        interaction,
        deps,
        {
          announceChannelId: interaction.options.getChannel('channel', true).id,
          ...(template ? { announceTemplate: template } : {}),
        },
        'Saved.',
      );
    },
  },
  {
    name: 'logchannel',
    description: 'Channel for test webhooks and problems',
    action: 'settings',
    options: (s) =>
      s.addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('Where')
          .setRequired(true)
          .addChannelTypes(...textChannels),
      ),
    async run(interaction, deps) {
      await saveAndConfirm(
        interaction,
        deps,
        { logChannelId: interaction.options.getChannel('channel', true).id },
        'Saved.',
      );
    },
  },
];
