import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import { rewardRoleProblem } from '../discord/permissions.js';
import type { Logger } from '../log.js';
import { reportRefusedRole } from './guild-alerts.js';

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
  const problem = rewardRoleProblem(guildId, await deps.discord.role(guildId, roleId), (id) => `<@&${id}>`);
  if (problem) {
    deps.log.warn({ guildId, userId, roleId, problem }, 'reward role refused: it fails the role rule');
    await reportRefusedRole(deps, guildId, problem);
    return problem;
  }
  await deps.discord.addRole(guildId, userId, roleId, grant.reason);
  return null;
}
