import { ChannelType, type SlashCommandChannelOption, type SlashCommandStringOption } from 'discord.js';
import { settingLimits } from '../../src/db/settings.js';
import { placeholderList } from '../../src/domain/template.js';
import { t } from '../../src/messages/index.js';
import { previewMessage, type SetupSubcommand, saveAndConfirm } from './subcommand.js';

const textChannels = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

const templateOption = (o: SlashCommandStringOption) =>
  o
    .setName('template')
    .setDescription(`Your own text. Placeholders: ${placeholderList}`.slice(0, 100))
    .setMaxLength(settingLimits.templateLength.max);
const channelOption = (o: SlashCommandChannelOption) =>
  o
    .setName('channel')
    .setDescription('Where')
    .setRequired(true)
    .addChannelTypes(...textChannels);

/** What the bot says and where: the thank-you DM, announcements, the log channel. */
export const messageSubcommands: SetupSubcommand[] = [
  {
    name: 'dm',
    description: 'Thank-you DM to voters',
    action: 'settings',
    options: (s) =>
      s
        .addBooleanOption((o) => o.setName('enabled').setDescription('Send it').setRequired(true))
        .addStringOption(templateOption),
    async run(interaction, deps) {
      const template = interaction.options.getString('template');
      const enabled = interaction.options.getBoolean('enabled', true);
      await saveAndConfirm(
        interaction,
        deps,
        { dmEnabled: enabled, ...(template ? { dmTemplate: template } : {}) },
        async (c) =>
          c.dmEnabled
            ? `${t('setup.dmOn', { custom: c.dmTemplate ? 'yes' : 'no' })}\n${await previewMessage(interaction, deps, 'dm', c.dmTemplate)}`
            : t('setup.dmOff'),
      );
    },
  },
  {
    name: 'announce',
    description: 'Announce votes in a channel',
    action: 'settings',
    options: (s) => s.addChannelOption(channelOption).addStringOption(templateOption),
    async run(interaction, deps) {
      const template = interaction.options.getString('template');
      const channelId = interaction.options.getChannel('channel', true).id;
      await saveAndConfirm(
        interaction,
        deps,
        { announceChannelId: channelId, ...(template ? { announceTemplate: template } : {}) },
        async (c) =>
          `${t('setup.announce', { channel: `<#${channelId}>`, custom: c.announceTemplate ? 'yes' : 'no' })}\n${await previewMessage(interaction, deps, 'announcement', c.announceTemplate)}`,
      );
    },
  },
  {
    name: 'logchannel',
    description: 'Channel for test webhooks and problems',
    action: 'settings',
    options: (s) => s.addChannelOption(channelOption),
    async run(interaction, deps) {
      const channelId = interaction.options.getChannel('channel', true).id;
      await saveAndConfirm(interaction, deps, { logChannelId: channelId }, () =>
        t('setup.logChannel', { channel: `<#${channelId}>` }),
      );
    },
  },
];
