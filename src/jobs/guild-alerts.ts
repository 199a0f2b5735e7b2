import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import { type RuleProblem, ruleText } from '../discord/permissions.js';
import { guildLanguage } from '../domain/vote-message.js';
import type { Logger } from '../log.js';
import { formatNumber, t } from '../messages/index.js';

const alertIntervalMs = 60 * 60 * 1000;

type AlertDeps = { db: Db; discord: DiscordActions; log: Logger };

/** A log channel text, composed once its reader's language (the guild's) is known. */
type Compose = (locale: string) => string;

/**
 * Tells a guild's admins, in its log channel, why rewards were not given.
 * At most one report an hour per guild: the claim on permission_alert_at is
 * a single conditional UPDATE, so concurrent jobs and replicas cannot both
 * send one.
 */
async function reportToAdmins(deps: AlertDeps, guildId: string, problem: Compose): Promise<void> {
  const since = new Date(Date.now() - alertIntervalMs);
  const claimed = await deps.db.guildConfig.updateMany({
    where: {
      guildId,
      logChannelId: { not: null },
      OR: [{ permissionAlertAt: null }, { permissionAlertAt: { lt: since } }],
    },
    data: { permissionAlertAt: new Date() },
  });
  if (claimed.count === 0) return;
  await postInLogChannel(deps, guildId, (locale) => t('alert.rewards', { problem: problem(locale) }, locale));
}

/**
 * Posts in the guild's log channel, in the guild's language (its /setup
 * language, else its preferred locale), as its DMs and announcements are:
 * the channel is read by the server's staff, not by one admin.
 */
export async function postInLogChannel(deps: AlertDeps, guildId: string, compose: Compose): Promise<void> {
  const config = await deps.db.guildConfig.findUnique({
    where: { guildId },
    select: { logChannelId: true, language: true },
  });
  if (!config?.logChannelId) return;
  const locale = guildLanguage(config.language, deps.discord.guildLocale?.(guildId));
  try {
    await deps.discord.sendMessage(config.logChannelId, compose(locale));
  } catch (err) {
    deps.log.warn({ err, guildId }, 'could not post the report in the log channel');
  }
}

/** The bot lacks a permission to grant a role or post in a channel. */
export async function reportMissingPermissions(
  deps: AlertDeps,
  guildId: string,
  kind: string,
  targetId: string | null,
): Promise<void> {
  await reportToAdmins(deps, guildId, (locale) =>
    kind === 'role'
      ? t(
          'alert.missingRole',
          { role: `<@&${targetId}>`, manageRoles: t('permission.manageRoles', {}, locale) },
          locale,
        )
      : t(
          'alert.missingChannel',
          {
            channel: `<#${targetId}>`,
            viewChannel: t('permission.viewChannel', {}, locale),
            sendMessages: t('permission.sendMessages', {}, locale),
          },
          locale,
        ),
  );
}

/** A reward role failed the role rule at grant time (its permissions changed since /setup). */
export async function reportRefusedRole(
  deps: AlertDeps,
  guildId: string,
  problem: RuleProblem,
): Promise<void> {
  await reportToAdmins(deps, guildId, (locale) =>
    t('alert.refusedRole', { problem: ruleText(problem, locale) }, locale),
  );
}

/** UnbelievaBoat refused a payment for a reason an admin can fix (a revoked token, an unauthorized application). */
export async function reportEconomyRefused(deps: AlertDeps, guildId: string, detail: string): Promise<void> {
  // The detail is UnbelievaBoat's own (or the bot's English summary of it), quoted as it came.
  await reportToAdmins(deps, guildId, (locale) => t('alert.economyRefused', { detail }, locale));
}

/**
 * A payment whose answer was lost: the one outcome an admin must check by
 * hand, so each is posted (not held to the hourly report); it takes a lost
 * answer, which is rare. No ping: the member is named, not mentioned.
 */
export async function reportEconomyUnknown(
  deps: AlertDeps,
  guildId: string,
  payment: { userId: string; amount: number; balance: string },
): Promise<void> {
  await postInLogChannel(deps, guildId, (locale) =>
    t(
      'alert.economyUnknown',
      {
        amount: formatNumber(payment.amount, locale),
        user: `<@${payment.userId}>`,
        balance: payment.balance,
      },
      locale,
    ),
  );
}
