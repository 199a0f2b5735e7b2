/** Votes counted for a member so far; the input and output of computeStreak. */
export interface StreakState {
  totalVotes: number;
  currentStreak: number;
  bestStreak: number;
  lastVoteAt: Date | null;
}

/**
 * The member's state after one more rewarded vote. A vote within the streak
 * window of the previous one extends the streak, otherwise it restarts at 1.
 * With `protection` (the guild protects streaks and the member has not used
 * it this month), a vote that missed one window (within two of the last)
 * extends it too, and says so (`protectionUsed`). A vote older than the
 * last one counted (a late redelivery) adds to the total but leaves the
 * streak alone, so order of arrival cannot break it.
 */
export function computeStreak(
  state: StreakState,
  votedAt: Date,
  windowHours: number,
  protection = false,
): StreakState & { protectionUsed?: true } {
  const totalVotes = state.totalVotes + 1;
  if (state.lastVoteAt && votedAt.getTime() <= state.lastVoteAt.getTime()) {
    return { ...state, totalVotes };
  }
  const gap = state.lastVoteAt === null ? null : votedAt.getTime() - state.lastVoteAt.getTime();
  const window = windowHours * 3_600_000;
  const withinWindow = gap !== null && gap <= window;
  const protectedGap =
    !withinWindow && protection && gap !== null && gap <= 2 * window && state.currentStreak > 0;
  const currentStreak = withinWindow || protectedGap ? state.currentStreak + 1 : 1;
  return {
    totalVotes,
    currentStreak,
    bestStreak: Math.max(state.bestStreak, currentStreak),
    lastVoteAt: votedAt,
    ...(protectedGap ? { protectionUsed: true as const } : {}),
  };
}

/**
 * Whether a streak still stands at `now`: its window has not passed, or
 * (with protection left this month) not twice. /votes show and the
 * streak-break check (jobs/loyalty-checks.ts) use the same rule.
 */
export function streakStands(
  lastVoteAt: Date | null,
  now: Date,
  windowHours: number,
  protection: boolean,
): boolean {
  if (!lastVoteAt) return false;
  return now.getTime() - lastVoteAt.getTime() <= windowHours * 3_600_000 * (protection ? 2 : 1);
}
