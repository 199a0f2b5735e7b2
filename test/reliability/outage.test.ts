import { afterAll, expect, inject, it } from 'vitest';
import { adminQuery } from '../support/database.js';
import { drain, outcome, type Scenario, sendVotes, startScenario, vote, voteHeaders } from './harness.js';

let scenario: Scenario | undefined;
afterAll(async () => {
  await scenario?.close();
});

const admin = (sql: string) => adminQuery(inject('adminUrl'), sql);

it('database outage under load: 503 while down, no crash, everything acknowledged is processed after', async () => {
  const s = await startScenario({ users: 1000 });
  scenario = s;
  const bot = await s.start({ LOG_LEVEL: 'info' });
  const database = new URL(s.databaseUrl).pathname.slice(1);
  const votes = s.users.map((userId, i) => ({ userId, i }));
  const started = Date.now();
  let outage: Promise<{ webhook: number; ready: number; alive: boolean }> | undefined;
  const acked = await sendVotes(
    () => bot.url,
    votes,
    20,
    (done) => {
      if (done !== 300) return;
      outage = (async () => {
        await admin(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
        await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`);
        await new Promise((r) => setTimeout(r, 3000));
        const webhook = await fetch(`${bot.url}/webhook/votes`, {
          method: 'POST',
          headers: voteHeaders,
          body: JSON.stringify(vote('399999999999999999', 1)),
        });
        const ready = await fetch(`${bot.url}/readyz`);
        const seen = { webhook: webhook.status, ready: ready.status, alive: bot.child.exitCode === null };
        await admin(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
        return seen;
      })();
    },
  );
  const during = await outage?.catch((err: unknown) => {
    console.log(
      `the bot (exit ${bot.child.exitCode}, signal ${bot.child.signalCode}) wrote:\n${bot
        .output()
        .split('\n')
        .filter((l) => !l.includes('"level":40') && !l.includes('"level":50') && !l.includes('vote stored'))
        .join('\n')
        .slice(-6000)}`,
    );
    throw err;
  });
  // Rankly retries what was not acknowledged.
  const retried = await sendVotes(
    () => bot.url,
    votes.filter((v) => !acked.has(v.userId)),
    20,
  );
  for (const u of retried) acked.add(u);
  const drained = await drain(s);
  const o = await outcome(s, acked);
  console.log(
    [
      `outage suite (${((Date.now() - started) / 1000).toFixed(0)} s): database refused connections for ~3 s after 300 votes`,
      `  while down: webhook ${during?.webhook}, /readyz ${during?.ready}, process alive: ${during?.alive}`,
      `  acknowledged ${o.acked} (${acked.size - retried.size} first time, ${retried.size} on retry); stored ${o.stored}; settled ${o.settled}; drained: ${drained}`,
      `  currency once ${o.currencyOnce}, more than once ${o.currencyTwice}; users with the role ${o.usersWithRole}; users with two DMs ${o.usersWithTwoDms}`,
    ].join('\n'),
  );
  expect(during).toEqual({ webhook: 503, ready: 503, alive: true });
  expect(o.acked).toBe(1000);
  expect(o.stored).toBe(o.acked);
  expect(o.settled).toBe(o.acked);
  expect(o.currencyOnce).toBe(o.acked);
  expect(o.usersWithTwoDms).toBe(0);
}, 1_200_000);
