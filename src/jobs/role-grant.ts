import type { Db } from '../db/client.js';
import { sqlOf } from '../db/sql.js';
import type { DiscordActions } from '../discord/actions.js';
import { rewardRoleProblem, ruleText } from '../discord/permissions.js';
import type { Logger } from '../log.js';
import { reportRefusedRole } from './guild-alerts.js';

/** How long a role Discord refused (50013) is not asked for again, vote after vote. */
export const refusedRoleBackoffMs = 10 * 60_000;

/**
 * Discord refused this role lately: asking again for every vote would spend
 * the bot's request budget (and count towards Discord's invalid request
 * limit) on answers known in advance. /setup replay clears it.
 */
export async function refusedLately(db: Db, guildId: string, roleId: string): Promise<boolean> {
  // Plain SQL: asked before every grant (db/sql.ts).
  const [config] = await sqlOf(db).rows<{ roleRefusedId: string | null; roleRefusedUntil: Date | null }>(
    'SELECT role_refused_id, role_refused_until FROM guild_config WHERE guild_id = $1',
    [guildId],
  );
  return config?.roleRefusedId === roleId && (config.roleRefusedUntil?.getTime() ?? 0) > Date.now();
}

/** Remembers that Discord refused to grant `roleId` in `guildId` (50013). */
export async function rememberRefusedRole(db: Db, guildId: string, roleId: string, now: Date): Promise<void> {
  await db.guildConfig.updateMany({
    where: { guildId },
    data: { roleRefusedId: roleId, roleRefusedUntil: new Date(now.getTime() + refusedRoleBackoffMs) },
  });
}

/**
 * The one door every reward role goes through (votes, parked rewards, bot
 * votes, premium): the role must still pass the reward role rule, because
 * an admin may have given it Administrator since /setup accepted it.
 * Returns null once Discord granted it, or why it was refused (then
 * nothing was sent to Discord, and the log channel is told). Discord's own
 * errors are thrown for the caller to sort.
 */
export async function grantRewardRole(
  deps: { db: Db; discord: DiscordActions; log: Logger },
  grant: { guildId: string; userId: string; roleId: string; reason: string },
): Promise<string | null> {
  const { guildId, userId, roleId } = grant;
  const refusal = rewardRoleProblem(guildId, await deps.discord.role(guildId, roleId), (id) => `<@&${id}>`);
  if (refusal) {
    // The ledger and the log keep it in English; the log channel hears it in the guild's language.
    const problem = ruleText(refusal);
    deps.log.warn({ guildId, userId, roleId, problem }, 'reward role refused: it fails the role rule');
    await reportRefusedRole(deps, guildId, refusal);
    return problem;
  }
  await deps.discord.addRole(guildId, userId, roleId, grant.reason);
  return null;
}
