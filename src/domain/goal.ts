import { z } from 'zod';
import { durationLimits, type ParsedDuration, parseDuration } from './duration.js';
import { periodKeys } from './periods.js';
import { isSnowflake, snowflakeRule } from './snowflake.js';

/**
 * The community goal's rules (README "Community goal"), pure: a
 * server-wide number of counted votes per calendar week or month (UTC), and
 * what everyone who voted in that period gets once it is reached.
 */
export const goalPeriods = ['week', 'month'] as const;
export type GoalPeriod = (typeof goalPeriods)[number];

export const goalLimits = {
  votes: { min: 1, max: 10_000_000 },
  coins: { min: 0, max: 1_000_000 },
  /** A goal role without a duration is kept this long: a goal is won again each period. */
  defaultRoleSeconds: 7 * 86_400,
} as const;

/** One validation per field of a goal, whoever sets it. */
export const goalInput = z.object({
  votes: z.number().int().min(goalLimits.votes.min).max(goalLimits.votes.max),
  period: z.enum(goalPeriods),
  rewardRoleId: z.string().refine(isSnowflake, snowflakeRule).nullable(),
  rewardRoleSeconds: z
    .number()
    .int()
    .min(durationLimits.minSeconds)
    .max(durationLimits.maxSeconds)
    .nullable(),
  rewardCoins: z.number().int().min(goalLimits.coins.min).max(goalLimits.coins.max),
});
export type GoalInput = z.infer<typeof goalInput>;

/** A goal as an admin chooses it, by /setup goal or the dashboard: the duration as typed, null when left out. */
export interface GoalChoice {
  votes: number;
  period: GoalPeriod;
  roleId: string | null;
  duration: string | null;
  coins: number;
}

/**
 * The goal to save from what the admin chose, or why its duration is
 * refused: left out, the role is kept goalLimits.defaultRoleSeconds; no
 * role, no duration stored. The values' rules are saveGoal's (db/goal.ts);
 * whether the role may be given is the caller's check, between this and
 * saveGoal, as the admin's mistakes are reported in that order.
 */
export function goalFromChoice(
  choice: GoalChoice,
): { ok: true; input: GoalInput } | { ok: false; problem: string } {
  const duration: ParsedDuration =
    choice.duration === null
      ? { ok: true, seconds: goalLimits.defaultRoleSeconds }
      : parseDuration(choice.duration);
  if (!duration.ok) return duration;
  return {
    ok: true,
    input: {
      votes: choice.votes,
      period: choice.period,
      rewardRoleId: choice.roleId,
      rewardRoleSeconds: choice.roleId ? duration.seconds : null,
      rewardCoins: choice.coins,
    },
  };
}

/** The vote_tally key of the goal's period that `at` falls in ('w2026-47', 'm2026-11'). */
export function goalPeriodKey(period: string, at: Date): string {
  const keys = periodKeys(at);
  return period === 'week' ? keys.week : keys.month;
}

/** "▰▰▰▰▰▰▱▱▱▱ 60%": ten cells, full once reached. */
export function progressBar(votes: number, target: number, cells = 10): string {
  const share = target > 0 ? Math.min(votes / target, 1) : 0;
  const full = Math.floor(share * cells);
  return `${'▰'.repeat(full)}${'▱'.repeat(cells - full)} ${Math.floor(share * 100)}%`;
}
