/**
 * Webhook ingest benchmark (issues 7 and 17): how many vote webhooks per
 * second the bot stores, and how fast it answers at a fixed 1,000 per
 * second, next to a bare Fastify server that does nothing (the ceiling of
 * this machine) and the Express receiver of Rankly's documentation
 * (bench/express-receiver.ts: checks the secret, stores nothing).
 *
 *   node --import tsx bench/ingest.ts            # embedded Postgres in a temporary DATA_DIR
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test node --import tsx bench/ingest.ts
 *                                                # a fresh database on that server, dropped after
 *
 * The servers run as child processes, one after the other, loaded from this
 * process with the same requests: distinct, valid vote webhooks (a new userId
 * and timestamp each). Phases per server:
 *   warm-up    3 s, 10 connections (not reported)
 *   max        10 s, 50 connections, as fast as the server answers
 *   rate       10 s, autocannon overallRate 1,000/s (10 connections)
 *   paced      10 s, 1,000/s evenly spaced, open loop (our own client; see lib.ts pacedLoad),
 *              BENCH_PACED_RUNS times for the bot (default 3: the p99 goal must hold in each)
 * Then every acknowledged vote is looked up in the database with its job.
 * Exits non-zero only when something crashed, not when a goal is missed.
 *
 * Environment knobs: BENCH_SECONDS (per measured phase, default 10),
 * BENCH_CONNECTIONS (max phase, default 50), BENCH_RATE (default 1000),
 * BENCH_RATE_CONNECTIONS (autocannon rate phase, default 10), BENCH_ONLY=bot|bare|express
 * (comma-separated), BENCH_PACED_RUNS (default 3),
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
const only = process.env.BENCH_ONLY?.split(',');
const runs = (target: 'bot' | 'bare' | 'express') => !only || only.includes(target);
const pacedRuns = Number(process.env.BENCH_PACED_RUNS ?? 3);
const logLevel = process.env.BENCH_LOG_LEVEL ?? 'warn';
/** Extra node flags for the bot, e.g. BENCH_BOT_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof". */
const botNodeArgs = (process.env.BENCH_BOT_NODE_ARGS ?? '').split(' ').filter(Boolean);

// Issue 17: at least the Express receiver's throughput in the same run, storing every vote first.
const goals = { expressRatio: 1, p99Ms: 25, rssMb: 200 };

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
  /** Postgres transactions committed during the phase (pg_stat_database; the bot only). */
  commits?: number;
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
  /** How many evenly paced phases to run (the p99 goal holds only if it holds in each). */
  pacedTimes = 1,
  /** Transactions committed so far in the bot's database (undefined: no database). */
  commits: () => Promise<number | undefined> = async () => undefined,
): Promise<TargetRun> {
  const webhook = `${url}/webhook/votes`;
  await sleep(1000);
  const rssIdleKb = rssKb(child.pid);
  const logOffset = child.output().length;
  const measure = async <T>(run: () => Promise<T>) => {
    const commitsBefore = await commits();
    const cpu = new CpuMeter({ server: () => [child.pid], postgres }).start();
    const rss = sampleRss(child.pid, 100);
    const result = await run();
    const measured = { result, cpu: cpu.stop(), rssPeakKb: rss.stop().peakKb };
    let committed: number | undefined;
    if (commitsBefore !== undefined) {
      // Backends report their counts to the statistics within a second of being idle.
      await sleep(1100);
      const commitsAfter = await commits();
      committed = commitsAfter === undefined ? undefined : commitsAfter - commitsBefore;
    }
    return { ...measured, committed };
  };

  const warm = await measure(() => cannon(url, { connections: 10, duration: 3 }, answers));
  await sleep(500);

  const phases: Phase[] = [];
  const max = await measure(() => cannon(url, { connections: maxConnections, duration: seconds }, answers));
  phases.push({
    ...fromCannon(`max throughput, autocannon c=${maxConnections}`, max.result, max.cpu, max.rssPeakKb),
    commits: max.committed,
  });
  await sleep(1000);

  const rate = await measure(() =>
    cannon(url, { connections: rateConnections, duration: seconds, overallRate: fixedRate }, answers),
  );
  phases.push({
    ...fromCannon(
      `${fmt(fixedRate)}/s, autocannon overallRate c=${rateConnections}`,
      rate.result,
      rate.cpu,
      rate.rssPeakKb,
    ),
    commits: rate.committed,
  });
  await sleep(1000);

  for (let run = 1; run <= pacedTimes; run++) {
    if (run > 1) await sleep(1000);
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
    const label = pacedTimes > 1 ? ` (${run} of ${pacedTimes})` : '';
    phases.push({
      ...fromPaced(
        `${fmt(fixedRate)}/s, evenly paced open loop${label}`,
        paced.result,
        paced.cpu,
        paced.rssPeakKb,
      ),
      commits: paced.committed,
    });
    if (paced.result.maxSendLagMs > 5) {
      console.log(
        `  (paced phase${label}: the load generator sent up to ${fmt(paced.result.maxSendLagMs, 1)} ms late)`,
      );
    }
    if (paced.result.unanswered > 0) {
      console.log(
        `  (paced phase${label}: ${fmt(paced.result.unanswered)} of ${fmt(paced.result.sent)} requests unanswered 10 s after the last send)`,
      );
    }
  }

  return {
    phases,
    warmupOk: warm.result['2xx'],
    rssIdleKb,
    rssPeakKb: Math.max(warm.rssPeakKb, ...phases.map((p) => p.rssPeakKb)),
    problems: child.problems(logOffset),
  };
}

