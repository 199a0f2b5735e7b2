import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import type { Logger } from '../log.js';

const alertIntervalMs = 60 * 60 * 1000;

type AlertDeps = { db: Db; discord: DiscordActions; log: Logger };

/**
 * Tells a guild's admins, in its log channel, why rewards were not given.
 * At most one report an hour per guild: the claim on permission_alert_at is
 * a single conditional UPDATE, so concurrent jobs and replicas cannot both
 * send one.
 */
async function reportToAdmins(deps: AlertDeps, guildId: string, text: string): Promise<void> {
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
  await postInLogChannel(
    deps,
    guildId,
    `⚠️ Vote rewards: ${text} The rewards that were not given are kept; once this is fixed, run \`/setup replay\` to give them.`,
  );
}

async function postInLogChannel(deps: AlertDeps, guildId: string, text: string): Promise<void> {
  const config = await deps.db.guildConfig.findUnique({ where: { guildId }, select: { logChannelId: true } });
  if (!config?.logChannelId) return;
  try {
    await deps.discord.sendMessage(config.logChannelId, text);
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
  const what =
    kind === 'role'
      ? `grant the reward role <@&${targetId}>. Give the bot the **Manage Roles** permission and drag its own role above <@&${targetId}> in Server Settings → Roles.`
      : `post in <#${targetId}>. Allow the bot to **View Channel** and **Send Messages** there.`;
  await reportToAdmins(deps, guildId, `I am missing permissions to ${what}`);
}

/** A reward role failed the role rule at grant time (its permissions changed since /setup). */
export async function reportRefusedRole(deps: AlertDeps, guildId: string, problem: string): Promise<void> {
  await reportToAdmins(deps, guildId, `I did not give a reward role. ${problem}`);
}

/** UnbelievaBoat refused a payment for a reason an admin can fix (a revoked token, an unauthorized application). */
export async function reportEconomyRefused(deps: AlertDeps, guildId: string, detail: string): Promise<void> {
  await reportToAdmins(deps, guildId, `I could not pay vote currency into UnbelievaBoat: ${detail}.`);
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
  await postInLogChannel(
    deps,
    guildId,
    `⚠️ Vote rewards: paying ${payment.amount} into <@${payment.userId}>'s UnbelievaBoat ${payment.balance} got no answer. ` +
      'It may or may not have arrived, and it is not sent again (a second try could pay twice): check their balance in UnbelievaBoat.',
  );
}
