import { ChannelType, type SlashCommandChannelOption, type SlashCommandStringOption } from 'discord.js';
import type { GuildConfig } from '../../src/db/generated/client.js';
import { settingLimits } from '../../src/db/settings.js';
import { placeholderList } from '../../src/domain/template.js';
import { t } from '../../src/messages/index.js';
import type { CommandDeps, GuildInteraction } from '../types.js';
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

/** What /setup dm and the guided setup's DM text confirm: on or off, and a preview with the admin's numbers. */
export async function dmConfirmation(
  interaction: GuildInteraction,
  deps: CommandDeps,
  c: GuildConfig,
): Promise<string> {
  if (!c.dmEnabled) return t('setup.dmOff', {}, interaction.locale);
  const preview = await previewMessage(interaction, deps, 'dm', c.dmTemplate);
  return `${t('setup.dmOn', { custom: c.dmTemplate ? 'yes' : 'no' }, interaction.locale)}\n${preview}`;
}

/** What /setup announce and the guided setup's channel choice confirm, with a preview. */
export async function announceConfirmation(
  interaction: GuildInteraction,
  deps: CommandDeps,
  c: GuildConfig,
): Promise<string> {
  const preview = await previewMessage(interaction, deps, 'announcement', c.announceTemplate);
  const custom = c.announceTemplate ? 'yes' : 'no';
  const said = t('setup.announce', { channel: `<#${c.announceChannelId}>`, custom }, interaction.locale);
  return `${said}\n${preview}`;
}

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
        (c) => dmConfirmation(interaction, deps, c),
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
        (c) => announceConfirmation(interaction, deps, c),
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
        t('setup.logChannel', { channel: `<#${channelId}>` }, interaction.locale),
      );
    },
  },
];
