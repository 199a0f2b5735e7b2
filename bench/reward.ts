/**
 * Reward latency benchmark (issue 7): from a vote webhook leaving the sender
 * to its role grant reaching Discord, at a steady 50 votes per second.
 *
 *   node --import tsx bench/reward.ts            # embedded Postgres in a temporary DATA_DIR
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test node --import tsx bench/reward.ts
 *
 * Discord is the local fake (test/support/fake-discord.ts) in this process,
 * answering after 50-100 ms and enforcing Discord's global limit of 50
 * requests per second; the bot runs as a child process against it, with a
 * guild policy of one reward role and no DM (one REST call per vote). Votes
 * are sent at 50/s with fetch from a timer loop; a vote's latency is the
 * time the fake received the PUT of that voter's role (RecordedRequest.at:
 * the fake applies the grant on arrival) minus the time the webhook was sent.
 * Exits non-zero only when something crashed, not when a goal is missed.
 *
 * A warm-up round (BENCH_WARMUP_SECONDS at the same rate, other voters; reported
 * separately as "cold start") runs first: a freshly started bot is slow for its
 * first seconds, which a bot that has been up for days is not.
 *
 * Then a burst phase (issue 17): BENCH_BURST_VOTES (default 2,000) votes of
 * new voters sent as fast as the listener takes them (50 in flight), with
 * the reward role, a DM and an announcement configured and every voter's DMs
 * open; it prints Discord requests per rewarded vote, the drain rate and the
 * time until the last reward. And a per-route phase: the fake limits each
 * route bucket to BENCH_ROUTE_LIMIT (default 5) requests a second per guild,
 * BENCH_ROUTE_VOTES (default 200) votes, and the 429s and 401/403/429
 * answers are counted (Discord bans an IP at 10,000 of those in 10 minutes).
 *
 * Environment knobs: BENCH_VOTES (default 1000), BENCH_RATE (votes/s, default 50),
 * BENCH_WARMUP_SECONDS (default 10; 0 measures from a cold start),
 * BENCH_DRAIN_SECONDS (how long to wait for grants after the last vote, default 90),
 * BENCH_LOG_LEVEL (the bot's LOG_LEVEL, default info as in production), BENCH_QUICK=1 (stop after
 * the measured round: its latency and the memory goals, without the burst and per-route phases),
 * BENCH_BOT_NODE_ARGS (extra node flags for the bot), REWARD_CONCURRENCY (passed to the bot).
 */
import { randomBytes } from 'node:crypto';
import { startFakeDiscord } from '../test/support/fake-discord.js';
import {
  botArgs,
  botEnv,
  CpuMeter,
  coreCount,
  fmt,
  freePort,
  machine,
  mb,
  onCleanup,
  percentile,
  prepareDatabase,
  processTree,
  query,
  rssKb,
  runBench,
  sampleRss,
  sleep,
  startChild,
} from './lib.js';

const total = Number(process.env.BENCH_VOTES ?? 1000);
const rate = Number(process.env.BENCH_RATE ?? 50);
const drainSeconds = Number(process.env.BENCH_DRAIN_SECONDS ?? 90);
const logLevel = process.env.BENCH_LOG_LEVEL ?? 'info';
const botNodeArgs = (process.env.BENCH_BOT_NODE_ARGS ?? '').split(' ').filter(Boolean);
// Issue 17 point 7: the bot's RSS idle after start-up and at its peak over the warm-up and measured rounds.
const goals = {
  p50Ms: 300,
  p99Ms: 1000,
  requestsPerVote: 2.1,
  drainPerSecond: 23,
  idleRssMb: 110,
  peakRssMb: 160,
};
/** BENCH_QUICK=1: only the warm-up and measured rounds (latency and memory), not the burst and per-route phases. */
const quick = process.env.BENCH_QUICK === '1';
const burstVotes = Number(process.env.BENCH_BURST_VOTES ?? 2000);
const routeVotes = Number(process.env.BENCH_ROUTE_VOTES ?? 200);
const routeLimit = Number(process.env.BENCH_ROUTE_LIMIT ?? 5);
const burstVoters = Array.from({ length: burstVotes }, (_, i) =>
  (420_000_000_000_000_000n + BigInt(i)).toString(),
);
const routeVoters = Array.from({ length: routeVotes }, (_, i) =>
  (430_000_000_000_000_000n + BigInt(i)).toString(),
);
const announceChannelId = '323456789012345678';

