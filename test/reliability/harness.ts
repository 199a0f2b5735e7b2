import { type ChildProcess, spawn } from 'node:child_process';
import pg from 'pg';
import { createTestDatabase } from '../support/database.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';

/**
 * Runs the bot as real child processes (the way `npm start` does) against a
 * fresh database and the fake Discord, so a suite can kill, restart and
 * multiply them, and then check what every acknowledged vote became.
 */
const projectRoot = new URL('../..', import.meta.url).pathname;
export const guildId = '123456789012345678';
export const roleId = '223456789012345678';
/** RANKLY_WEBHOOK_AUTH of every bot process (votes without a secret are refused), sent with each vote. */
export const webhookAuth = 'reliability-webhook-auth';
export const voteHeaders = { 'content-type': 'application/json', authorization: webhookAuth };

export interface Scenario {
  fake: FakeDiscord;
  databaseUrl: string;
  db: pg.Pool;
  users: string[];
  start(extraEnv?: Record<string, string>): Promise<BotProcess>;
  close(): Promise<void>;
}

export interface BotProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startScenario(opts: { users: number; dm?: boolean }): Promise<Scenario> {
  const fake = await startFakeDiscord();
  const users = Array.from({ length: opts.users }, (_, i) => (300000000000000000n + BigInt(i)).toString());
  fake.addGuild({ id: guildId, roles: [{ id: roleId, name: 'Voter', position: 2 }], members: users });
  const database = await createTestDatabase();
  const db = new pg.Pool({ connectionString: database.url, max: 4 });
  // The outage suite terminates every connection to the database, these included.
  db.on('error', () => {});
  await db.query(
    `INSERT INTO guild_config (guild_id, reward_role_id, currency_amount, dm_enabled) VALUES ($1, $2, 10, $3)`,
    [guildId, roleId, opts.dm ?? true],
  );
  const bots: BotProcess[] = [];
  return {
    fake,
    databaseUrl: database.url,
    db,
    users,
    async start(extraEnv = {}) {
      const bot = await startBotProcess({
        DATABASE_URL: database.url,
        DISCORD_TOKEN: fake.token,
        DISCORD_API_URL: fake.apiUrl,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'warn',
        WEBHOOK_RATE_LIMIT: '0',
        RANKLY_WEBHOOK_AUTH: webhookAuth,
        ...extraEnv,
      });
      bots.push(bot);
      return bot;
    },
    async close() {
      await Promise.all(bots.map((b) => b.stop('SIGKILL')));
      await db.end();
      await fake.close();
      await database.drop();
    },
  };
}

async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (c: Buffer) => {
    text += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    text += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // LOG_LEVEL=warn hides the "listening" line: find the port from the process instead.
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(async () => {
      const port = await listeningPort(child.pid as number);
      if (port) {
        clearInterval(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`bot exited with ${code} while starting:\n${text}`));
    });
  });
  // Ready means Discord connected and workers running.
  for (let i = 0; i < 100; i++) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    output: () => text,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** The TCP port a process listens on, from /proc (Linux). */
async function listeningPort(pid: number): Promise<number | undefined> {
  const { readFile, readdir, readlink } = await import('node:fs/promises');
  const inodes = new Set<string>();
  for (const fd of await readdir(`/proc/${pid}/fd`).catch(() => [] as string[])) {
    const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    const m = /^socket:\[(\d+)\]$/.exec(link);
    if (m?.[1]) inodes.add(m[1]);
  }
  for (const table of ['tcp', 'tcp6']) {
    const lines = (await readFile(`/proc/net/${table}`, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const line of lines) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] === '0A' && inodes.has(cols[9] ?? ''))
        return Number.parseInt(cols[1]?.split(':')[1] ?? '', 16);
    }
  }
  return undefined;
}

export function vote(userId: string, i: number) {
  return {
    userId,
    serverId: guildId,
    timestamp: new Date(Date.UTC(2025, 10, 1) + i * 1000).toISOString(),
    creditsAwarded: true,
    adBlocker: false,
    creditDenialReason: null,
    test: false,
  };
}

