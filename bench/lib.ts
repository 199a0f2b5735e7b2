/**
 * Shared plumbing of the benchmarks: child processes, a throw-away database,
 * clean-up on every way out, and readings from /proc (RSS, CPU time).
 * Linux only (/proc); nothing here is used by the bot itself.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { configSchema } from '../src/config.js';
import { embeddedDatabaseUrl } from '../src/db/embedded.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- clean-up and time bound

type Cleanup = { name: string; run: () => Promise<unknown> };
const cleanups: Cleanup[] = [];

/** Registers a clean-up step; steps run in reverse order of registration. */
export function onCleanup(name: string, run: () => Promise<unknown>): () => void {
  const entry = { name, run };
  cleanups.push(entry);
  return () => {
    const i = cleanups.indexOf(entry);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

let cleaning: Promise<void> | undefined;
function runCleanups(): Promise<void> {
  cleaning ??= (async () => {
    for (let entry = cleanups.pop(); entry; entry = cleanups.pop()) {
      try {
        await entry.run();
      } catch (err) {
        console.error(`clean-up "${entry.name}" failed: ${describeError(err)}`);
      }
    }
  })();
  return cleaning;
}

/**
 * Runs a benchmark with a hard time limit; whatever happens (success, crash,
 * Ctrl-C, time limit) the registered clean-ups run before the process exits.
 * Exit code: 0 when it ran to the end (missed goals included), 1 on a crash,
 * 2 when the time limit hit, 130 on a signal.
 */
export function runBench(name: string, limitMs: number, body: () => Promise<void>): void {
  const bail = (code: number, why: string) => {
    console.error(`${name}: ${why}; cleaning up`);
    void runCleanups().finally(() => process.exit(code));
  };
  const watchdog = setTimeout(() => bail(2, `still running after ${limitMs / 1000} s`), limitMs);
  process.once('SIGINT', () => bail(130, 'SIGINT'));
  process.once('SIGTERM', () => bail(130, 'SIGTERM'));
  process.once('unhandledRejection', (err) => bail(1, `unhandled rejection: ${describeError(err)}`));
  body().then(
    async () => {
      await runCleanups();
      clearTimeout(watchdog);
      process.exit(0);
    },
    async (err: unknown) => {
      console.error(`${name} crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      await runCleanups();
      clearTimeout(watchdog);
      process.exit(1);
    },
  );
}

export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- ports and children

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface Child {
  name: string;
  pid: number;
  proc: ChildProcess;
  /** Everything the child wrote so far (stdout and stderr, interleaved; the last 1 MB). */
  output(): string;
  /** Lines the child logged at pino level warn (40) or above since `since` (an offset into output()). */
  problems(since?: number): string[];
  exited: Promise<number | null>;
  /** SIGTERM, wait up to `timeoutMs` for the exit, then SIGKILL. Returns how it ended. */
  stop(timeoutMs?: number): Promise<string>;
}

/**
 * The bot's node arguments, as `npm start` runs it: compiled to dist/ first
 * (scripts/build.mjs), then node with the flags of the start script itself
 * (read from package.json, so a flag added there is measured here too), so
 * the figures are those of the production command.
 */
export function botArgs(extraNodeArgs: string[]): string[] {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  return [...extraNodeArgs, ...startCommand().args];
}

/**
 * The run step of `npm start` ("... && VAR=value ... node <flags>
 * dist/src/main.js"): its environment assignments and node's arguments.
 */
function startCommand(): { env: Record<string, string>; args: string[] } {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = (pkg.scripts.start?.split(' && ').at(-1) ?? '').split(' ');
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Z_]+=/.test(words[0])) {
    const [name, value] = (words.shift() as string).split('=') as [string, string];
    env[name] = value;
  }
  const [command, ...args] = words;
  if (command !== 'node' || args.at(-1) !== 'dist/src/main.js') {
    throw new Error(
      `npm start is not "... && [VAR=value] node <flags> dist/src/main.js": ${pkg.scripts.start}`,
    );
  }
  return { env, args };
}

/**
 * Starts `node <args>` in the repository and waits until it is ready: a line
 * matching `readyPattern`, or `readyUrl` answering 200 (whichever comes first;
 * the bot logs "listening on" at info, so with LOG_LEVEL=warn only the URL
 * tells). Fails if the child exits or `timeoutMs` passes first.
 */
export async function startChild(opts: {
  name: string;
  args: string[];
  env: Record<string, string>;
  readyPattern: RegExp;
  readyUrl?: string;
  timeoutMs: number;
  echo?: boolean;
}): Promise<Child> {
  const proc = spawn(process.execPath, opts.args, {
    cwd: repoRoot,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (!proc.pid) throw new Error(`could not start ${opts.name}`);
  let text = '';
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    if (text.length > 2_000_000) text = text.slice(-1_000_000);
    if (opts.echo) process.stderr.write(chunk);
  };
  proc.stdout?.on('data', onData);
  proc.stderr?.on('data', onData);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((r) =>
    proc.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
      r(exitCode);
    }),
  );
  const child: Child = {
    name: opts.name,
    pid: proc.pid,
    proc,
    output: () => text,
    problems(since = 0) {
      return text
        .slice(since)
        .split('\n')
        .filter((l) => /"level":(4|5|6)\d/.test(l) || /^\s*(Error|TypeError|node:)/.test(l));
    },
    exited,
    async stop(timeoutMs = 25_000) {
      if (exitCode !== undefined) return `had already exited (code ${exitCode})`;
      const started = Date.now();
      proc.kill('SIGTERM');
      const code = await Promise.race([exited, sleep(timeoutMs).then(() => 'timeout' as const)]);
      if (code !== 'timeout') return `exited with code ${code} ${Date.now() - started} ms after SIGTERM`;
      proc.kill('SIGKILL');
      await exited;
      return `did not stop within ${timeoutMs} ms of SIGTERM; killed`;
    },
  };
  onCleanup(`stop ${opts.name}`, () => child.stop());
  let stopping = false;
  const stop = child.stop;
  child.stop = (timeoutMs) => {
    stopping = true;
    return stop(timeoutMs);
  };
  void exited.then((code) => {
    if (!stopping)
      console.error(`\n!! ${opts.name} exited by itself (code ${code}); its last output:\n${tail(text)}\n`);
  });

  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    if (opts.readyPattern.test(text)) return child;
    if (opts.readyUrl && (await answers200(opts.readyUrl))) return child;
    if (exitCode !== undefined) {
      throw new Error(`${opts.name} exited (code ${exitCode}) before it was ready:\n${tail(text)}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`${opts.name} not ready within ${opts.timeoutMs} ms:\n${tail(text)}`);
    }
    await sleep(100);
  }
}

function tail(text: string, lines = 30): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

async function answers200(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * The environment for a bot child: every setting of src/config.ts explicit
 * (unset ones empty), so neither this shell nor a stray .env changes the run,
 * and the variables `npm start` sets (glibc's malloc settings).
 */
export function botEnv(settings: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  // An empty value counts as unset for the bot, and wins over a .env file.
  for (const k of Object.keys(configSchema.shape)) env[k] = '';
  return { ...env, ...startCommand().env, HOST: '127.0.0.1', LOG_PRETTY: '0', ...settings };
}

// ---------------------------------------------------------------- the database

export interface BenchDatabase {
  /** 'embedded' (the bot starts it in a temporary DATA_DIR) or 'server' (DATABASE_URL). */
  kind: 'embedded' | 'server';
  /** Variables that point the bot at it. */
  botEnv: Record<string, string>;
  /** Connection URL of the bot's database (embedded: once the bot has started it). */
  url(): Promise<string>;
  describe(): Promise<string>;
  /** The postmaster; with its children, the Postgres processes whose CPU time is measured. */
  postmasterPid(): Promise<number | undefined>;
}

/**
 * With DATABASE_URL: a fresh database on that server, dropped at the end.
 * Without: a temporary DATA_DIR and a free port for the bot's embedded
 * Postgres, stopped (if the bot did not) and removed at the end.
 */
export async function prepareDatabase(tag: string): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `rankly_bench_${tag}_${randomBytes(4).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    onCleanup(`drop database ${name}`, () =>
      adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    );
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    const url = parsed.toString();
    return {
      kind: 'server',
      botEnv: { DATABASE_URL: url },
      url: async () => url,
      describe: async () => `Postgres ${await serverVersion(url)} at ${parsed.host} (database ${name})`,
      async postmasterPid() {
        // The parent of a backend, read while that backend is still connected.
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
          return rows[0] ? parentPid(rows[0].pid) : undefined;
        } finally {
          await client.end();
        }
      },
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), `rankly-bench-${tag}-`));
  const port = await freePort();
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  const postmasterPid = async () => {
    const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
  };
  onCleanup(`remove ${dataDir}`, async () => {
    // The bot stops its embedded server on SIGTERM; after a crash or SIGKILL it is still up.
    const pid = await postmasterPid();
    if (pid) {
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 300 && isAlive(pid); i++) await sleep(50);
    }
    await rm(dataDir, { recursive: true, force: true });
  });
  const url = async () => {
    const found = await embeddedDatabaseUrl(dataDir, port);
    if (!found) throw new Error(`no embedded Postgres in ${dataDir}`);
    return found;
  };
  return {
    kind: 'embedded',
    botEnv: { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) },
    url,
    describe: async () => `embedded Postgres ${await serverVersion(await url())} (temporary DATA_DIR)`,
    postmasterPid,
  };
}

async function serverVersion(url: string): Promise<string> {
  const [row] = await query<{ v: string }>(url, "SELECT current_setting('server_version') AS v");
  return row?.v.split(' ')[0] ?? '?';
}

export async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  await query(url, sql);
}

// ---------------------------------------------------------------- /proc readings

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resident set size in KiB (VmRSS), or undefined once the process is gone. */
export function rssKb(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; reports the peak. */
export function sampleRss(pid: number, everyMs = 100): { stop(): { peakKb: number; samples: number } } {
  let peakKb = 0;
  let samples = 0;
  const take = () => {
    const kb = rssKb(pid);
    if (kb !== undefined) {
      peakKb = Math.max(peakKb, kb);
      samples++;
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peakKb, samples };
    },
  };
}

/** [ppid, utime + stime in clock ticks] from /proc/<pid>/stat. */
function statOf(pid: number): [number, number] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ") ".
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return [Number(f[1]), Number(f[11]) + Number(f[12])];
  } catch {
    return undefined;
  }
}

export function parentPid(pid: number): number | undefined {
  return statOf(pid)?.[0];
}

/** A process and all its direct children (Postgres: postmaster, backends, background workers). */
export function processTree(rootPid: number | undefined): number[] {
  if (!rootPid) return [];
  const pids = [rootPid];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (statOf(pid)?.[0] === rootPid) pids.push(pid);
  }
  return pids;
}

const ticksPerSecond = 100; // getconf CLK_TCK on Linux

/**
 * CPU time of groups of processes over an interval, as a percentage of one
 * core (200% = both cores of this machine). Processes that exit in between
 * lose their time; pooled connections live for the whole run, so that is rare.
 */
export class CpuMeter {
  private startedAt = 0;
  private before = new Map<string, Map<number, number>>();
  private selfBefore = process.cpuUsage();

  constructor(private readonly groups: Record<string, () => number[]>) {}

  private machineBefore = machineTicks();

  start(): this {
    this.startedAt = performance.now();
    this.selfBefore = process.cpuUsage();
    this.machineBefore = machineTicks();
    for (const [name, pids] of Object.entries(this.groups)) this.before.set(name, this.read(pids()));
    return this;
  }

  /** Percent of one core per group, plus `loadgen` (this process). */
  stop(): Record<string, number> {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const out: Record<string, number> = {};
    for (const [name, pids] of Object.entries(this.groups)) {
      const start = this.before.get(name) ?? new Map<number, number>();
      const now = this.read([...new Set([...pids(), ...start.keys()])]);
      let ticks = 0;
      for (const [pid, t] of now) ticks += t - (start.get(pid) ?? 0);
      out[name] = (100 * ticks) / ticksPerSecond / seconds;
    }
    const self = process.cpuUsage(this.selfBefore);
    out.loadgen = (100 * (self.user + self.system)) / 1e6 / seconds;
    // Everything else that ran meanwhile: other processes, and kernel work not charged to one
    // (part of loopback networking). High values mean the machine was not ours alone.
    const machine = (100 * (machineTicks() - this.machineBefore)) / ticksPerSecond / seconds;
    out.rest = Math.max(0, machine - Object.values(out).reduce((a, b) => a + b, 0));
    return out;
  }

  private read(pids: number[]): Map<number, number> {
    const m = new Map<number, number>();
    for (const pid of pids) {
      const s = statOf(pid);
      if (s) m.set(pid, s[1]);
    }
    return m;
  }
}

export const coreCount = cpus().length;

/** Busy CPU time of the whole machine so far (all cores), in clock ticks, from /proc/stat. */
function machineTicks(): number {
  try {
    const f = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // user nice system idle iowait irq softirq steal: everything but idle and iowait
    return (f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[5] ?? 0) + (f[6] ?? 0) + (f[7] ?? 0);
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------- an open-loop load generator

export interface PacedResult {
  sent: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** Still without an answer when the phase gave up waiting (see graceMs). */
  unanswered: number;
  /** Requests per second answered, over the sending window. */
  rate: number;
  /** Milliseconds from the planned send time to the end of the answer (no coordinated omission). */
  latencies: number[];
  /** Worst lag of a send behind its planned time (the load generator's own delay). */
  maxSendLagMs: number;
}

/**
 * Sends requests at exactly `rate` per second, evenly spaced, whatever the
 * server's answers do (open loop), over keep-alive connections. Unlike
 * autocannon's overallRate (each connection sends its per-second quota
 * back-to-back at the top of every second), this is the arrival pattern of
 * many independent senders.
 */
export async function pacedLoad(opts: {
  url: string;
  rate: number;
  durationMs: number;
  headers: Record<string, string>;
  /** How long after the last planned send to wait for answers (default 10 s). */
  graceMs?: number;
  next: () => { body: string; id: string };
  onAnswer: (id: string, status: number, body: string) => void;
}): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(opts.url);
  const total = Math.round((opts.rate * opts.durationMs) / 1000);
  const interval = 1000 / opts.rate;
  const latencies: number[] = [];
  let sent = 0;
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  let done = 0;
  let maxSendLagMs = 0;
  let lastAnswerAt = 0;
  const start = performance.now();
  let giveUp: NodeJS.Timeout | undefined;
  let over = false;
  const open = new Set<ReturnType<typeof request>>();
  await new Promise<void>((finish) => {
    // A server slower than `rate` builds a backlog that could take minutes to drain: stop
    // waiting `graceMs` after the last planned send; what is still open counts as unanswered.
    giveUp = setTimeout(finish, opts.durationMs + (opts.graceMs ?? 10_000));
    const fire = (planned: number) => {
      const { body, id } = opts.next();
      maxSendLagMs = Math.max(maxSendLagMs, performance.now() - planned);
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { ...opts.headers, 'content-length': Buffer.byteLength(body) },
          timeout: 10_000,
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            text += c;
          });
          res.on('end', () => {
            open.delete(req);
            if (over) return;
            lastAnswerAt = performance.now();
            latencies.push(lastAnswerAt - planned);
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) ok++;
            else non2xx++;
            opts.onAnswer(id, status, text);
            if (++done === sent && sent === total) finish();
          });
        },
      );
      open.add(req);
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        open.delete(req);
        if (over) return;
        errors++;
        if (++done === sent && sent === total) finish();
      });
      req.end(body);
    };
    const tick = () => {
      if (over) return;
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) fire(start + sent++ * interval);
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  clearTimeout(giveUp);
  over = true;
  const unanswered = sent - done;
  // Requests still waiting for a socket would otherwise go out on new ones after agent.destroy().
  for (const req of open) req.destroy();
  agent.destroy();
  return {
    sent,
    ok,
    non2xx,
    errors,
    unanswered,
    rate: (ok + non2xx) / (Math.max(lastAnswerAt - start, opts.durationMs) / 1000),
    latencies,
    maxSendLagMs,
  };
}

// ---------------------------------------------------------------- numbers

/** Nearest-rank percentile of unsorted values (0 when empty). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? 0;
}

export const mb = (kb: number) => kb / 1024;
export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Pads columns of a small table (first row: header). */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function machine(): string {
  return `${coreCount} cores (${cpus()[0]?.model.trim() ?? '?'}), Node ${process.version}, ${codeVersion()}`;
}

/** The commit the bot ran from, and whether src/ had uncommitted changes. */
function codeVersion(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repoRoot,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'prisma').length > 0;
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted src changes' : ''}`;
  } catch {
    return 'commit unknown';
  }
}