const guildId = '123456789012345678';
const roleId = '223456789012345678';
const secret = randomBytes(24).toString('base64url');
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
const voters = Array.from({ length: total }, (_, i) => (400_000_000_000_000_000n + BigInt(i)).toString());
// Other voters for the warm-up round: a freshly started process is slow for its first seconds (JIT,
// Prisma's query compiler), which is not what a bot that has been running for days sees.
const warmupVoters = Array.from({ length: Math.round(rate * warmupSeconds) }, (_, i) =>
  (410_000_000_000_000_000n + BigInt(i)).toString(),
);

runBench('bench/reward', 5 * 60_000 + drainSeconds * 1000, async () => {
  console.log(`reward benchmark: ${machine()}, ${fmt(total)} votes at ${rate}/s`);
  const fake = await startFakeDiscord();
  onCleanup('close the fake Discord', () => fake.close());
  fake.addGuild({
    id: guildId,
    roles: [{ id: roleId, name: 'Voter', position: 1 }],
    members: [...warmupVoters, ...voters, ...burstVoters, ...routeVoters],
    channels: [announceChannelId],
  });
  fake.setLatency(50, 100);
  fake.rateLimits({ globalPerSecond: 50 });

  const db = await prepareDatabase('reward');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const verbose = ['info', 'debug', 'trace'].includes(logLevel);
  const child = await startChild({
    name: 'bot',
    args: botArgs(botNodeArgs),
    env: botEnv({
      PORT: String(port),
      LOG_LEVEL: logLevel,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      RANKLY_WEBHOOK_AUTH: secret,
      ...(process.env.REWARD_CONCURRENCY ? { REWARD_CONCURRENCY: process.env.REWARD_CONCURRENCY } : {}),
      ...db.botEnv,
    }),
    // The workers start once the gateway is ready; quieter log levels only have /readyz.
    readyPattern: /reward workers started/,
    ...(verbose ? {} : { readyUrl: `${url}/readyz` }),
    timeoutMs: 120_000,
  });
  if (!verbose) await sleep(2000); // /readyz answers before the workers have registered
  const dbDescription = await db.describe();
  console.log(`bot ready in ${fmt((Date.now() - started) / 1000, 1)} s (${dbDescription})`);
  const dbUrl = await db.url();
  await query(
    dbUrl,
    `INSERT INTO guild_config (guild_id, reward_role_id, dm_enabled) VALUES ($1, $2, false)
     ON CONFLICT (guild_id) DO UPDATE SET reward_role_id = $2, dm_enabled = false`,
    [guildId, roleId],
  );
  const postmaster = await db.postmasterPid();
  await sleep(1000);
  const rssIdleKb = rssKb(child.pid) ?? 0;
  const logOffset = child.output().length;
  fake.reset(); // forget start-up calls (gateway, application): measure the votes' requests
  fake.setLatency(50, 100);

  // ---------------------------------------------------------------- a round of votes
  const rolePath = (userId: string) => `/guilds/${guildId}/members/${userId}/roles/${roleId}`;
  let timestamps = Date.now() - 3_600_000;
  /** Sends one vote per voter at `rate`, waits for their grants; latencies in ms per granted vote. */
  const round = async (ids: string[], drainMs: number) => {
    const sentAt = new Map<string, number>();
    const answers = new Map<string, { status: number; ms: number }>();
    let sendErrors = 0;
    const inFlight = new Set<Promise<void>>();
    const sendStart = performance.now();
    const sendStartWall = Date.now();
    await new Promise<void>((done) => {
      let next = 0;
      const tick = () => {
        const due = Math.floor(((performance.now() - sendStart) * rate) / 1000) + 1;
        while (next < Math.min(due, ids.length)) {
          const userId = ids[next++] as string;
          const body = JSON.stringify({
            userId,
            serverId: guildId,
            timestamp: new Date(timestamps++).toISOString(),
            creditsAwarded: true,
            adBlocker: false,
            creditDenialReason: null,
            test: false,
          });
          const at = Date.now();
          sentAt.set(userId, at);
          const request = fetch(`${url}/webhook/votes`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: secret },
            body,
            signal: AbortSignal.timeout(10_000),
          })
            .then(async (res) => {
              await res.arrayBuffer();
              answers.set(userId, { status: res.status, ms: Date.now() - at });
            })
            .catch(() => {
              sendErrors++;
            })
            .finally(() => inFlight.delete(request));
          inFlight.add(request);
        }
        if (next < ids.length) setTimeout(tick, 5);
        else done();
      };
      tick();
    });
    const sendSeconds = (performance.now() - sendStart) / 1000;
    await Promise.all(inFlight);
    const accepted = [...answers].filter(([, a]) => a.status >= 200 && a.status < 300).map(([u]) => u);
    const wanted = new Set(accepted);
    const granted = () =>
      fake.requests.filter(
        (r) => r.method === 'PUT' && r.status === 204 && wanted.has(r.path.split('/')[4] ?? ''),
      ).length;
    const drainDeadline = Date.now() + drainMs;
    while (granted() < accepted.length && Date.now() < drainDeadline) await sleep(200);
    const drainedAfter = (Date.now() - sendStartWall) / 1000;
    const firstGrant = new Map<string, number>();
    for (const r of fake.requests) {
      if (r.method !== 'PUT' || r.status !== 204) continue;
      const userId = r.path.split('/')[4] ?? '';
      if (r.path === rolePath(userId) && wanted.has(userId) && !firstGrant.has(userId))
        firstGrant.set(userId, r.at);
    }
    const latencies: number[] = [];
    for (const userId of accepted) {
      const grant = firstGrant.get(userId);
      const sent = sentAt.get(userId);
      if (grant !== undefined && sent !== undefined) latencies.push(grant - sent);
    }
    return {
      sentAt,
      answers,
      sendErrors,
      sendSeconds,
      accepted,
      drainedAfter,
      firstGrant,
      latencies,
      sendStartWall,
    };
  };

  // ---------------------------------------------------------------- warm-up, then the measured round
  const rss = sampleRss(child.pid, 100);
  let warm: Awaited<ReturnType<typeof round>> | undefined;
  if (warmupVoters.length > 0) {
    warm = await round(warmupVoters, 60_000);
    fake.reset(); // the measured round's requests only (and a fresh rate-limit window)
    fake.setLatency(50, 100);
    await sleep(1000);
  }
  const cpu = new CpuMeter({ bot: () => [child.pid], postgres: () => processTree(postmaster) }).start();
  const measured = await round(voters, drainSeconds * 1000);
  const cpuUse = cpu.stop();
  const { peakKb } = rss.stop();
  const {
    sentAt,
    answers,
    sendErrors,
    sendSeconds,
    accepted,
    drainedAfter,
    firstGrant,
    latencies,
    sendStartWall,
  } = measured;

  // ---------------------------------------------------------------- results
  const puts = fake.requests.filter((r) => r.method === 'PUT');
  const limited = fake.requests.filter((r) => r.status === 429);
  const putArrivals = puts.map((r) => r.at).sort((a, b) => a - b);
  const gaps = putArrivals.slice(1).map((t, i) => t - (putArrivals[i] ?? t));
  const ackMs = [...answers.values()].map((a) => a.ms);
  const [settled] = await query<{ planned: string; settled: string; done: string }>(
    dbUrl,
    `SELECT (SELECT count(*) FROM vote WHERE planned_at IS NOT NULL AND user_id = ANY($1)) AS planned,
            (SELECT count(*) FROM vote WHERE settled_at IS NOT NULL AND user_id = ANY($1)) AS settled,
            (SELECT count(*) FROM reward_effect WHERE kind = 'role' AND status = 'done' AND user_id = ANY($1)) AS done`,
    [voters],
  );
  // Where a vote's time went, from the bot's own timestamps: the job's creation (= the vote's commit)
  // and start (a worker took it), the vote's planned_at (reward planned) and settled_at (role granted).
  const [stages] = await query<Record<string, number>>(
    dbUrl,
    `WITH t AS (
       SELECT extract(epoch FROM j.started_on - j.created_on) * 1000 AS wait,
              extract(epoch FROM v.planned_at - j.started_on) * 1000 AS plan,
              extract(epoch FROM v.settled_at - v.planned_at) * 1000 AS apply
         FROM vote v JOIN pgboss.job j ON j.name = 'vote.reward' AND j.data->>'voteId' = v.id::text
        WHERE v.settled_at IS NOT NULL AND v.user_id = ANY($1))
     SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY wait) AS wait50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY wait) AS wait99,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY plan) AS plan50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY plan) AS plan99,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY apply) AS apply50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY apply) AS apply99
       FROM t`,
    [voters],
  );
  // Grants per second of the run, to show where the rate settles.
  const perSecond: number[] = [];
  for (const t of firstGrant.values()) {
    const s = Math.floor((t - sendStartWall) / 1000);
    perSecond[s] = (perSecond[s] ?? 0) + 1;
  }
  const problems = child.problems(logOffset);
  console.log(`bot ${await child.stop()}`);

  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  const allGranted = latencies.length === accepted.length;
  const lines: string[] = [];
  lines.push(`### Reward latency benchmark (bench/reward.ts, ${new Date().toISOString().slice(0, 10)})`);
  lines.push('');
  lines.push(
    `${machine()}; ${dbDescription}; bot LOG_LEVEL=${logLevel}; fake Discord: 50-100 ms per call, ` +
      'global limit 50 req/s; one guild, reward role only (dm_enabled=false).',
  );
  lines.push('');
  if (warm) {
    lines.push(
      `Cold start (warm-up round, ${fmt(warm.sentAt.size)} votes at ${rate}/s right after start-up, not in the numbers below): ` +
        `vote -> role p50 ${fmt(percentile(warm.latencies, 50))} ms, p99 ${fmt(percentile(warm.latencies, 99))} ms; ` +
        `${fmt(warm.latencies.length)} of ${fmt(warm.accepted.length)} granted.`,
    );
  }
  lines.push(
    `Sent ${fmt(sentAt.size)} votes in ${fmt(sendSeconds, 1)} s (${fmt(sentAt.size / sendSeconds, 1)}/s); ` +
      `${fmt(accepted.length)} answered 2xx (answer p50 ${fmt(percentile(ackMs, 50), 1)} ms, ` +
      `p99 ${fmt(percentile(ackMs, 99), 1)} ms)${sendErrors ? `, ${sendErrors} failed to send` : ''}.`,
  );
  lines.push(
    `Granted ${fmt(latencies.length)} of ${fmt(accepted.length)} ` +
      `${allGranted ? `(the last ${fmt(drainedAfter, 1)} s after the first vote)` : `within ${drainSeconds} s after the last vote`}; ` +
      `votes planned ${settled?.planned}, settled ${settled?.settled}, role effects done ${settled?.done}.`,
  );
  lines.push(
    `Vote sent -> role PUT at the fake: p50 ${fmt(p50)} ms, p99 ${fmt(p99)} ms, max ${fmt(percentile(latencies, 100))} ms` +
      `${allGranted ? '' : ' (granted votes only)'}.`,
  );
  lines.push(
    `In the bot (p50/p99 ms): job waiting for a worker ${fmt(Number(stages?.wait50))}/${fmt(Number(stages?.wait99))}, ` +
      `planning transaction ${fmt(Number(stages?.plan50))}/${fmt(Number(stages?.plan99))}, ` +
      `role call and settling ${fmt(Number(stages?.apply50))}/${fmt(Number(stages?.apply99))}.`,
  );
  lines.push(
    `Fake Discord: ${fmt(fake.requests.length)} requests, max ${fake.maxRequestsPerSecond()} in any 1 s window, ` +
      `${fmt(limited.length)} answered 429; role grants at most ${fmt(Math.max(0, ...Array.from(perSecond, (n) => n ?? 0)))}/s, ` +
      `gap between consecutive PUTs min ${fmt(Math.min(...gaps), 0)} ms, median ${fmt(percentile(gaps, 50), 0)} ms.`,
  );
  lines.push(
    `Bot RSS: idle ${fmt(mb(rssIdleKb))} MB, peak ${fmt(mb(peakKb))} MB. ` +
      `CPU over the run (% of one core; ${coreCount} cores = ${coreCount * 100}): bot ${fmt(cpuUse.bot ?? 0)}, ` +
      `Postgres ${fmt(cpuUse.postgres ?? 0)}, sender + fake Discord ${fmt(cpuUse.loadgen ?? 0)}, ` +
      `rest of the machine ${fmt(cpuUse.rest ?? 0)}.`,
  );
  lines.push('');
  lines.push('Goals:');
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  lines.push(
    `- p50 <= ${goals.p50Ms} ms at ${rate} votes/s: ${met(allGranted && p50 <= goals.p50Ms)} (${fmt(p50)} ms)`,
  );
  lines.push(
    `- p99 <= ${fmt(goals.p99Ms)} ms at ${rate} votes/s: ${met(allGranted && p99 <= goals.p99Ms)} (${fmt(p99)} ms)`,
  );
  lines.push(
    `- idle RSS <= ${goals.idleRssMb} MB: ${met(mb(rssIdleKb) <= goals.idleRssMb)} (${fmt(mb(rssIdleKb), 1)} MB)`,
  );
  lines.push(
    `- peak RSS <= ${goals.peakRssMb} MB: ${met(mb(peakKb) <= goals.peakRssMb)} (${fmt(mb(peakKb), 1)} MB)`,
  );
  console.log(
    `\nRole grants per second after the first vote: ${Array.from(perSecond, (n) => n ?? 0).join(' ')}`,
  );
  if (problems.length > 0) {
    console.log(`bot logged ${problems.length} warnings/errors during the run, e.g.:`);
    for (const line of problems.slice(0, 5)) console.log(`  ${line.slice(0, 300)}`);
  }
  console.log(`\n${lines.join('\n')}`);
  if (quick) return;

  // ---------------------------------------------------------------- burst: role + DM + announcement
  const second = await startChild({
    name: 'bot',
    args: botArgs(botNodeArgs),
    env: botEnv({
      PORT: String(port),
      LOG_LEVEL: logLevel,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      RANKLY_WEBHOOK_AUTH: secret,
      ...db.botEnv,
    }),
    readyPattern: /reward workers started/,
    ...(verbose ? {} : { readyUrl: `${url}/readyz` }),
    timeoutMs: 120_000,
  });
  if (!verbose) await sleep(2000);
  await query(
    dbUrl,
    `UPDATE guild_config SET dm_enabled = true, announce_channel_id = $2, currency_amount = 10 WHERE guild_id = $1`,
    [guildId, announceChannelId],
  );
  // Voters vote again and again (every 12 hours on Rankly): the bot opened their DM channels
  // on an earlier vote and kept them. Opened here as the bot would have, through the fake's API.
  const channels: string[] = [];
  for (const userId of burstVoters) {
    const res = await fetch(`${fake.apiUrl}/v10/users/@me/channels`, {
      method: 'POST',
      headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ recipient_id: userId }),
    });
    channels.push(((await res.json()) as { id: string }).id);
  }
  await query(
    dbUrl,
    `INSERT INTO discord_user (user_id, dm_channel_id) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (user_id) DO UPDATE SET dm_channel_id = EXCLUDED.dm_channel_id`,
    [burstVoters, channels],
  );
  const phaseLines: string[] = [];
  /** Votes as fast as the listener takes them; what Discord saw until every one was rewarded. */
  const burst = async (ids: string[], label: string, drainMs: number) => {
    fake.reset();
    fake.setLatency(50, 100);
    const firstSent = Date.now();
    let next = 0;
    let accepted = 0;
    const refused = new Map<string, number>();
    const sender = async () => {
      while (next < ids.length) {
        const userId = ids[next++] as string;
        const res = await fetch(`${url}/webhook/votes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: secret },
          body: JSON.stringify({
            userId,
            serverId: guildId,
            timestamp: new Date(timestamps++).toISOString(),
            creditsAwarded: true,
            adBlocker: false,
            creditDenialReason: null,
            test: false,
          }),
        }).catch(() => undefined);
        await res?.arrayBuffer();
        if (res && res.status >= 200 && res.status < 300) accepted++;
        else {
          const key = res ? String(res.status) : 'no answer';
          refused.set(key, (refused.get(key) ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, sender));
    const sentSeconds = (Date.now() - firstSent) / 1000;
    const settledCount = async () =>
      Number(
        (
          await query<{ n: string }>(
            dbUrl,
            'SELECT count(*) AS n FROM vote WHERE settled_at IS NOT NULL AND user_id = ANY($1)',
            [ids],
          )
        )[0]?.n ?? 0,
      );
    const deadline = Date.now() + drainMs;
    let rewarded = await settledCount();
    while (rewarded < accepted && Date.now() < deadline) {
      await sleep(250);
      rewarded = await settledCount();
    }
    const [last] = await query<{ at: Date | null }>(
      dbUrl,
      'SELECT max(settled_at) AS at FROM vote WHERE user_id = ANY($1)',
      [ids],
    );
    const lastMs = (last?.at ? new Date(last.at).getTime() : Date.now()) - firstSent;
    const requests = fake.requests.filter((r) => !/^\/(interactions|webhooks|gateway)/.test(r.path));
    const invalid = requests.filter((r) => r.status === 401 || r.status === 403 || r.status === 429).length;
    const limited = requests.filter((r) => r.status === 429).length;
    const kinds = (re: RegExp) => requests.filter((r) => re.test(`${r.method} ${r.path}`)).length;
    const perVote = rewarded ? requests.length / rewarded : Number.NaN;
    const drain = rewarded / (lastMs / 1000);
    const minutes = Math.max(lastMs / 60_000, 1 / 60);
    phaseLines.push(
      `${label}: ${fmt(ids.length)} votes sent in ${fmt(sentSeconds, 1)} s, ${fmt(accepted)} answered 2xx; ` +
        `${refused.size ? `refused: ${[...refused].map(([k, n]) => `${n} × ${k}`).join(', ')}; ` : ''}${fmt(rewarded)} rewarded, the last ${fmt(lastMs / 1000, 1)} s after the first vote (drain ${fmt(drain, 1)} votes/s).`,
      `  Discord requests: ${fmt(requests.length)} (${fmt(perVote, 2)} per rewarded vote: role PUTs ${fmt(kinds(/^PUT .*\/roles\//))}, ` +
        `DM channels opened ${fmt(kinds(/^POST \/users\/@me\/channels$/))}, DMs ${fmt(kinds(/^POST \/channels\/\d+\/messages$/) - kinds(new RegExp(`^POST /channels/${announceChannelId}/messages$`)))}, ` +
        `announcements ${fmt(kinds(new RegExp(`^POST /channels/${announceChannelId}/messages$`)))}); ` +
        `max ${fake.maxRequestsPerSecond()} in any 1 s; ${fmt(limited)} answered 429; ` +
        `401/403/429 answers: ${fmt(invalid)} (${fmt((invalid / minutes) * 10)} per 10 minutes; Discord's ban is at 10,000).`,
    );
    return { perVote, drain, limited };
  };
  const b = await burst(
    burstVoters,
    'Burst (role + DM + announcement; returning voters, DM channels known)',
    300_000,
  );
  fake.rateLimits({ globalPerSecond: 50, perRoute: { limit: routeLimit, windowMs: 1000 } });
  const r = await burst(routeVoters, `Per-route limit of ${routeLimit}/s per bucket`, 300_000);
  fake.rateLimits({ globalPerSecond: 50 });
  console.log(`bot ${await second.stop()}`);
  phaseLines.push('');
  phaseLines.push('Goals (burst):');
  phaseLines.push(
    `- at most ${goals.requestsPerVote} Discord requests per rewarded vote: ${met(b.perVote <= goals.requestsPerVote)} (${fmt(b.perVote, 2)})`,
  );
  phaseLines.push(
    `- drain at least ${goals.drainPerSecond} votes/s with a 50/s budget: ${met(b.drain >= goals.drainPerSecond)} (${fmt(b.drain, 1)}/s)`,
  );
  phaseLines.push(`- no 429 answered: ${met(b.limited === 0)} (${fmt(b.limited)})`);
  phaseLines.push(`- per-route phase: 429s ${fmt(r.limited)}`);
  console.log(`\n${phaseLines.join('\n')}`);
});
