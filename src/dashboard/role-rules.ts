import { channelProblem, roleGrantProblem, ruleText } from '../discord/permissions.js';
import { type GuildFacts, permissionsIn } from './guild-access.js';

/**
 * The rules of discord/permissions.ts (the same as /setup's) applied to
 * the guild as the dashboard read it over REST, their refusals in English.
 */

const mention = (id: string) => `<@&${id}>`;

/** Why the role cannot be a reward now; with `byMember`, also whether this member may hand it out. */
export function dashboardRoleProblem(guild: GuildFacts, roleId: string, byMember: boolean): string | null {
  const problem = roleGrantProblem(
    {
      guildId: guild.id,
      role: guild.roles.get(roleId),
      bot: guild.bot,
      ...(byMember ? { invoker: guild.member } : {}),
    },
    mention,
  );
  return problem && ruleText(problem);
}

export function dashboardChannelProblem(guild: GuildFacts, channelId: string): string | null {
  const problem = channelProblem({
    channelId,
    invoker: permissionsIn(guild, guild.member, channelId),
    bot: permissionsIn(guild, guild.bot, channelId),
  });
  return problem && ruleText(problem);
}
