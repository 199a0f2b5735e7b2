import { type GoalInput, goalInput, goalPeriodKey } from '../domain/goal.js';
import type { Db } from './client.js';
import { sqlRunnerFor } from './client.js';
import type { CommunityGoal } from './generated/client.js';
import { sqlOf } from './sql.js';

/**
 * A guild's community goal, read and written in one place, and the moment
 * it is reached (README "Community goal").
 */
export class InvalidGoal extends Error {
  override name = 'InvalidGoal';
}

export async function saveGoal(db: Db, guildId: string, input: GoalInput): Promise<CommunityGoal> {
  const parsed = goalInput.safeParse(input);
  if (!parsed.success)
    throw new InvalidGoal(`${String(parsed.error.issues[0]?.path[0])} ${parsed.error.issues[0]?.message}`);
  const data = parsed.data;
  return db.communityGoal.upsert({ where: { guildId }, create: { guildId, ...data }, update: data });
}

export async function clearGoal(db: Db, guildId: string): Promise<boolean> {
  return (await db.communityGoal.deleteMany({ where: { guildId } })).count > 0;
}

export interface GoalProgress {
  goal: CommunityGoal;
  period: string;
  votes: number;
  reachedAt: Date | null;
}

/** The goal and the counted votes of its current period (what /votes show and /votes stats draw). */
export async function goalProgress(db: Db, guildId: string, now: Date): Promise<GoalProgress | null> {
  const goal = await db.communityGoal.findUnique({ where: { guildId } });
  if (!goal) return null;
  const period = goalPeriodKey(goal.period, now);
  const [votes, reached] = await Promise.all([
    periodVotes(db, guildId, period),
    db.goalReached.findUnique({
      where: { guildId_period: { guildId, period } },
      select: { reachedAt: true },
    }),
  ]);
  return { goal, period, votes, reachedAt: reached?.reachedAt ?? null };
}

/** Counted votes of a guild in a period: the sum of its members' tallies (kept by the reward job). */
async function periodVotes(db: Pick<Db, '$queryRaw'>, guildId: string, period: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT COALESCE(SUM(votes), 0)::int AS n FROM vote_tally WHERE guild_id = ${guildId} AND period = ${period}`;
  return row?.n ?? 0;
}

/** Enqueues the goal.reward job of a reached goal (in the caller's transaction). */
export interface GoalRewardEnqueuer {
  send(
    key: 'goalReward',
    data: { reachedId: string; userId?: string },
    opts?: { db?: ReturnType<typeof sqlRunnerFor> },
  ): Promise<unknown>;
}

/**
 * After a counted vote: if the guild's goal for the vote's period is met,
 * it is reached, once (goal_reached is unique per guild and period: of two
 * votes crossing the line at the same moment, one inserts the row and its
 * goal.reward job, the other finds it). A vote in a period already reached
 * enqueues the job for its voter, so a later voter of the period gets the
 * reward too; the job gives each member it once.
 */
export async function reachGoalIfDue(
  db: Db,
  queue: GoalRewardEnqueuer,
  vote: { guildId: string; userId: string; votedAt: Date },
): Promise<'none' | 'reached' | 'already'> {
  // Asked after every vote: plain SQL (sql.ts), one indexed read for a guild without a goal.
  const [goal] = await sqlOf(db).rows<CommunityGoal>('SELECT * FROM community_goal WHERE guild_id = $1', [
    vote.guildId,
  ]);
  if (!goal) return 'none';
  const period = goalPeriodKey(goal.period, vote.votedAt);
  const earlier = await db.goalReached.findUnique({
    where: { guildId_period: { guildId: vote.guildId, period } },
    select: { id: true },
  });
  if (earlier) {
    await queue.send('goalReward', { reachedId: earlier.id.toString(), userId: vote.userId });
    return 'already';
  }
  if ((await periodVotes(db, vote.guildId, period)) < goal.votes) return 'none';
  return db.$transaction(async (tx) => {
    const [reached] = await tx.$queryRaw<{ id: bigint }[]>`
      INSERT INTO goal_reached (guild_id, period, target, reward_role_id, reward_role_seconds, reward_coins)
      VALUES (${vote.guildId}, ${period}, ${goal.votes}, ${goal.rewardRoleId}, ${goal.rewardRoleSeconds}, ${goal.rewardCoins})
      ON CONFLICT (guild_id, period) DO NOTHING RETURNING id`;
    if (!reached) return 'already';
    await queue.send('goalReward', { reachedId: reached.id.toString() }, { db: sqlRunnerFor(tx) });
    return 'reached';
  });
}