/**
 * CPU time of the server and its Postgres per answered request, in µs: less
 * at the mercy of other work on the machine than req/s (which is what share
 * of the cores the server got), though contention inflates it too.
 */
function cpuPerRequest(p: Phase): number {
  const percentOfCore = (p.cpu.server ?? 0) + (p.cpu.postgres ?? 0);
  return p.rps > 0 ? ((percentOfCore / 100) * 1e6) / p.rps : 0;
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
        'CPU µs/req server+pg',
        'pg commits/req',
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
        fmt(cpuPerRequest(p)),
        p.commits === undefined ? '' : fmt(p.commits / Math.max(1, p.ok + p.non2xx), 2),
        fmt(mb(p.rssPeakKb)),
      ]),
    ]),
  );
}

/** Starts a yardstick server (no database), loads it through every phase and stops it. */
async function runYardstick(name: string, file: string, env: Record<string, string>): Promise<TargetRun> {
  const port = await freePort();
  const child = await startChild({
    name,
    args: ['--import', 'tsx', file],
    env: botEnv({ PORT: String(port), ...env }),
    readyPattern: /listening on/,
    timeoutMs: 30_000,
  });
  const run = await loadTarget(child, `http://127.0.0.1:${port}`, newAnswers(), () => []);
  console.log(`${name} ${await child.stop()}`);
  printPhases(name, run);
  return run;
}

