import type { MessageComponentInteraction, ModalSubmitInteraction } from 'discord.js';
import type { GuildConfig } from '../../src/db/generated/client.js';
import { keepGuidedToken } from '../../src/db/guided-setup.js';
import { loadSettings, type SettingsPatch } from '../../src/db/settings.js';
import {
  type AdminAction,
  adminProblem,
  problemText,
  roleProblem,
  ruleText,
} from '../../src/discord/permissions.js';
import { t } from '../../src/messages/index.js';
import { ephemeral } from '../look.js';
import type { CommandDeps, GuildInteraction } from '../types.js';
import { announceConfirmation, dmConfirmation } from './messages.js';
import { roleConfirmation, roleDuration } from './rewards.js';
import { dmModal, durationChoice, type GuidedFacts, guidedIds, guidedMessage } from './start-view.js';
import { type SetupSubcommand, saveChoice, webhookUrl } from './subcommand.js';
import { webhookDetails } from './webhook.js';

/**
 * /setup start, the guided setup (issue 15): one ephemeral message with a
 * component per choice. Each choice runs the same checks as its subcommand
 * (the invoker's permissions, the role and channel safety rules, the
 * setting's validation, all through saveChoice) and updates the message
 * with what is now in effect or why nothing was saved. The message's
 * newest interaction token is kept in Postgres so that the vote.test job
 * can mark Rankly's test delivery on it.
 */
export const startSubcommand: SetupSubcommand = {
  name: 'start',
  description: 'Guided setup: every choice in one message, then the webhook for Rankly',
  action: 'settings',
  async run(interaction, deps) {
    const message = guidedMessage(await facts(interaction, deps, { testSince: null }));
    await interaction.reply({ ...message, flags: ephemeral, allowedMentions: { parse: [] } });
    await keepGuidedToken(deps.db, tokenOf(interaction), deps.now());
  },
};

export type GuidedInteraction = MessageComponentInteraction<'cached'> | ModalSubmitInteraction<'cached'>;

interface Outcome {
  saved: boolean;
  text: string;
  /** Embeds to show after the first instead of the message's own (Finish's webhook details). */
  kept?: GuidedFacts['kept'];
  /** Runs once the message is updated: Finish stores the secret it showed. */
  after?: () => Promise<void>;
  /** The message shows a new secret of this server, stored right after it (see webhookDetails). */
  newSecret?: boolean;
}

/** One choice of the message: what the invoker must be allowed, and what it does. */
interface Step {
  action: AdminAction;
  run(interaction: GuidedInteraction, deps: CommandDeps): Promise<Outcome | 'modal'>;
}

const firstValue = (interaction: GuidedInteraction) =>
  interaction.isAnySelectMenu() ? (interaction.values[0] ?? '') : '';

/** A choice saved through the same function as the subcommands, then confirmed in their words. */
async function choose(
  interaction: GuidedInteraction,
  deps: CommandDeps,
  patch: SettingsPatch,
  confirmation: (saved: GuildConfig) => string | Promise<string>,
): Promise<Outcome> {
  const outcome = await saveChoice(interaction, deps, patch);
  if ('refused' in outcome) return { saved: false, text: outcome.refused };
  return { saved: true, text: await confirmation(outcome.saved) };
}

