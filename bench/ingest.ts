/**
 * Webhook ingest benchmark (issue 7): how many vote webhooks per second the
 * bot stores, and how fast it answers at a fixed 1,000 per second, next to a
 * bare Fastify server that does nothing (the ceiling of this machine).
 *
 *   node --import tsx bench/ingest.ts            # embedded Postgres in a temporary DATA_DIR
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test node --import tsx bench/ingest.ts
 *                                                # a fresh database on that server, dropped after
 *
 * Both servers run as child processes, one after the other, loaded from this
 * process with the same requests: distinct, valid vote webhooks (a new userId
 * and timestamp each). Phases per server:
 *   warm-up    3 s, 10 connections (not reported)
 *   max        10 s, 50 connections, as fast as the server answers
 *   rate       10 s, autocannon overallRate 1,000/s (10 connections)
 *   paced      10 s, 1,000/s evenly spaced, open loop (our own client; see lib.ts pacedLoad)
 * Then every acknowledged vote is looked up in the database with its job.
 * Exits non-zero only when something crashed, not when a goal is missed.
 *
 * Environment knobs: BENCH_SECONDS (per measured phase, default 10),
 * BENCH_CONNECTIONS (max phase, default 50), BENCH_RATE (default 1000),
 * BENCH_RATE_CONNECTIONS (autocannon rate phase, default 10), BENCH_ONLY=bot|bare,
 * BENCH_BOT_NODE_ARGS (extra node flags for the bot, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
 * BENCH_LOG_LEVEL (the bot's LOG_LEVEL, default warn; production's default is info).
 */
import { randomBytes } from 'node:crypto';
import autocannon, { type Result } from 'autocannon';
import {
  botArgs,
  botEnv,
  type Child,
  CpuMeter,
  coreCount,
  fmt,
  freePort,
  machine,
  mb,
  type PacedResult,
  pacedLoad,
  percentile,
  prepareDatabase,
  processTree,
  query,
  rssKb,
  runBench,
  sampleRss,
  sleep,
  startChild,
  table,
} from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const maxConnections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const fixedRate = Number(process.env.BENCH_RATE ?? 1000);
const rateConnections = Number(process.env.BENCH_RATE_CONNECTIONS ?? 10);
const only = process.env.BENCH_ONLY;
const logLevel = process.env.BENCH_LOG_LEVEL ?? 'warn';
/** Extra node flags for the bot, e.g. BENCH_BOT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof". */
const botNodeArgs = (process.env.BENCH_BOT_NODE_ARGS ?? '').split(' ').filter(Boolean);

const goals = { votesPerSecond: 3000, p99Ms: 25, rssMb: 200 };

const guildId = '123456789012345678';
const secret = randomBytes(24).toString('base64url');
const headers = { 'content-type': 'application/json', authorization: secret };

// Every request is a new vote: a new voter, a new timestamp (the bot's unique key is user, guild, time).
let sequence = 0;
const firstUser = 200_000_000_000_000_000n;
const firstTimestamp = Date.now() - 3_600_000;
function nextVote(): { id: string; body: string } {
  const n = sequence++;
  const userId = (firstUser + BigInt(n)).toString();
  return {
    id: userId,
    body: JSON.stringify({
      userId,
      serverId: guildId,
      timestamp: new Date(firstTimestamp + n).toISOString(),
      creditsAwarded: true,
      adBlocker: false,
      creditDenialReason: null,
      test: false,
    }),
  };
}

interface Answers {
  /** userIds of votes answered 2xx as stored (not duplicates). */
  acked: string[];
  duplicates: number;
}
const newAnswers = (): Answers => ({ acked: [], duplicates: 0 });
function recordAnswer(answers: Answers, id: string, status: number, body: string) {
  if (status < 200 || status >= 300) return;
  if (body.includes('"duplicate"')) answers.duplicates++;
  else answers.acked.push(id);
}

interface Phase {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  /** Connection errors, timeouts, and (paced) requests still unanswered when the phase gave up. */
  errors: number;
  ok: number;
  cpu: Record<string, number>;
  rssPeakKb: number;
}

