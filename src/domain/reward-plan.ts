import type { RewardPolicy } from './reward-policy.js';
import { computeStreak, type StreakState } from './streak.js';
import type { VoteMessageFacts } from './vote-message.js';

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
  | { kind: 'dm'; facts: VoteMessageFacts }
  | { kind: 'announcement'; channelId: string; facts: VoteMessageFacts };

export interface RewardPlan {
  scenario: VoteScenario;
  /** Share of the full reward, 0 to 1. */
  share: number;
  /** The member's counters after this vote; unchanged when the vote earns nothing. */
  streak: StreakState & { protectionUsed?: true };
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
  /** The member's balance before this vote. */
  balance?: bigint;
  dmsClosed?: boolean;
  /** The voter has an active user premium: the guild's multiplier applies. */
  voterHasPremium?: boolean;
  /** The guild protects streaks and the member has not used it in the vote's month. */
  streakProtection?: boolean;
}): RewardPlan {
  const { vote, policy, member } = input;
  const scenario = classifyVote(vote);
  const share = rewardShare(scenario, policy);
  if (share <= 0) return { scenario, share: 0, streak: member, effects: [] };

  const streak = computeStreak(
    member,
    vote.votedAt,
    policy.streakWindowHours,
    input.streakProtection ?? false,
  );
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

  // The texts are composed when sent, from these facts (vote-message.ts).
  const given = currency + (milestone ? policy.milestoneBonus : 0);
  const facts = (template: string | null): VoteMessageFacts => ({
    template,
    streak: streak.currentStreak,
    total: streak.totalVotes,
    currency: given,
    currencyName: policy.currencyName,
    balance: ((input.balance ?? 0n) + BigInt(given)).toString(),
    roleId: policy.rewardRoleId,
    roleSeconds: policy.rewardRoleId ? policy.rewardRoleSeconds : null,
    nextVoteAt: new Date(vote.votedAt.getTime() + policy.voteCooldownHours * 3_600_000).toISOString(),
    language: policy.language,
  });
  if (policy.dmEnabled && !input.dmsClosed) {
    effects.push({ kind: 'dm', facts: facts(policy.dmTemplate) });
  }
  if (policy.announceChannelId) {
    effects.push({
      kind: 'announcement',
      channelId: policy.announceChannelId,
      facts: facts(policy.announceTemplate),
    });
  }
  return { scenario, share, streak, effects };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