const steps: Record<string, Step> = {
  [guidedIds.role]: {
    action: 'roles',
    run: (i, deps) =>
      choose(i, deps, { rewardRoleId: firstValue(i) }, (c) =>
        roleConfirmation(c.rewardRoleId as string, c.rewardRoleSeconds, i.locale),
      ),
  },
  [guidedIds.duration]: {
    action: 'roles',
    async run(i, deps) {
      const duration = durationChoice(firstValue(i));
      if (!duration.ok)
        return { saved: false, text: t('setup.notSaved', { problem: duration.problem }, i.locale) };
      return choose(i, deps, { rewardRoleSeconds: duration.seconds }, (c) =>
        c.rewardRoleId
          ? roleConfirmation(c.rewardRoleId, c.rewardRoleSeconds, i.locale)
          : t('guided.durationNoRole', { duration: roleDuration(c.rewardRoleSeconds, i.locale) }, i.locale),
      );
    },
  },
  [guidedIds.announce]: {
    action: 'settings',
    run: (i, deps) =>
      choose(i, deps, { announceChannelId: firstValue(i) }, (c) => announceConfirmation(i, deps, c)),
  },
  [guidedIds.log]: {
    action: 'settings',
    run: (i, deps) =>
      choose(i, deps, { logChannelId: firstValue(i) }, () =>
        t('setup.logChannel', { channel: `<#${firstValue(i)}>` }, i.locale),
      ),
  },
  [guidedIds.dm]: {
    action: 'settings',
    async run(i, deps) {
      const config = await loadSettings(deps.db, i.guildId);
      // A button press: Discord accepts a modal in answer to it (not to a modal submit).
      if (i.isMessageComponent()) await i.showModal(dmModal(config?.dmTemplate ?? null, i.locale));
      return 'modal';
    },
  },
  [guidedIds.dmModal]: {
    action: 'settings',
    run(i, deps) {
      const text = i.isModalSubmit() ? i.fields.getTextInputValue(guidedIds.dmText).trim() : '';
      // Empty: the default text, as /setup clear dmtemplate leaves it.
      return choose(i, deps, { dmEnabled: true, dmTemplate: text || null }, (c) =>
        dmConfirmation(i, deps, c),
      );
    },
  },
  [guidedIds.finish]: {
    action: 'settings',
    async run(i, deps) {
      const details = await webhookDetails(deps, i.guildId, false, i.locale);
      details.embed.addFields({ name: '▶️', value: t('guided.testNext', {}, i.locale) });
      // Pressed again: the secret shown the first time stays in view (it cannot be shown again).
      const shown = (i.message?.embeds.length ?? 0) > 1;
      return {
        saved: true,
        text: t('guided.finished', {}, i.locale),
        ...(details.store || !shown ? { kept: [details.embed.toJSON()] } : {}),
        ...(details.store ? { after: details.store, newSecret: true } : {}),
      };
    },
  },
};

/** Whether a component or modal submit belongs to the guided setup. */
export const isGuidedSetup = (customId: string) => customId in steps;

/**
 * Runs a component or modal submit of the guided message. The permission
 * check runs again for each one: the message outlives a role change.
 */
export async function handleGuidedSetup(interaction: GuidedInteraction, deps: CommandDeps): Promise<void> {
  const step = steps[interaction.customId];
  if (!step) return;
  const refusal = adminProblem(interaction.memberPermissions.bitfield, step.action);
  const outcome = refusal
    ? {
        saved: false,
        text: t('setup.notSaved', { problem: ruleText(refusal, interaction.locale) }, interaction.locale),
      }
    : await step.run(interaction, deps);
  if (outcome === 'modal') return;
  const kept = outcome.kept ?? interaction.message?.embeds.slice(1).map((e) => e.toJSON()) ?? [];
  const message = guidedMessage(
    // A test delivery since the message was opened (its id says when) is shown as received.
    await facts(interaction, deps, {
      testSince: interaction.message?.createdAt ?? null,
      notice: outcome,
      kept,
    }),
  );
  await (interaction.isModalSubmit() && !interaction.isFromMessage()
    ? interaction.reply({ ...message, flags: ephemeral, allowedMentions: { parse: [] } })
    : interaction.update({ ...message, allowedMentions: { parse: [] } }));
  await keepGuidedToken(deps.db, tokenOf(interaction), deps.now());
  await outcome.after?.();
}

/** What the message shows, from the guild's settings as saved now. */
async function facts(
  interaction: GuildInteraction,
  deps: CommandDeps,
  o: { testSince: Date | null; notice?: Outcome; kept?: GuidedFacts['kept'] },
): Promise<GuidedFacts> {
  const saved = await loadSettings(deps.db, interaction.guildId);
  // The steps count the secret shown above as this server's: it is stored once the message is sent.
  const config = saved && o.notice?.newSecret ? { ...saved, webhookSecretHash: 'shown-now' } : saved;
  const received = config?.testDeliveryAt ?? null;
  return {
    config,
    webhookUrl: webhookUrl(deps, interaction.guildId),
    globalSecret: deps.globalWebhookSecret ?? false,
    roleProblem: problemText(
      config?.rewardRoleId && roleProblem(interaction.guild, config.rewardRoleId),
      interaction.locale,
    ),
    testReceivedAt: received && o.testSince && received >= o.testSince ? received : null,
    ...(o.notice ? { notice: { saved: o.notice.saved, text: o.notice.text } } : {}),
    kept: o.kept ?? [],
    locale: interaction.locale,
  };
}

const tokenOf = (i: GuildInteraction & { applicationId: string; token: string }) => ({
  guildId: i.guildId,
  applicationId: i.applicationId,
  token: i.token,
  locale: i.locale,
});
