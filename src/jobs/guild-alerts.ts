import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import type { Logger } from '../log.js';

const alertIntervalMs = 60 * 60 * 1000;

/**
 * Tells a guild's admins, in its log channel, that the bot lacks a
 * permission. At most one report an hour per guild: the claim on
 * permission_alert_at is a single conditional UPDATE, so concurrent jobs
 * and replicas cannot both send one.
 */
export async function reportMissingPermissions(
  deps: { db: Db; discord: DiscordActions; log: Logger },
  guildId: string,
  kind: string,
  targetId: string | null,
): Promise<void> {
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
  const what =
    kind === 'role'
      ? `grant the reward role <@&${targetId}>. Give the bot the **Manage Roles** permission and drag its own role above <@&${targetId}> in Server Settings → Roles.`
      : `post in <#${targetId}>. Allow the bot to **View Channel** and **Send Messages** there.`;
  try {
    await deps.discord.sendMessage(
      config.logChannelId,
      `⚠️ Vote rewards: I am missing permissions to ${what} The rewards that failed are kept; ` +
        `once this is fixed, the bot's operator can grant them with \`npm run cli -- rewards retry ${guildId}\`.`,
    );
  } catch (err) {
    deps.log.warn({ err, guildId }, 'could not post the permission report in the log channel');
  }
}
