import type { SlashCommandSubcommandBuilder } from 'discord.js';
import type { GuildConfig } from '../../src/db/generated/client.js';
import { previewFacts } from '../../src/db/message-preview.js';
import { InvalidSetting, type SettingsPatch, saveSettings } from '../../src/db/settings.js';
import {
  type AdminAction,
  cachedChannelProblem,
  type RuleProblem,
  roleProblem,
  ruleText,
} from '../../src/discord/permissions.js';
import { composeVoteMessage, guildLanguage } from '../../src/domain/vote-message.js';
import { t } from '../../src/messages/index.js';
import { colors, embed, ephemeral } from '../look.js';
import { type CommandDeps, type GuildCommand, type GuildInteraction, UserFacingError } from '../types.js';

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

/** How a choice is stored once its roles and channels passed: by default saveSettings; a few settings have their own db function. */
export type SaveSettings = (patch: SettingsPatch) => Promise<GuildConfig>;

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
  save?: SaveSettings,
): Promise<void> {
  const outcome = await saveChoice(interaction, deps, patch, save);
  if ('refused' in outcome) throw new UserFacingError(outcome.refused);
  await done(interaction, await confirmation(outcome.saved));
}

/**
 * Saves settings an admin chose, by a subcommand or the guided setup: a
 * value its setting refuses, or a role or channel that fails the safety
 * rules, is refused with the reason and nothing is saved.
 */
export async function saveChoice(
  interaction: GuildInteraction,
  deps: CommandDeps,
  patch: SettingsPatch,
  save: SaveSettings = (p) => saveSettings(deps.db, interaction.guildId, p),
): Promise<{ saved: GuildConfig } | { refused: string }> {
  const problem = choiceProblem(interaction, patch);
  if (problem)
    return {
      refused: t('setup.notSaved', { problem: ruleText(problem, interaction.locale) }, interaction.locale),
    };
  try {
    return { saved: await save(patch) };
  } catch (err) {
    if (!(err instanceof InvalidSetting)) throw err;
    const setting = settingLabels[err.setting] ?? err.setting;
    return { refused: t('setup.notSaved', { problem: `${setting} ${err.problem}.` }, interaction.locale) };
  }
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
  interaction: GuildInteraction,
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
    // As voters will get it: in the guild's language, not the admin's.
    locale: guildLanguage(facts.language, interaction.guild.preferredLocale),
  });
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Why a role or channel in `patch` may not be chosen by this invoker; null when all may. */
function choiceProblem(interaction: GuildInteraction, patch: SettingsPatch): RuleProblem | null {
  const { guild, member } = interaction;
  for (const roleId of [patch.rewardRoleId, patch.premiumRoleId, patch.championRoleId]) {
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
  const reply = embed(t('setup.doneTitle', {}, interaction.locale), colors.ok).setDescription(message);
  await interaction.reply({ embeds: [reply], flags: ephemeral, allowedMentions: { parse: [] } });
}
