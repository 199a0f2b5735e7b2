// npm run bench:dashboard
//
// Seeds the benchmarks' 1,000,000 votes of 10,000 members in one guild over a
// year, with two ledger rows per vote (currency and role, given), some
// refused rewards and dead letters, then runs the bot's web role (the real
// HTTP app, the dashboard included) against that database and the fake
// Discord, logs in through the fake's OAuth2 as a server admin, and times
// every dashboard page over HTTP, end to end: the session look-up, the
// guild access check (Discord's answers kept 30 s), the queries and the
// HTML. Then one all-time CSV export of every vote. Uses DATABASE_URL's
// server (a scratch database) or an embedded Postgres.
import { PermissionFlagsBits as P } from 'discord.js';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { startBot } from '../src/main.js';
import { startFakeDiscord } from '../test/support/fake-discord.js';
import { freePort } from './lib.js';
import { seedVotes, timeRuns } from './seed-votes.js';

const VOTES = Number(process.env.BENCH_VOTES ?? 1_000_000);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const guildId = '123456789012345678';
const adminId = '223456789012345678';
const adminsRoleId = '323456789012345678';
const voterRoleId = '423456789012345678';
const log = createLogger({ level: 'warn', pretty: false });

const seeded = await seedVotes({
  votes: VOTES,
  members: MEMBERS,
  guildId,
  log,
  adBlockerEvery: 9,
  deniedEvery: 13,
});
const fake = await startFakeDiscord();
let stopBot = async () => {};
try {
  const started = Date.now();
  const seed = new pg.Client({ connectionString: seeded.url });
  // The scratch database is dropped (connections and all) however the run ends.
  seed.on('error', () => {});
  await seed.connect();
  // What the reward job leaves in the ledger: each vote's currency and role; one vote in 500 had its role refused.
  await seed.query(
    `INSERT INTO reward_effect (vote_id, guild_id, user_id, kind, status, amount, role_id, detail)
     SELECT id, guild_id, user_id, 'currency'::reward_effect_kind, 'done'::effect_status, 25, NULL, NULL FROM vote
     UNION ALL
     SELECT id, guild_id, user_id, 'role'::reward_effect_kind,
            CASE WHEN id % 500 = 0 THEN 'refused'::effect_status ELSE 'done'::effect_status END, NULL, $1,
            CASE WHEN id % 500 = 0 THEN 'the role has the Ban Members permission' END FROM vote`,
    [voterRoleId],
  );
  await seed.query(
    `INSERT INTO dead_letter (queue, data, reason)
     SELECT 'vote.reward', jsonb_build_object('voteId', id::text), 'Discord answered 503 five times'
     FROM vote WHERE id % 20000 = 0`,
  );
  await seed.query(
    `INSERT INTO guild_config (guild_id, reward_role_id, currency_amount, public_page, updated_at) VALUES ($1, $2, 25, true, now())`,
    [guildId, voterRoleId],
  );
  await seed.query('VACUUM ANALYZE reward_effect');
  await seed.end();
  console.log(
    `seeded ${VOTES.toLocaleString()} votes of ${MEMBERS.toLocaleString()} members with ${(2 * VOTES).toLocaleString()} ledger rows in ${(seeded.seedSeconds + (Date.now() - started) / 1000).toFixed(1)} s`,
  );

  fake.addGuild({
    id: guildId,
    name: 'Busy Server',
    roles: [
      { id: adminsRoleId, name: 'Admins', position: 5, permissions: String(P.ManageGuild | P.ManageRoles) },
      { id: voterRoleId, name: 'Voter', position: 2 },
    ],
    members: [adminId],
    memberRoles: { [adminId]: [adminsRoleId] },
    channels: ['523456789012345678', '623456789012345678'],
  });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  fake.oauth.addRedirectUri(`${base}/dashboard/callback`);
  fake.oauth.signIn(adminId);
  const bot = await startBot(
    loadConfig({
      DATABASE_URL: seeded.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      RUN: 'web',
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_CLIENT_ID: fake.oauth.clientId,
      DISCORD_CLIENT_SECRET: fake.oauth.clientSecret,
      RANKLY_WEBHOOK_AUTH: 'bench-secret',
      LOG_LEVEL: 'warn',
    }),
    log,
    { migrate: false },
  );
  stopBot = bot.stop;

  // The login as a browser does it, by hand: login cookie, Discord, callback.
  const login = await fetch(`${base}/dashboard/login`, { redirect: 'manual' });
  const loginCookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const authorize = await fetch(login.headers.get('location') as string, { redirect: 'manual' });
  const callback = await fetch(authorize.headers.get('location') as string, {
    redirect: 'manual',
    headers: { cookie: loginCookie },
  });
  const cookie = (callback.headers.get('set-cookie') ?? '')
    .split(/,(?=\s*\w+=)/)
    .map((c) => c.trim().split(';')[0] as string)
    .find((c) => c.startsWith('rankly_session='));
  if (!cookie) throw new Error(`login failed: ${callback.status}`);

  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 200)}`);
    return body;
  };
  // A cursor deep in the log (about vote 500,000 from the newest).
  const deep = await (async () => {
    const client = new pg.Client({ connectionString: seeded.url });
    await client.connect();
    const { rows } = await client.query<{ at: Date; id: string }>(
      `SELECT voted_at AS at, id::text FROM vote WHERE guild_id = $1 ORDER BY voted_at DESC, id DESC OFFSET $2 LIMIT 1`,
      [guildId, Math.floor(VOTES / 2)],
    );
    await client.end();
    const row = rows[0];
    return row ? `${row.at.getTime()}_${row.id}` : '';
  })();
  const member = (i: number) => (100000000000000000n + BigInt((i * 7919) % MEMBERS)).toString();
  const g = `/dashboard/guilds/${guildId}`;
  const pages: Array<[string, (i: number) => string]> = [
    ['servers', () => '/dashboard'],
    ['status', () => g],
    ['settings', () => `${g}/settings`],
    ['webhook', () => `${g}/webhook`],
    ['vote log, newest', () => `${g}/votes`],
    ['vote log, page ~20,000', () => `${g}/votes?before=${deep}`],
    ['vote log, one member', (i) => `${g}/votes?member=${member(i)}`],
    ['stats 7d', () => `${g}/stats?period=7d`],
    ['stats 30d', () => `${g}/stats?period=30d`],
    ['stats 90d', () => `${g}/stats?period=90d`],
    ['stats all', () => `${g}/stats?period=all`],
    ['chart 30d (SVG)', () => `${g}/stats/chart.svg?period=30d`],
    ['failed rewards', () => `${g}/rewards`],
    ['loyalty', () => `${g}/loyalty`],
    ['integrations', () => `${g}/integrations`],
    ['public page', () => `/dashboard/public/${guildId}`],
  ];
  console.log(`\n${RUNS} runs each (after 5 warm-up runs), over HTTP:`);
  console.log('page                        p50 ms   p99 ms   max ms');
  const f = (ms: number) => ms.toFixed(1).padStart(6);
  for (const [name, path] of pages) {
    const t = await timeRuns((i) => get(path(i)), { runs: RUNS, warmUp: 5 });
    console.log(`${name.padEnd(26)} ${f(t.p50)}   ${f(t.p99)}   ${f(t.max)}`);
  }
  const exportStarted = performance.now();
  const csv = await get(`${g}/export.csv?period=all`);
  const seconds = (performance.now() - exportStarted) / 1000;
  const lines = csv.split('\n').length - 2;
  console.log(
    `\nCSV export, all time: ${lines.toLocaleString()} votes, ${(csv.length / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${(csv.length / 1e6 / seconds).toFixed(1)} MB/s)`,
  );
  console.log('\ngoal: every page p99 under 100 ms');
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await stopBot();
  await fake.close();
  await seeded.close();
}
