import { afterEach, expect, it } from 'vitest';
import { drain, outcome, type Scenario, sendVotes, startScenario } from './harness.js';

let scenario: Scenario | undefined;
afterEach(async () => {
  await scenario?.close();
  scenario = undefined;
});

it('Discord chaos: 30% of calls fail (429, 500, timeout, reset); every reward lands once; never over 50 requests/s', async () => {
  const s = await startScenario({ users: 500 });
  scenario = s;
  s.fake.rateLimits({ globalPerSecond: 50 });
  s.fake.setChaos({ rate: 0.3, kinds: ['429', '500', 'timeout', 'reset'], seed: 42 });
  const bot = await s.start({ DISCORD_REST_TIMEOUT_MS: '2000' });
  const started = Date.now();
  const acked = await sendVotes(
    () => bot.url,
    s.users.map((userId, i) => ({ userId, i })),
    50,
  );
  const drained = await drain(s);
  const o = await outcome(s, acked);
  const faulted = s.fake.requests.filter((r) => r.status !== 200 && r.status !== 204).length;
  console.log(
    [
      `chaos suite (${((Date.now() - started) / 1000).toFixed(0)} s): ${s.fake.requests.length} Discord calls, ${faulted} faulted`,
      `  acknowledged ${o.acked}; settled ${o.settled}; drained: ${drained}`,
      `  currency once ${o.currencyOnce}, more than once ${o.currencyTwice}; users with the role ${o.usersWithRole}`,
      `  DMs delivered ${o.dmsDelivered}, users with two DMs ${o.usersWithTwoDms}, DMs given up as 'unknown' (no answer) ${o.dmsLost}`,
      `  highest requests in any second at the fake: ${s.fake.maxRequestsPerSecond()} (Discord's global limit: 50)`,
    ].join('\n'),
  );
  expect(o.acked).toBe(500);
  expect(o.settled).toBe(o.acked);
  expect(o.currencyOnce).toBe(o.acked);
  expect(o.usersWithRole).toBe(o.acked);
  expect(o.usersWithTwoDms).toBe(0);
  expect(o.dmsUnaccounted).toBe(0);
  expect(s.fake.maxRequestsPerSecond()).toBeLessThanOrEqual(50);
}, 1_200_000);

it('two bot processes on one database take the same burst: exactly once still holds', async () => {
  const s = await startScenario({ users: 2000 });
  scenario = s;
  const [a, b] = [await s.start(), await s.start()];
  let turn = 0;
  const started = Date.now();
  // Every vote goes to one process or the other, and a third of them to both (a retry landing elsewhere).
  const votes = s.users.map((userId, i) => ({ userId, i }));
  const acked = await sendVotes(() => ((turn++ % 2 ? a : b) as { url: string }).url, votes, 50);
  const again = await sendVotes(
    () => ((turn++ % 2 ? a : b) as { url: string }).url,
    votes.filter((_, i) => i % 3 === 0),
    50,
  );
  for (const u of again) acked.add(u);
  const drained = await drain(s);
  const o = await outcome(s, acked);
  const jobsBy = await s.db.query<{ n: string }>(
    "SELECT count(*) AS n FROM pgboss.job WHERE name = 'vote.reward'",
  );
  console.log(
    [
      `two-process suite (${((Date.now() - started) / 1000).toFixed(0)} s): ${votes.length} votes + ${Math.ceil(votes.length / 3)} redeliveries`,
      `  acknowledged ${o.acked}; stored ${o.stored}; settled ${o.settled}; drained: ${drained}; reward jobs ${jobsBy.rows[0]?.n}`,
      `  currency once ${o.currencyOnce}, more than once ${o.currencyTwice}; users with the role ${o.usersWithRole}`,
      `  DMs delivered ${o.dmsDelivered}, users with two DMs ${o.usersWithTwoDms}`,
    ].join('\n'),
  );
  expect(o.stored).toBe(o.acked);
  expect(o.settled).toBe(o.acked);
  expect(o.currencyOnce).toBe(o.acked);
  expect(o.currencyTwice).toBe(0);
  expect(o.usersWithRole).toBe(o.acked);
  expect(o.usersWithTwoDms).toBe(0);
  expect(o.dmsDelivered).toBe(o.acked);
}, 1_200_000);
