import { randomBytes } from 'node:crypto';
import type { Interaction, RepliableInteraction } from 'discord.js';
import { t } from '../src/messages/index.js';
import { localizeCommand } from './localize.js';
import { colors, embed, ephemeral } from './look.js';
import { premiumCommand } from './premium.js';
import { setupCommand } from './setup/index.js';
import { handleGuidedSetup, isGuidedSetup } from './setup/start.js';
import { handleShopButton, isShopButton, shopCommand } from './shop.js';
import { type CommandDeps, type SlashCommand, UserFacingError } from './types.js';
import { votesCommand } from './votes.js';

/** The commands, each with its names and descriptions in every language of the catalogue. */
export const commands: SlashCommand[] = [votesCommand, premiumCommand, setupCommand, shopCommand].map(
  (c) => ({
    ...c,
    definition: localizeCommand(c.definition),
  }),
);
const byName = new Map(commands.map((c) => [c.definition.name, c]));

/**
 * The interactions the bot answers: its slash commands, and the components
 * and modal submits of the guided setup (/setup start, custom_ids
 * `setup:start:*`). Anything else is not ours and is left alone.
 */
function ours(interaction: Interaction): interaction is RepliableInteraction {
  if (interaction.isChatInputCommand()) return byName.has(interaction.commandName);
  if (interaction.isMessageComponent() || interaction.isModalSubmit())
    return isGuidedSetup(interaction.customId) || isShopButton(interaction.customId);
  return false;
}

/**
 * Runs a slash command or a guided setup step, in a server only. Expected
 * failures (UserFacingError) are shown as they are; anything else is logged
 * with its context and answered with a short apology and an id to find it
 * in the logs.
 */
export async function handleInteraction(interaction: Interaction, deps: CommandDeps): Promise<void> {
  if (!ours(interaction)) return;
  const log = deps.log.child({
    ...(interaction.isChatInputCommand()
      ? { command: interaction.commandName }
      : { customId: 'customId' in interaction ? interaction.customId : undefined }),
    guildId: interaction.guildId,
    userId: interaction.user.id,
    interactionId: interaction.id,
  });
  try {
    if (!interaction.inCachedGuild()) {
      throw new UserFacingError(
        t(interaction.inGuild() ? 'error.notLoaded' : 'error.guildOnly', {}, interaction.locale),
      );
    }
    if (interaction.isChatInputCommand()) {
      await byName.get(interaction.commandName)?.execute(interaction, { ...deps, log });
    } else if (interaction.isButton() && isShopButton(interaction.customId)) {
      await handleShopButton(interaction, { ...deps, log });
    } else if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
      await handleGuidedSetup(interaction, { ...deps, log });
    }
  } catch (err) {
    if (err instanceof UserFacingError) return answer(interaction, err.message, log);
    const errorId = randomBytes(4).toString('hex');
    log.error({ err, errorId }, 'slash command failed');
    await answer(interaction, t('error.internal', { errorId }, interaction.locale), log);
  }
}

/**
 * A slash command that arrives while the bot is still starting (Discord
 * connects before the job queue runs): a clear "try again" instead of an
 * error, since nothing it would do can run yet.
 */
export async function answerStartingUp(interaction: Interaction, log: CommandDeps['log']): Promise<void> {
  if (!ours(interaction)) return;
  await answer(interaction, t('error.startingUp', {}, interaction.locale), log);
}

async function answer(interaction: RepliableInteraction, message: string, log: CommandDeps['log']) {
  const title = t('error.title', {}, interaction.locale);
  const reply = { embeds: [embed(title, colors.error).setDescription(message)], flags: ephemeral } as const;
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp(reply);
    else await interaction.reply(reply);
  } catch (err) {
    log.warn({ err }, 'could not answer the interaction');
  }
}
