import type { GoalProgress } from '../src/db/goal.js';
import { progressBar } from '../src/domain/goal.js';
import { rewardText } from '../src/jobs/goal-reward.js';
import { t } from '../src/messages/index.js';

/** The community goal as /votes show and /votes stats draw it: a bar, the count, the reward. */
export function goalField(
  progress: GoalProgress,
  currency: string,
  locale = 'en',
): { name: string; value: string } {
  const { goal, votes, reachedAt } = progress;
  return {
    name: t('goal.field', {}, locale),
    value: t(
      'goal.progress',
      {
        bar: progressBar(votes, goal.votes),
        votes,
        target: goal.votes,
        period: goal.period,
        reached: reachedAt ? 'yes' : 'no',
        reward: rewardText(goal, currency, locale),
      },
      locale,
    ),
  };
}

/** The /setup status line of the goal. */
export function goalStatusLine(progress: GoalProgress | null, currency: string, locale = 'en'): string {
  if (!progress) return t('goal.none', {}, locale);
  return t(
    'status.goal',
    {
      votes: progress.votes,
      target: progress.goal.votes,
      period: progress.goal.period,
      reached: progress.reachedAt ? 'yes' : 'no',
      reward: rewardText(progress.goal, currency, locale),
    },
    locale,
  );
}
