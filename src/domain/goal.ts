import { z } from 'zod';
import { durationLimits } from './duration.js';
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
