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
 * A vote older than the last one counted (a late redelivery) adds to the
 * total but leaves the streak alone, so order of arrival cannot break it.
 */
export function computeStreak(state: StreakState, votedAt: Date, windowHours: number): StreakState {
  const totalVotes = state.totalVotes + 1;
  if (state.lastVoteAt && votedAt.getTime() <= state.lastVoteAt.getTime()) {
    return { ...state, totalVotes };
  }
  const withinWindow =
    state.lastVoteAt !== null && votedAt.getTime() - state.lastVoteAt.getTime() <= windowHours * 3_600_000;
  const currentStreak = withinWindow ? state.currentStreak + 1 : 1;
  return {
    totalVotes,
    currentStreak,
    bestStreak: Math.max(state.bestStreak, currentStreak),
    lastVoteAt: votedAt,
  };
}
