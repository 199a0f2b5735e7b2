/**
 * A guild's reward policy as the domain sees it: plain data, defaults from
 * the reward matrix in Rankly's vote webhook documentation.
 */
export type DenialPolicy = 'none' | 'reduced' | 'full';

export interface RewardPolicy {
  rewardRoleId: string | null;
  /** Seconds the role is kept; null keeps it for good. */
  rewardRoleSeconds: number | null;
  currencyAmount: number;
  currencyName: string;
  /** Share of the reward (0 to 100) for a vote cast with an ad blocker. */
  adBlockerPercent: number;
  /** What other uncredited votes earn ("Already voted recently", captcha, ...). */
  denialPolicy: DenialPolicy;
  dmEnabled: boolean;
  /** The admin's own DM text; null: the default (messages/en.ts). */
  dmTemplate: string | null;
  announceChannelId: string | null;
  /** The admin's own announcement text; null: the default. */
  announceTemplate: string | null;
  logChannelId: string | null;
  streakWindowHours: number;
  milestoneEvery: number | null;
  milestoneBonus: number;
  /** Currency multiplier for voters with an active user premium. */
  premiumVoteMultiplier: number;
  /** Hours after a vote until the voter may vote again on Rankly. */
  voteCooldownHours: number;
  /** The language of DMs and announcements (/setup language); null: the guild's preferred locale. */
  language: string | null;
}

export const defaultPolicy: RewardPolicy = {
  rewardRoleId: null,
  rewardRoleSeconds: null,
  currencyAmount: 0,
  currencyName: 'coins',
  adBlockerPercent: 50,
  denialPolicy: 'none',
  dmEnabled: true,
  dmTemplate: null,
  announceChannelId: null,
  announceTemplate: null,
  logChannelId: null,
  streakWindowHours: 36,
  milestoneEvery: null,
  milestoneBonus: 0,
  premiumVoteMultiplier: 1,
  voteCooldownHours: 12,
  language: null,
};

/** The stored form of a policy (a guild_config row). */
export type StoredPolicy = Omit<RewardPolicy, 'denialPolicy'> & {
  denialPolicy: string;
};

/** A guild's policy from its stored row, or the defaults when it has none. */
export function policyFrom(row: StoredPolicy | null): RewardPolicy {
  if (!row) return defaultPolicy;
  return {
    ...row,
    denialPolicy: isDenialPolicy(row.denialPolicy) ? row.denialPolicy : 'none',
  };
}

/** The reward of a bot vote, the same for every voter (BOT_VOTE_CURRENCY, BOT_VOTE_ROLE_ID). */
export interface BotVoteReward {
  currency: number;
  roleId: string | null;
}

/**
 * The policy a bot vote is rewarded by: its home guild's (reward matrix,
 * messages, streaks, milestones, premium multiplier), with the bot's own
 * reward instead of the guild's currency and role. A role other than the
 * guild's reward role is kept for good; the guild's own keeps its duration.
 */
export function botVotePolicy(guild: RewardPolicy, reward: BotVoteReward): RewardPolicy {
  return {
    ...guild,
    currencyAmount: reward.currency,
    rewardRoleId: reward.roleId,
    rewardRoleSeconds:
      reward.roleId !== null && reward.roleId === guild.rewardRoleId ? guild.rewardRoleSeconds : null,
  };
}

function isDenialPolicy(value: string): value is DenialPolicy {
  return value === 'none' || value === 'reduced' || value === 'full';
}