async function cannon(
  url: string,
  opts: { connections: number; duration: number; overallRate?: number },
  answers: Answers,
): Promise<Result> {
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.duration,
    // autocannon's coordinated-omission correction passes 1/rate (a fraction of a second) as the
    // expected interval in ms, rounded up to 1 ms: it would add a synthetic sample for every
    // millisecond of every answer. Raw values instead (the paced phase measures without omission).
    ...(opts.overallRate ? { overallRate: opts.overallRate, ignoreCoordinatedOmission: true } : {}),
    timeout: 10,
    headers,
    requests: [
      {
        method: 'POST',
        path: '/webhook/votes',
        setupRequest: (request, context) => {
          const vote = nextVote();
          context.id = vote.id;
          return { ...request, body: vote.body };
        },
        onResponse: (status, body, context) => recordAnswer(answers, String(context.id), status, body),
      },
    ],
  });
  return await instance;
}

function fromCannon(name: string, r: Result, cpu: Record<string, number>, rssPeakKb: number): Phase {
  return {
    name,
    rps: r['2xx'] / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    non2xx: r.non2xx,
    errors: r.errors,
    ok: r['2xx'],
    cpu,
    rssPeakKb,
  };
}

function fromPaced(name: string, r: PacedResult, cpu: Record<string, number>, rssPeakKb: number): Phase {
  return {
    name,
    rps: r.rate,
    p50: percentile(r.latencies, 50),
    p99: percentile(r.latencies, 99),
    max: percentile(r.latencies, 100),
    non2xx: r.non2xx,
    errors: r.errors + r.unanswered,
    ok: r.ok,
    cpu,
    rssPeakKb,
  };
}

interface TargetRun {
  phases: Phase[];
  warmupOk: number;
  rssIdleKb?: number;
  rssPeakKb?: number;
  problems: string[];
}

/** Loads one running server through every phase. */
async function loadTarget(
  child: Child,
  url: string,
  answers: Answers,
  postgres: () => number[],
): Promise<TargetRun> {
  const webhook = `${url}/webhook/votes`;
  await sleep(1000);
  const rssIdleKb = rssKb(child.pid);
  const logOffset = child.output().length;
  const measure = async <T>(run: () => Promise<T>) => {
    const cpu = new CpuMeter({ server: () => [child.pid], postgres }).start();
    const rss = sampleRss(child.pid, 100);
    const result = await run();
    return { result, cpu: cpu.stop(), rssPeakKb: rss.stop().peakKb };
  };

  const warm = await measure(() => cannon(url, { connections: 10, duration: 3 }, answers));
  await sleep(500);

  const phases: Phase[] = [];
  const max = await measure(() => cannon(url, { connections: maxConnections, duration: seconds }, answers));
  phases.push(
    fromCannon(`max throughput, autocannon c=${maxConnections}`, max.result, max.cpu, max.rssPeakKb),
  );
  await sleep(1000);

  const rate = await measure(() =>
    cannon(url, { connections: rateConnections, duration: seconds, overallRate: fixedRate }, answers),
  );
  phases.push(
    fromCannon(
      `${fmt(fixedRate)}/s, autocannon overallRate c=${rateConnections}`,
      rate.result,
      rate.cpu,
      rate.rssPeakKb,
    ),
  );
  await sleep(1000);

  const paced = await measure(() =>
    pacedLoad({
      url: webhook,
      rate: fixedRate,
      durationMs: seconds * 1000,
      headers,
      next: nextVote,
      onAnswer: (id, status, body) => recordAnswer(answers, id, status, body),
    }),
  );
  phases.push(
    fromPaced(`${fmt(fixedRate)}/s, evenly paced open loop`, paced.result, paced.cpu, paced.rssPeakKb),
  );
  if (paced.result.maxSendLagMs > 5) {
    console.log(
      `  (paced phase: the load generator sent up to ${fmt(paced.result.maxSendLagMs, 1)} ms late)`,
    );
  }
  if (paced.result.unanswered > 0) {
    console.log(
      `  (paced phase: ${fmt(paced.result.unanswered)} of ${fmt(paced.result.sent)} requests unanswered 10 s after the last send)`,
    );
  }

  return {
    phases,
    warmupOk: warm.result['2xx'],
    rssIdleKb,
    rssPeakKb: Math.max(warm.rssPeakKb, ...phases.map((p) => p.rssPeakKb)),
    problems: child.problems(logOffset),
  };
}

