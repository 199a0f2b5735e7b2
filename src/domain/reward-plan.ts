import { formatDuration } from './duration.js';
import type { RewardPolicy } from './reward-policy.js';
import { computeStreak, type StreakState } from './streak.js';
import { renderTemplate } from './template.js';

export interface VoteFacts {
  userId: string;
  votedAt: Date;
  creditsAwarded: boolean;
  adBlocker: boolean;
}

/** The rows of Rankly's reward matrix (dashboard tests never reach a plan). */
export type VoteScenario = 'credited' | 'ad_blocker' | 'denied';

export type PlannedEffect =
  | { kind: 'currency'; amount: number }
  | { kind: 'milestone'; amount: number }
  | { kind: 'role'; roleId: string; seconds: number | null }
  | { kind: 'dm'; content: string }
  | { kind: 'announcement'; channelId: string; content: string };

export interface RewardPlan {
  scenario: VoteScenario;
  /** Share of the full reward, 0 to 1. */
  share: number;
  /** The member's counters after this vote; unchanged when the vote earns nothing. */
  streak: StreakState;
  effects: PlannedEffect[];
}

export function classifyVote(vote: Pick<VoteFacts, 'creditsAwarded' | 'adBlocker'>): VoteScenario {
  if (vote.adBlocker) return 'ad_blocker';
  return vote.creditsAwarded ? 'credited' : 'denied';
}

export function rewardShare(scenario: VoteScenario, policy: RewardPolicy): number {
  const reduced = clamp(policy.adBlockerPercent, 0, 100) / 100;
  if (scenario === 'credited') return 1;
  if (scenario === 'ad_blocker') return reduced;
  if (policy.denialPolicy === 'full') return 1;
  return policy.denialPolicy === 'reduced' ? reduced : 0;
}

/**
 * What one vote earns under a guild's policy. Pure: the worker persists the
 * plan and applies its effects. A vote that earns nothing is still stored,
 * but neither counts towards totals and streaks nor sends anything.
 */
export function planVoteReward(input: {
  vote: VoteFacts;
  policy: RewardPolicy;
  member: StreakState;
  /** How to name the reward role in messages (a mention or its name). */
  roleLabel?: string;
  dmsClosed?: boolean;
  /** The voter has an active user premium: the guild's multiplier applies. */
  voterHasPremium?: boolean;
}): RewardPlan {
  const { vote, policy, member } = input;
  const scenario = classifyVote(vote);
  const share = rewardShare(scenario, policy);
  if (share <= 0) return { scenario, share: 0, streak: member, effects: [] };

  const streak = computeStreak(member, vote.votedAt, policy.streakWindowHours);
  const effects: PlannedEffect[] = [];
  const multiplier = input.voterHasPremium ? Math.max(0, policy.premiumVoteMultiplier) : 1;
  const currency = Math.floor(policy.currencyAmount * share * multiplier);
  if (currency > 0) effects.push({ kind: 'currency', amount: currency });

  const extendsStreak =
    streak.currentStreak !== member.currentStreak || streak.lastVoteAt !== member.lastVoteAt;
  const milestone =
    extendsStreak &&
    policy.milestoneEvery !== null &&
    policy.milestoneEvery > 0 &&
    policy.milestoneBonus > 0 &&
    streak.currentStreak % policy.milestoneEvery === 0;
  if (milestone) effects.push({ kind: 'milestone', amount: policy.milestoneBonus });

  if (policy.rewardRoleId) {
    effects.push({ kind: 'role', roleId: policy.rewardRoleId, seconds: policy.rewardRoleSeconds });
  }

  const reward = describeReward({
    currency: currency + (milestone ? policy.milestoneBonus : 0),
    currencyName: policy.currencyName,
    roleLabel: policy.rewardRoleId ? (input.roleLabel ?? `<@&${policy.rewardRoleId}>`) : null,
    roleSeconds: policy.rewardRoleSeconds,
  });
  const values = {
    user: `<@${vote.userId}>`,
    streak: streak.currentStreak,
    total: streak.totalVotes,
    reward,
  };
  if (policy.dmEnabled && !input.dmsClosed) {
    effects.push({ kind: 'dm', content: renderTemplate(policy.dmTemplate, values) });
  }
  if (policy.announceChannelId) {
    effects.push({
      kind: 'announcement',
      channelId: policy.announceChannelId,
      content: renderTemplate(policy.announceTemplate, values),
    });
  }
  return { scenario, share, streak, effects };
}

export function describeReward(r: {
  currency: number;
  currencyName: string;
  roleLabel: string | null;
  roleSeconds: number | null;
}): string {
  const parts: string[] = [];
  if (r.currency > 0) parts.push(`${r.currency} ${r.currencyName}`);
  if (r.roleLabel) {
    parts.push(
      r.roleSeconds
        ? `the ${r.roleLabel} role for ${formatDuration(r.roleSeconds)}`
        : `the ${r.roleLabel} role`,
    );
  }
  return parts.length ? parts.join(' and ') : 'our thanks';
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
