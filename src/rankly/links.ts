/**
 * Where people vote for a server on Rankly. The one place this link is
 * built and checked, so every page and message that asks members to vote
 * sends them to the same address.
 */
export const ranklySiteUrl = 'https://rankly.live';

/** The longest vote link a guild may set (guild_config.vote_url). */
export const voteUrlMaxLength = 300;

/**
 * The guild's vote page: the link its admins set (the listing's address
 * may carry a vanity name), else the listing path by id. Neither the
 * seeds nor Rankly's documentation give that path, so the default is a
 * guess the setting corrects (README "Dashboard").
 */
export function ranklyVoteUrl(guildId: string, configured?: string | null): string {
  return configured ?? `${ranklySiteUrl}/servers/${encodeURIComponent(guildId)}/vote`;
}

/**
 * Why a vote link cannot be used, or null. Only Rankly's own HTTPS pages:
 * the public page shows the link to anyone as "Vote on Rankly", so it must
 * not be able to send them anywhere else.
 */
export function voteUrlProblem(text: string): string | null {
  if (text.length > voteUrlMaxLength) return `must be at most ${voteUrlMaxLength} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be a full link, https://rankly.live/…';
  }
  const site = new URL(ranklySiteUrl).hostname;
  if (url.protocol !== 'https:' || (url.hostname !== site && !url.hostname.endsWith(`.${site}`)))
    return `must be a page of ${site} (https://${site}/…)`;
  if (url.username || url.password) return 'must not carry a user name or password';
  return null;
}