function printPhases(name: string, run: TargetRun) {
  console.log(`\n${name}:`);
  console.log(
    table([
      [
        'phase',
        'req/s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'non-2xx',
        'errors',
        'CPU % server/pg/loadgen/rest',
        'RSS MB',
      ],
      ...run.phases.map((p) => [
        p.name,
        fmt(p.rps),
        fmt(p.p50, 1),
        fmt(p.p99, 1),
        fmt(p.max, 1),
        fmt(p.non2xx),
        fmt(p.errors),
        `${fmt(p.cpu.server ?? 0)}/${fmt(p.cpu.postgres ?? 0)}/${fmt(p.cpu.loadgen ?? 0)}/${fmt(p.cpu.rest ?? 0)}`,
        fmt(mb(p.rssPeakKb)),
      ]),
    ]),
  );
}

runBench('bench/ingest', 6 * 60_000, async () => {
  console.log(`ingest benchmark: ${machine()}, ${seconds} s per phase`);
  let bare: TargetRun | undefined;
  let bot: TargetRun | undefined;
  let botAnswers = newAnswers();
  let stored: { votes: number; jobs: number; ackedFound: number; ackedWithJob: number } | undefined;
  let dbDescription = '';

  if (only !== 'bot') {
    const port = await freePort();
    const child = await startChild({
      name: 'bare Fastify',
      args: ['--import', 'tsx', 'bench/bare-server.ts'],
      env: botEnv({ PORT: String(port) }),
      readyPattern: /listening on/,
      timeoutMs: 30_000,
    });
    bare = await loadTarget(child, `http://127.0.0.1:${port}`, newAnswers(), () => []);
    console.log(`bare Fastify ${await child.stop()}`);
    printPhases('bare Fastify (ceiling)', bare);
  }

  if (only !== 'bare') {
    const db = await prepareDatabase('ingest');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = Date.now();
    const child = await startChild({
      name: 'bot',
      args: botArgs(botNodeArgs),
      env: botEnv({
        PORT: String(port),
        LOG_LEVEL: logLevel,
        RANKLY_WEBHOOK_AUTH: secret,
        ...db.botEnv,
      }),
      // At LOG_LEVEL=warn the bot does not print "listening on": /healthz answering tells instead.
      readyPattern: /listening on/,
      readyUrl: `${url}/healthz`,
      timeoutMs: 120_000,
    });
    dbDescription = await db.describe();
    console.log(`bot ready in ${fmt((Date.now() - started) / 1000, 1)} s (${dbDescription})`);
    const postmaster = await db.postmasterPid();
    botAnswers = newAnswers();
    bot = await loadTarget(child, url, botAnswers, () => processTree(postmaster));
    printPhases('bot', bot);

    await sleep(1000); // answers cut off when autocannon stopped may still commit
    const dbUrl = await db.url();
    const [counts] = await query<{ votes: string; jobs: string }>(
      dbUrl,
      `SELECT (SELECT count(*) FROM vote) AS votes,
              (SELECT count(*) FROM pgboss.job WHERE name = 'vote.reward') AS jobs`,
    );
    const [found] = await query<{ found: string; withjob: string }>(
      dbUrl,
      `SELECT count(*) AS found, count(j.id) AS withjob
         FROM vote v
         LEFT JOIN pgboss.job j ON j.name = 'vote.reward' AND j.data->>'voteId' = v.id::text
        WHERE v.user_id = ANY($1::text[])`,
      [botAnswers.acked],
    );
    stored = {
      votes: Number(counts?.votes),
      jobs: Number(counts?.jobs),
      ackedFound: Number(found?.found),
      ackedWithJob: Number(found?.withjob),
    };
    console.log(`bot ${await child.stop()}`);
    if (bot.problems.length > 0) {
      console.log(`bot logged ${bot.problems.length} warnings/errors under load, e.g.:`);
      for (const line of bot.problems.slice(0, 5)) console.log(`  ${line.slice(0, 300)}`);
    }
  }

  // ---------------------------------------------------------------- summary
  const lines: string[] = [];
  lines.push(`### Ingest benchmark (bench/ingest.ts, ${new Date().toISOString().slice(0, 10)})`);
  lines.push('');
  lines.push(
    `${machine()}; ${dbDescription || 'no bot run'}; bot LOG_LEVEL=${logLevel}; ` +
      `load generator on the same machine; ${seconds} s per phase.`,
  );
  lines.push('');
  const rows: string[][] = [['phase', 'server', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'non-2xx']];
  const phaseCount = Math.max(bot?.phases.length ?? 0, bare?.phases.length ?? 0);
  for (let i = 0; i < phaseCount; i++) {
    const b = bot?.phases[i];
    const c = bare?.phases[i];
    const name = (b ?? c)?.name ?? '';
    for (const [label, p] of [
      ['bot', b],
      ['bare', c],
    ] as const) {
      if (!p) continue;
      const nonOk = p.non2xx + p.errors;
      rows.push([
        label === 'bot' ? name : '',
        label,
        fmt(p.rps),
        fmt(p.p50, 1),
        fmt(p.p99, 1),
        fmt(p.max, 1),
        p.errors ? `${fmt(nonOk)} (${fmt(p.errors)} errors)` : fmt(nonOk),
      ]);
    }
    if (b && c) rows.push(['', 'bot/bare', `${fmt((100 * b.rps) / c.rps)}%`, '', '', '', '']);
  }
  lines.push('```');
  lines.push(table(rows));
  lines.push('```');
  if (bot && stored) {
    const maxPhase = bot.phases[0];
    const acked = botAnswers.acked.length;
    const allStored = stored.ackedFound === acked && stored.ackedWithJob === acked;
    lines.push(
      `Stored: ${fmt(acked)} votes answered 2xx (warm-up included${botAnswers.duplicates ? `, ${botAnswers.duplicates} duplicates` : ''}); ` +
        `${fmt(stored.votes)} rows in vote, ${fmt(stored.jobs)} vote.reward jobs; ` +
        `every 2xx stored with its job: ${allStored ? 'yes' : `NO (${fmt(stored.ackedFound)} found, ${fmt(stored.ackedWithJob)} with a job)`}` +
        (stored.votes > acked
          ? ` (${stored.votes - acked} more rows: requests cut off or left unanswered when a phase ended)`
          : ''),
    );
    lines.push(
      `Bot RSS: idle ${fmt(mb(bot.rssIdleKb ?? 0))} MB, peak under load ${fmt(mb(bot.rssPeakKb ?? 0))} MB (sampled every 100 ms).`,
    );
    if (maxPhase) {
      lines.push(
        `CPU in the max phase (% of one core; ${coreCount} cores = ${coreCount * 100}): bot ${fmt(maxPhase.cpu.server ?? 0)}, ` +
          `Postgres ${fmt(maxPhase.cpu.postgres ?? 0)}, load generator ${fmt(maxPhase.cpu.loadgen ?? 0)}, ` +
          `rest of the machine ${fmt(maxPhase.cpu.rest ?? 0)} (other processes, kernel).`,
      );
    }
    const paced = bot.phases[2];
    const ac = bot.phases[1];
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    lines.push('');
    lines.push('Goals:');
    lines.push(
      `- >= ${fmt(goals.votesPerSecond)} votes/s sustained: ${met((maxPhase?.rps ?? 0) >= goals.votesPerSecond)} (${fmt(maxPhase?.rps ?? 0)}/s)`,
    );
    // Met only when both fixed-rate phases kept the rate without failures and within the p99.
    const held = (p: Phase | undefined) =>
      !!p && p.p99 <= goals.p99Ms && p.rps >= fixedRate * 0.97 && p.errors + p.non2xx === 0;
    lines.push(
      `- p99 <= ${goals.p99Ms} ms at ${fmt(fixedRate)} req/s: ${met(held(paced) && held(ac))} ` +
        `(evenly paced: p99 ${fmt(paced?.p99 ?? 0, 1)} ms at ${fmt(paced?.rps ?? 0)}/s; ` +
        `autocannon overallRate: p99 ${fmt(ac?.p99 ?? 0, 1)} ms at ${fmt(ac?.rps ?? 0)}/s)`,
    );
    lines.push(
      `- peak RSS < ${goals.rssMb} MB: ${met(mb(bot.rssPeakKb ?? Infinity) < goals.rssMb)} (${fmt(mb(bot.rssPeakKb ?? 0))} MB)`,
    );
  }
  console.log(`\n${lines.join('\n')}`);
});
