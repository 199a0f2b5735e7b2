import type { SlashCommandSubcommandBuilder } from 'discord.js';
import type { GuildConfig } from '../../src/db/generated/client.js';
import { previewFacts } from '../../src/db/message-preview.js';
import { InvalidSetting, type SettingsPatch, saveSettings } from '../../src/db/settings.js';
import { type AdminAction, cachedChannelProblem, roleProblem } from '../../src/discord/permissions.js';
import { composeVoteMessage } from '../../src/domain/vote-message.js';
import { colors, embed, ephemeral } from '../look.js';
import { type CommandDeps, type GuildCommand, UserFacingError } from '../types.js';

/**
 * One /setup subcommand: its definition next to its handler. `action`
 * says what the invoker must be allowed to do (checked at run time).
 */
export interface SetupSubcommand {
  name: string;
  description: string;
  options?: (s: SlashCommandSubcommandBuilder) => unknown;
  action: AdminAction;
  run(interaction: GuildCommand, deps: CommandDeps): Promise<void>;
}

/**
 * Saves settings chosen by a subcommand and confirms what is now in effect.
 * A value its setting refuses, or a role or channel that fails the safety
 * rules (discord/permissions.ts), is refused before anything is saved.
 */
export async function saveAndConfirm(
  interaction: GuildCommand,
  deps: CommandDeps,
  patch: SettingsPatch,
  confirmation: (saved: GuildConfig) => string | Promise<string>,
): Promise<void> {
  const problem = choiceProblem(interaction, patch);
  if (problem) throw new UserFacingError(`Not saved: ${problem}`);
  let saved: GuildConfig;
  try {
    saved = await saveSettings(deps.db, interaction.guildId, patch);
  } catch (err) {
    if (err instanceof InvalidSetting)
      throw new UserFacingError(`Not saved: ${settingLabels[err.setting] ?? err.setting} ${err.problem}.`);
    throw err;
  }
  await done(interaction, await confirmation(saved));
}

/** How a refusal names a setting: as the admin typed it. */
const settingLabels: Record<string, string> = {
  dmTemplate: 'the DM text',
  announceTemplate: 'the announcement text',
  currencyName: 'the currency name',
};

/**
 * A preview of the vote DM or announcement as `interaction`'s invoker would
 * get it for their next vote, under the settings just saved.
 */
export async function previewMessage(
  interaction: GuildCommand,
  deps: CommandDeps,
  kind: 'dm' | 'announcement',
  template: string | null,
): Promise<string> {
  const facts = await previewFacts(deps.db, interaction.guildId, interaction.user.id, template, deps.now());
  const text = composeVoteMessage(kind, facts, {
    userId: interaction.user.id,
    role: facts.roleId ? 'given' : 'none',
    roleName: facts.roleId ? interaction.guild.roles.cache.get(facts.roleId)?.name : undefined,
    serverName: interaction.guild.name,
    locale: interaction.locale,
  });
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Why a role or channel in `patch` may not be chosen by this invoker; null when all may. */
function choiceProblem(interaction: GuildCommand, patch: SettingsPatch): string | null {
  const { guild, member } = interaction;
  for (const roleId of [patch.rewardRoleId, patch.premiumRoleId]) {
    const problem = roleId ? roleProblem(guild, roleId, member) : null;
    if (problem) return problem;
  }
  for (const channelId of [patch.announceChannelId, patch.logChannelId]) {
    const problem = channelId ? cachedChannelProblem(guild, channelId, member) : null;
    if (problem) return problem;
  }
  return null;
}

/** This guild's webhook URL for Rankly. */
export function webhookUrl(deps: CommandDeps, guildId: string): string {
  return `${deps.publicUrl ?? 'https://<your bot host>'}/webhook/votes/${guildId}`;
}

export async function done(interaction: GuildCommand, message: string): Promise<void> {
  const reply = embed('✅ Done', colors.ok).setDescription(message);
  await interaction.reply({ embeds: [reply], flags: ephemeral, allowedMentions: { parse: [] } });
}
