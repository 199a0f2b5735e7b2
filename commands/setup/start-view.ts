import {
  ActionRowBuilder,
  type APIEmbed,
  ButtonBuilder,
  ButtonStyle,
  ChannelSelectMenuBuilder,
  ChannelType,
  LabelBuilder,
  ModalBuilder,
  RoleSelectMenuBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { GuildConfig } from '../../src/db/generated/client.js';
import { settingLimits } from '../../src/db/settings.js';
import { formatDuration, type ParsedDuration, parseDuration } from '../../src/domain/duration.js';
import { placeholderList } from '../../src/domain/template.js';
import { t } from '../../src/messages/index.js';
import { colors, embed, relativeTime } from '../look.js';
import { type ChecklistFacts, checklistText, setupChecklist } from './checklist.js';

/**
 * How the guided setup's message (/setup start) looks: the first line says
 * whether Rankly's test delivery arrived (the only part the worker edits),
 * the first embed the steps and what the last choice did, further embeds
 * what Finish showed (kept while the message is open), then one component
 * per choice. Every component's custom_id starts with `setup:start:`.
 */
export const guidedPrefix = 'setup:start:';
export const guidedIds = {
  role: `${guidedPrefix}role`,
  duration: `${guidedPrefix}duration`,
  announce: `${guidedPrefix}announce`,
  log: `${guidedPrefix}log`,
  dm: `${guidedPrefix}dm`,
  dmModal: `${guidedPrefix}dm-modal`,
  dmText: `${guidedPrefix}dm-text`,
  finish: `${guidedPrefix}finish`,
} as const;

/** The role durations offered, in the words /setup role's duration option reads. */
const durationChoices = ['permanent', '12h', '1d', '7d', '30d'] as const;

/** A duration choice read by /setup role's rule (parseDuration); anything not offered is refused. */
export function durationChoice(value: string): ParsedDuration {
  if (!(durationChoices as readonly string[]).includes(value)) {
    return { ok: false, problem: `"${value}" is not one of the durations offered.` };
  }
  return parseDuration(value);
}

export interface GuidedFacts extends ChecklistFacts {
  /** What the last choice did: its confirmation, or why it was not saved. */
  notice?: { saved: boolean; text: string };
  /** When a test delivery arrived since the message was opened; null while none has. */
  testReceivedAt: Date | null;
  /** Embeds after the first, as the message shows them (Finish's webhook details). */
  kept?: APIEmbed[];
  locale: string;
}

export function guidedMessage(f: GuidedFacts) {
  const { locale } = f;
  const content = f.testReceivedAt
    ? t('guided.testReceived', { when: relativeTime(f.testReceivedAt) }, locale)
    : t('guided.testWaiting', {}, locale);
  const notice = f.notice ? `${f.notice.saved ? '✅' : '❌'} ${f.notice.text}\n\n` : '';
  const main = embed(t('guided.title', {}, locale), f.notice?.saved === false ? colors.error : colors.brand)
    .setDescription(`${notice}${t('guided.intro', {}, locale)}\n\n${checklistText(steps(f), locale)}`)
    .toJSON();
  return { content, embeds: [main, ...(f.kept ?? [])], components: guidedComponents(f.config, locale) };
}

/** The steps left, but the test delivery: the message's first line is about it, and the worker edits it. */
const steps = (f: GuidedFacts) => setupChecklist(f).filter((s) => s.step !== 'test');

function guidedComponents(config: GuildConfig | null, locale: string) {
  const role = new RoleSelectMenuBuilder()
    .setCustomId(guidedIds.role)
    .setPlaceholder(t('guided.rolePlaceholder', {}, locale));
  if (config?.rewardRoleId) role.setDefaultRoles(config.rewardRoleId);
  const duration = new StringSelectMenuBuilder()
    .setCustomId(guidedIds.duration)
    .setPlaceholder(t('guided.durationPlaceholder', {}, locale))
    .addOptions(
      durationChoices.map((value) => {
        const choice = durationChoice(value);
        const seconds = choice.ok ? choice.seconds : null;
        return {
          value,
          label: seconds
            ? t('guided.keepFor', { duration: formatDuration(seconds) }, locale)
            : t('guided.forGood', {}, locale),
          default: Boolean(config?.rewardRoleId) && (config?.rewardRoleSeconds ?? null) === seconds,
        };
      }),
    );
  const channel = (id: string, placeholder: string, current: string | null | undefined) => {
    const select = new ChannelSelectMenuBuilder()
      .setCustomId(id)
      .setPlaceholder(placeholder)
      .setChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement);
    return current ? select.setDefaultChannels(current) : select;
  };
  const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(guidedIds.dm)
      .setStyle(ButtonStyle.Secondary)
      .setLabel(t('guided.editDm', {}, locale)),
    new ButtonBuilder()
      .setCustomId(guidedIds.finish)
      .setStyle(ButtonStyle.Primary)
      .setLabel(t('guided.finish', {}, locale)),
  );
  return [
    new ActionRowBuilder<RoleSelectMenuBuilder>().addComponents(role).toJSON(),
    new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(duration).toJSON(),
    new ActionRowBuilder<ChannelSelectMenuBuilder>()
      .addComponents(
        channel(guidedIds.announce, t('guided.announcePlaceholder', {}, locale), config?.announceChannelId),
      )
      .toJSON(),
    new ActionRowBuilder<ChannelSelectMenuBuilder>()
      .addComponents(channel(guidedIds.log, t('guided.logPlaceholder', {}, locale), config?.logChannelId))
      .toJSON(),
    buttons.toJSON(),
  ];
}

/** The modal of the DM text, filled with the guild's own text (empty: the default text applies). */
export function dmModal(template: string | null, locale: string): ModalBuilder {
  const input = new TextInputBuilder()
    .setCustomId(guidedIds.dmText)
    .setStyle(TextInputStyle.Paragraph)
    .setRequired(false)
    .setMaxLength(settingLimits.templateLength.max)
    .setPlaceholder(`Placeholders: ${placeholderList}`.slice(0, 100));
  if (template) input.setValue(template);
  return new ModalBuilder()
    .setCustomId(guidedIds.dmModal)
    .setTitle(t('guided.dmModalTitle', {}, locale))
    .addLabelComponents(
      new LabelBuilder().setLabel(t('guided.dmModalLabel', {}, locale)).setTextInputComponent(input),
    );
}
