/**
 * Vote tiers: roles a member earns by reaching a number of votes. Each
 * counter (all votes, the current streak, this month's votes) is its own
 * ladder: a member holds the highest tier reached on each ladder, or every
 * tier reached when the guild stacks them. Pure: the database applies the
 * same rule in one statement (db/tiers.ts); /votes show and the tests use
 * this one.
 */
export type TierCounter = 'total' | 'streak' | 'month';
export const tierCounters: readonly TierCounter[] = ['total', 'streak', 'month'];

export interface Tier {
  roleId: string;
  votes: number;
  counts: TierCounter;
}

export type TierCounts = Record<TierCounter, number>;

/** The tier roles a member should hold with these counts (sorted by role id, as member.tier_role_ids). */
export function tierRolesReached(tiers: readonly Tier[], counts: TierCounts, stack: boolean): string[] {
  const held: string[] = [];
  for (const counter of tierCounters) {
    const reached = tiers.filter((t) => t.counts === counter && counts[counter] >= t.votes);
    if (stack) held.push(...reached.map((t) => t.roleId));
    else {
      const top = highest(reached);
      if (top) held.push(top.roleId);
    }
  }
  return held.sort();
}

/** Where a member stands on one ladder: the tier held (highest reached) and the next one. */
export interface TierStanding {
  counts: TierCounter;
  current: Tier | null;
  next: { tier: Tier; votesToGo: number } | null;
}

/** One standing per ladder the guild has, in the order total, streak, month. */
export function tierStandings(tiers: readonly Tier[], counts: TierCounts): TierStanding[] {
  return tierCounters
    .filter((counter) => tiers.some((t) => t.counts === counter))
    .map((counter) => {
      const ladder = tiers.filter((t) => t.counts === counter);
      const current = highest(ladder.filter((t) => counts[counter] >= t.votes)) ?? null;
      const above = ladder
        .filter((t) => t.votes > counts[counter])
        .sort((a, b) => a.votes - b.votes || a.roleId.localeCompare(b.roleId))[0];
      return {
        counts: counter,
        current,
        next: above ? { tier: above, votesToGo: above.votes - counts[counter] } : null,
      };
    });
}

/** The changes that take a member from the roles held to the roles reached. */
export function tierChanges(held: readonly string[], reached: readonly string[]) {
  return {
    grant: reached.filter((r) => !held.includes(r)),
    remove: held.filter((r) => !reached.includes(r)),
  };
}

function highest(tiers: readonly Tier[]): Tier | undefined {
  // Two tiers at the same count: the one added first (kept stable by role id).
  return [...tiers].sort((a, b) => b.votes - a.votes || a.roleId.localeCompare(b.roleId))[0];
}