/** Posts votes with `concurrency` in flight; returns which got a 2xx. */
export async function sendVotes(
  targets: () => string,
  votes: Array<{ userId: string; i: number }>,
  concurrency: number,
  onProgress?: (done: number) => void,
): Promise<Set<string>> {
  const acked = new Set<string>();
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < votes.length) {
        const v = votes[next++] as { userId: string; i: number };
        try {
          const response = await fetch(`${targets()}/webhook/votes`, {
            method: 'POST',
            headers: voteHeaders,
            body: JSON.stringify(vote(v.userId, v.i)),
            signal: AbortSignal.timeout(5000),
          });
          if (response.ok) acked.add(v.userId);
          await response.arrayBuffer();
        } catch {
          // Refused or cut off: not acknowledged, so Rankly would retry it.
        }
        onProgress?.(++done);
      }
    }),
  );
  return acked;
}

/** Waits until every stored vote is settled (or the time runs out); true if it drained. */
export function drain(s: Scenario, timeoutMs = 900_000): Promise<boolean> {
  return waitUntil(async () => {
    const { rows } = await s.db.query<{ n: string }>(
      'SELECT count(*) AS n FROM vote WHERE settled_at IS NULL',
    );
    return rows[0]?.n === '0';
  }, timeoutMs);
}

export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

export interface Outcome {
  acked: number;
  stored: number;
  settled: number;
  currencyOnce: number;
  currencyTwice: number;
  usersWithRole: number;
  rolePutsTotal: number;
  dmsDelivered: number;
  usersWithTwoDms: number;
  dmsLost: number;
  /** Acknowledged votes whose voter got no DM and whose DM is not recorded as 'unknown'. */
  dmsUnaccounted: number;
  missing: string[];
}

/** What became of each acknowledged vote, in the database and at the fake Discord. */
export async function outcome(s: Scenario, acked: Set<string>): Promise<Outcome> {
  const rows = await s.db.query<{
    user_id: string;
    settled: boolean;
    balance: string | null;
    dm: string | null;
  }>(
    `SELECT v.user_id, v.settled_at IS NOT NULL AS settled, m.balance::text AS balance,
            (SELECT status FROM reward_effect e WHERE e.vote_id = v.id AND e.kind = 'dm') AS dm
     FROM vote v LEFT JOIN member m ON m.guild_id = v.guild_id AND m.user_id = v.user_id`,
  );
  const byUser = new Map(rows.rows.map((r) => [r.user_id, r]));
  const okPuts = s.fake.find('PUT', /\/roles\//).filter((r) => r.status === 204);
  const roleUsers = new Set(okPuts.map((r) => r.path.split('/')[4]));
  const dmPosts = s.fake
    .find('POST', /^\/channels\/\d+\/messages$/)
    // A create Discord deduplicated by its nonce posted nothing new.
    .filter((r) => r.status === 200 && !r.replayed)
    .map((r) => /<@(\d+)>/.exec(String((r.body as { content?: string }).content))?.[1]);
  const dmCount = new Map<string, number>();
  for (const u of dmPosts) if (u) dmCount.set(u, (dmCount.get(u) ?? 0) + 1);
  const missing = [...acked].filter((u) => !byUser.has(u));
  return {
    acked: acked.size,
    stored: [...acked].filter((u) => byUser.has(u)).length,
    settled: [...acked].filter((u) => byUser.get(u)?.settled).length,
    currencyOnce: [...acked].filter((u) => byUser.get(u)?.balance === '10').length,
    currencyTwice: [...byUser.values()].filter((r) => Number(r.balance) > 10).length,
    usersWithRole: [...acked].filter((u) => roleUsers.has(u)).length,
    rolePutsTotal: okPuts.length,
    dmsDelivered: dmPosts.length,
    usersWithTwoDms: [...dmCount.values()].filter((n) => n > 1).length,
    dmsLost: [...byUser.values()].filter((r) => r.dm === 'unknown').length,
    dmsUnaccounted: [...acked].filter((u) => !dmCount.has(u) && byUser.get(u)?.dm !== 'unknown').length,
    missing,
  };
}
