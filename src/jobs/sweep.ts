import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import type { Logger } from '../log.js';
import type { RanklyApi } from '../rankly/api.js';
import type { JobQueue } from './boss.js';
import { scheduleLoyaltyChecks } from './loyalty-checks.js';
import { scheduleMissedVoteChecks } from './missed-votes.js';
import { queues } from './queues.js';

/**
 * Re-enqueues the reward of every stored vote that is not settled and has
 * no live job and no unreplayed dead letter: a job archived after waiting
 * too long, or failed by pg-boss itself (expired while its worker died)
 * without reaching our dead letters. Reward jobs are idempotent, so a vote
 * swept twice (two replicas at once) is still rewarded once.
 */
export async function sweepUnsettledVotes(deps: { db: Db; queue: JobQueue; log: Logger }): Promise<number> {
  const name = queues.voteReward.name;
  const orphans = await deps.db.$queryRaw<{ id: bigint }[]>`
    SELECT v.id FROM vote v
    WHERE v.settled_at IS NULL
      AND v.received_at < now() - interval '5 minutes'
      AND NOT EXISTS (
        SELECT 1 FROM pgboss.job j
        WHERE j.name = ${name} AND j.data->>'voteId' = v.id::text AND j.state < 'completed')
      AND NOT EXISTS (
        SELECT 1 FROM dead_letter d
        WHERE d.queue = ${name} AND d.data->>'voteId' = v.id::text AND d.replayed_at IS NULL)
    ORDER BY v.id
    LIMIT 10000`;
  for (const { id } of orphans) await deps.queue.send('voteReward', { voteId: id.toString() });
  if (orphans.length)
    deps.log.warn({ count: orphans.length }, 're-enqueued rewards of votes that had lost their job');
  return orphans.length;
}

/**
 * Sweeps once now and every `everyMs` (15 minutes) after, while the workers
 * run; a sweep that fails is logged and the next one tries again. Returns
 * the function that stops it.
 */
export function scheduleSweeps(
  deps: { db: Db; queue: JobQueue; log: Logger },
  everyMs = 15 * 60_000,
): () => void {
  const sweep = () =>
    sweepUnsettledVotes(deps).catch((err: unknown) =>
      deps.log.error({ err }, 'could not sweep unsettled votes'),
    );
  void sweep();
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The worker's periodic work: the sweep of unsettled votes, the loyalty
 * checks (broken streaks, month ends, loyalty-checks.ts), and with
 * Rankly's read API the comparison of vote counts (missed-votes.ts).
 * Returns the function that stops them all.
 */
export function schedulePeriodicWork(
  deps: {
    db: Db;
    queue: JobQueue;
    log: Logger;
    now: () => Date;
    discord: Pick<DiscordActions, 'sendMessage'>;
  },
  rankly: { api: RanklyApi; everyMs: number } | null,
): () => void {
  const stops = [scheduleSweeps(deps), scheduleLoyaltyChecks(deps)];
  if (rankly) stops.push(scheduleMissedVoteChecks({ ...deps, api: rankly.api }, rankly.everyMs));
  return () => {
    for (const stop of stops) stop();
  };
}
