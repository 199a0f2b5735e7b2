import type { SlashCommandSubcommandBuilder } from 'discord.js';
import { InvalidSetting, type SettingsPatch, saveSettings } from '../../src/db/settings.js';
import { type AdminAction, cachedChannelProblem, roleProblem } from '../../src/discord/permissions.js';
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
  confirmation: string,
): Promise<void> {
  const problem = choiceProblem(interaction, patch);
  if (problem) throw new UserFacingError(`Not saved: ${problem}`);
  try {
    await saveSettings(deps.db, interaction.guildId, patch);
  } catch (err) {
    if (err instanceof InvalidSetting) throw new UserFacingError(`Not saved: ${err.setting} ${err.problem}.`);
    throw err;
  }
  await done(interaction, confirmation);
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

export async function done(interaction: GuildCommand, message: string): Promise<void> {
  const reply = embed('✅ Done', colors.ok).setDescription(message);
  await interaction.reply({ embeds: [reply], flags: ephemeral, allowedMentions: { parse: [] } });
}