runBench('bench/ingest', 8 * 60_000, async () => {
  console.log(`ingest benchmark: ${machine()}, ${seconds} s per phase`);
  let bare: TargetRun | undefined;
  let express: TargetRun | undefined;
  let bot: TargetRun | undefined;
  let botAnswers = newAnswers();
  let stored: { votes: number; jobs: number; ackedFound: number; ackedWithJob: number } | undefined;
  let dbDescription = '';

  if (runs('bare')) bare = await runYardstick('bare Fastify (ceiling)', 'bench/bare-server.ts', {});
  // Right before the bot, so the two compared are measured as close in time as they can be.
  if (runs('express')) {
    express = await runYardstick('Express receiver of the docs', 'bench/express-receiver.ts', {
      RANKLY_WEBHOOK_AUTH: secret,
    });
  }

  if (runs('bot')) {
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
    const dbUrl = await db.url();
    const commits = async () => {
      const [row] = await query<{ n: string }>(
        dbUrl,
        'SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()',
      );
      return row ? Number(row.n) : undefined;
    };
    bot = await loadTarget(child, url, botAnswers, () => processTree(postmaster), pacedRuns, commits);
    printPhases('bot', bot);

    await sleep(1000); // answers cut off when autocannon stopped may still commit
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
  const targets = [
    ['bot', bot],
    ['express', express],
    ['bare', bare],
  ] as const;
  // Phases by name, in the order they ran (the bot repeats the paced one).
  const names = [...new Set(targets.flatMap(([, t]) => t?.phases.map((p) => p.name) ?? []))];
  const rows: string[][] = [['phase', 'server', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'non-2xx']];
  for (const name of names) {
    let first = true;
    for (const [label, t] of targets) {
      const p = t?.phases.find((x) => x.name === name);
      if (!p) continue;
      const nonOk = p.non2xx + p.errors;
      rows.push([
        first ? name : '',
        label,
        fmt(p.rps),
        fmt(p.p50, 1),
        fmt(p.p99, 1),
        fmt(p.max, 1),
        p.errors ? `${fmt(nonOk)} (${fmt(p.errors)} errors)` : fmt(nonOk),
      ]);
      first = false;
    }
  }
  lines.push('```');
  lines.push(table(rows));
  lines.push('```');
  const maxRps = (t: TargetRun | undefined) => t?.phases[0]?.rps ?? 0;
  if (bot && (express || bare)) {
    lines.push(
      'Max throughput, bot / ' +
        [
          express ? `Express receiver: ${fmt(maxRps(bot) / maxRps(express), 2)}` : '',
          bare ? `bare Fastify: ${fmt(maxRps(bot) / maxRps(bare), 2)}` : '',
        ]
          .filter(Boolean)
          .join('; ') +
        '.',
    );
  }
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
        `Per request in the max phase: ${fmt(cpuPerRequest(maxPhase))} µs of CPU in the bot and Postgres` +
          (maxPhase.commits === undefined
            ? ''
            : `, ${fmt(maxPhase.commits / Math.max(1, maxPhase.ok), 2)} Postgres transactions (the bench's own queries included)`) +
          '.',
      );
      lines.push(
        `CPU in the max phase (% of one core; ${coreCount} cores = ${coreCount * 100}): bot ${fmt(maxPhase.cpu.server ?? 0)}, ` +
          `Postgres ${fmt(maxPhase.cpu.postgres ?? 0)}, load generator ${fmt(maxPhase.cpu.loadgen ?? 0)}, ` +
          `rest of the machine ${fmt(maxPhase.cpu.rest ?? 0)} (other processes, kernel).`,
      );
    }
    const paced = bot.phases.slice(2);
    const ac = bot.phases[1];
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    lines.push('');
    lines.push('Goals:');
    lines.push(
      express
        ? `- max throughput >= the Express receiver's (ratio >= ${fmt(goals.expressRatio, 2)}): ` +
            `${met(maxRps(bot) >= goals.expressRatio * maxRps(express))} ` +
            `(bot ${fmt(maxRps(bot))}/s, Express ${fmt(maxRps(express))}/s, ratio ${fmt(maxRps(bot) / maxRps(express), 2)})`
        : "- max throughput >= the Express receiver's: not measured (BENCH_ONLY)",
    );
    // Met only when every evenly paced phase kept the rate without failures and within the p99.
    const held = (p: Phase | undefined) =>
      !!p && p.p99 <= goals.p99Ms && p.rps >= fixedRate * 0.97 && p.errors + p.non2xx === 0;
    lines.push(
      `- p99 <= ${goals.p99Ms} ms at ${fmt(fixedRate)} evenly paced req/s in ${paced.length} runs of ${paced.length}: ` +
        `${met(paced.length > 0 && paced.every(held))} ` +
        `(${paced.filter(held).length} of ${paced.length} held; p99 ${paced.map((p) => `${fmt(p.p99, 1)} ms`).join(', ')})`,
    );
    lines.push(
      `- (not a goal) autocannon overallRate ${fmt(fixedRate)}/s: p99 ${fmt(ac?.p99 ?? 0, 1)} ms at ${fmt(ac?.rps ?? 0)}/s` +
        ' (each connection sends its quota at the top of every second)',
    );
    lines.push(
      `- peak RSS < ${goals.rssMb} MB: ${met(mb(bot.rssPeakKb ?? Infinity) < goals.rssMb)} (${fmt(mb(bot.rssPeakKb ?? 0))} MB)`,
    );
  }
  console.log(`\n${lines.join('\n')}`);
});
