import { afterAll, expect, it } from 'vitest';
import { drain, outcome, type Scenario, sendVotes, startScenario } from './harness.js';

let scenario: Scenario | undefined;
afterAll(async () => {
  await scenario?.close();
});

it('crash: 5,000 votes, SIGKILL midway, restart, drain: each acknowledged vote rewarded exactly once', async () => {
  const s = await startScenario({ users: 5000 });
  scenario = s;
  let bot = await s.start();
  let target = bot.url;
  const votes = s.users.map((userId, i) => ({ userId, i }));
  let killedAt = 0;
  const started = Date.now();
  const acked = await sendVotes(
    () => target,
    votes,
    50,
    (done) => {
      if (!killedAt && done >= votes.length / 2) {
        killedAt = done;
        bot.child.kill('SIGKILL');
      }
    },
  );
  const ackedBeforeRestart = acked.size;
  await bot.exited;
  bot = await s.start();
  target = bot.url;
  // Rankly retries what was not acknowledged.
  const retried = await sendVotes(
    () => target,
    votes.filter((v) => !acked.has(v.userId)),
    50,
  );
  for (const u of retried) acked.add(u);
  const drained = await drain(s);
  const o = await outcome(s, acked);
  console.log(
    [
      `crash suite (${((Date.now() - started) / 1000).toFixed(0)} s):`,
      `  sent ${votes.length}, SIGKILL after ${killedAt} sent, ${ackedBeforeRestart} acknowledged before the kill`,
      `  acknowledged in all ${o.acked}; stored ${o.stored}; settled ${o.settled}; drained: ${drained}`,
      `  currency added once ${o.currencyOnce}, more than once ${o.currencyTwice}`,
      `  users with the role ${o.usersWithRole} (role PUTs answered 204: ${o.rolePutsTotal}; repeats are idempotent)`,
      `  DMs delivered ${o.dmsDelivered}, users with two DMs ${o.usersWithTwoDms}; DMs given up after the nonce window (recorded 'unknown') ${o.dmsLost}; unaccounted ${o.dmsUnaccounted}`,
    ].join('\n'),
  );
  expect(o.missing).toEqual([]);
  expect(o.stored).toBe(o.acked);
  expect(o.settled).toBe(o.acked);
  expect(o.currencyOnce).toBe(o.acked);
  expect(o.currencyTwice).toBe(0);
  expect(o.usersWithRole).toBe(o.acked);
  expect(o.usersWithTwoDms).toBe(0);
  // At most once: never two, and a voter without a DM has it recorded as interrupted.
  expect(o.dmsDelivered).toBeLessThanOrEqual(o.acked);
  expect(o.dmsUnaccounted).toBe(0);
}, 1_200_000);
