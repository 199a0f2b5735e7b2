/**
 * Where people vote for a server on Rankly. The one place this link is
 * built, so every page and message that asks members to vote sends them
 * to the same address.
 */
export const ranklySiteUrl = 'https://rankly.live';

export function ranklyVoteUrl(guildId: string): string {
  return `${ranklySiteUrl}/servers/${encodeURIComponent(guildId)}/vote`;
}
