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
  const config = await deps.db.guildConfig.findUnique({ where: { guildId }, select: { logChannelId: true } });
  if (!config?.logChannelId) return;
  try {
    await deps.discord.sendMessage(
      config.logChannelId,
      `⚠️ Vote rewards: ${text} The rewards that were not given are kept; once this is fixed, run \`/setup replay\` to give them.`,
    );
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
