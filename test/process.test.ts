import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from '../src/db/embedded.js';
import { votePayload } from './support/bot.js';
import { projectRoot, startChildBot } from './support/child-bot.js';

/**
 * The bot as a new user runs it: `npm start` with no configuration, as a
 * child process, then stopped the way a terminal does (Ctrl-C reaches the
 * whole process group). Embedded Postgres in a temporary DATA_DIR.
 */
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rankly-process-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): number {
  return 20000 + Math.floor(Math.random() * 20000);
}

describe('npm start', () => {
  // The one setting a vote needs: without a secret votes are refused (checked below).
  const webhookAuth = 'process-test-webhook-auth';
  const env = () => ({
    PORT: String(freePort()),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(freePort()),
    RANKLY_WEBHOOK_AUTH: webhookAuth,
  });
  const postVote = (url: string, authorization?: string) =>
    fetch(`${url}/webhook/votes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(votePayload({ timestamp: '2025-11-25T10:00:00.000Z' })),
    });

  it('refuses votes with 401 when no webhook secret is set, saying how to set one', async () => {
    const bot = await startChildBot('node', { ...env(), RANKLY_WEBHOOK_AUTH: '' });
    try {
      expect(bot.output()).toMatch(/RANKLY_WEBHOOK_AUTH is not set: \/webhook\/votes refuses votes \(401\)/);
      const vote = await postVote(bot.url);
      expect(vote.status).toBe(401);
      expect(((await vote.json()) as { message: string }).message).toContain('set RANKLY_WEBHOOK_AUTH');
    } finally {
      process.kill(bot.child.pid!, 'SIGTERM');
    }
    expect(await bot.exit).toBe(0);
  });

  it('runs with nothing but a webhook secret, stores webhooks, and stops gracefully on Ctrl-C', async () => {
    const settings = env();
    const port = settings.EMBEDDED_PG_PORT;
    const bot = await startChildBot('npm', settings);
    try {
      const logLine = bot
        .output()
        .split('\n')
        .find((l) => l.includes('listening on'));
      expect(logLine).toContain('embedded Postgres in');
      expect(bot.output()).toMatch(/DISCORD_TOKEN is not set: running as a listener only/);

      expect(await (await fetch(`${bot.url}/healthz`)).json()).toMatchObject({ status: 'ok' });
      const ready = await fetch(`${bot.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        ready: true,
        checks: { database: 'ok', queue: 'running', discord: 'listener-only' },
      });
      const vote = await postVote(bot.url, webhookAuth);
      expect(await vote.json()).toEqual({ received: true });
    } finally {
      process.kill(-bot.child.pid!, 'SIGINT');
    }
    await bot.exit; // npm itself ends by the signal; the bot's own exit is what the log shows
    expect(bot.output()).toMatch(/"msg":"stopped"/);
    expect(bot.output()).not.toMatch(/error while stopping|timed out/);
    // The embedded server stopped with it.
    const nodePid = Number(/"pid":(\d+)/.exec(bot.output())?.[1]);
    expect(isAlive(nodePid)).toBe(false);
    expect(await portAccepts(Number(port))).toBe(false);
    expect(bot.output()).not.toMatch(/second signal/);
  });

  it('keeps its data across restarts (the same vote is now a duplicate), and exits 0 on SIGTERM', async () => {
    const bot = await startChildBot('node', env());
    try {
      const vote = await postVote(bot.url, webhookAuth);
      expect(await vote.json()).toEqual({ received: true, duplicate: true });
    } finally {
      process.kill(bot.child.pid!, 'SIGTERM');
    }
    expect(await bot.exit).toBe(0);
  });

  it('refuses to start on bad configuration, naming every variable, exit code 1', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: 'http',
        LOG_LEVEL: 'chatty',
        DATABASE_URL: 'mongodb://root:topsecret@localhost/db',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (c: Buffer) => {
      text += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      text += c.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(text).toContain('Invalid configuration');
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL']) expect(text).toContain(`${name}:`);
    expect(text).not.toContain('topsecret');
  });
});
