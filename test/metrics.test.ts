import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';

/**
 * GET /metrics of a running bot: what each choke point counts (webhooks,
 * jobs, Discord errors, rewards), the queue depth read at scrape time, and
 * the token and off switch.
 */
const metricsToken = 'metrics-token-for-tests';
let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot({ env: { METRICS_TOKEN: metricsToken, RANKLY_WEBHOOK_AUTH: 'vote-auth-secret' } });
});
afterAll(async () => {
  await bot?.close();
});

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The exposition text as samples, so a test names a metric and the labels it cares about. */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1] as string] = l[2] as string;
    samples.push({ name: m[1] as string, labels, value: Number(m[3]) });
  }
  return samples;
}

async function scrape(): Promise<Sample[]> {
  const response = await fetch(`${bot.url}/metrics`, {
    headers: { authorization: `Bearer ${metricsToken}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  return parse(await response.text());
}

function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  return found.reduce((sum, s) => sum + s.value, 0);
}

async function setupGuild(opts: { dm?: boolean } = {}) {
  const guildId = snowflake();
  const roleId = snowflake();
  const userId = snowflake();
  bot.fake.addGuild({ id: guildId, roles: [{ id: roleId, position: 2 }], members: [userId] });
  await bot.db.guildConfig.create({
    data: { guildId, rewardRoleId: roleId, currencyAmount: 10, dmEnabled: opts.dm ?? false },
  });
  return { guildId, roleId, userId };
}

const auth = { authorization: 'vote-auth-secret' };

describe('GET /metrics', () => {
  it('needs the Bearer token when one is set (401 otherwise, never the metrics)', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: metricsToken },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${bot.url}/metrics`, { headers });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain('rankly_');
    }
    expect(value(await scrape(), 'rankly_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts webhooks by route and outcome, and times their acknowledgement', async () => {
    const s = await setupGuild();
    const payload = votePayload({ userId: s.userId, serverId: s.guildId });
    expect((await bot.post('/webhook/votes', payload, auth)).status).toBe(200);
    expect((await bot.post('/webhook/votes', payload, auth)).status).toBe(200);
    expect((await bot.post('/webhook/votes', { ...payload, test: true }, auth)).status).toBe(200);
    expect((await bot.post('/webhook/votes', payload, { authorization: 'wrong' })).status).toBe(401);
    expect((await bot.post('/webhook/votes', { ...payload, userId: 'x' }, auth)).status).toBe(400);
    expect((await bot.post(`/webhook/votes/${s.guildId}`, payload, auth)).status).toBe(200);
    expect((await bot.post('/webhook/premium', '{}')).status).toBe(503);

    const samples = await scrape();
    const votes = (outcome: string) =>
      value(samples, 'rankly_webhooks_received_total', { route: '/webhook/votes', outcome });
    expect([
      votes('stored'),
      votes('duplicate'),
      votes('test'),
      votes('unauthorized'),
      votes('invalid'),
    ]).toEqual([1, 1, 1, 1, 1]);
    expect(
      value(samples, 'rankly_webhooks_received_total', {
        route: '/webhook/votes/:guildId',
        outcome: 'duplicate',
      }),
    ).toBe(1);
    expect(
      value(samples, 'rankly_webhooks_received_total', { route: '/webhook/premium', outcome: 'unavailable' }),
    ).toBe(1);
    expect(value(samples, 'rankly_webhook_ack_seconds_count', { route: '/webhook/votes' })).toBe(5);
    expect(value(samples, 'rankly_webhook_ack_seconds_sum', { route: '/webhook/votes' })).toBeGreaterThan(0);
    expect(value(samples, 'rankly_webhook_ack_seconds_bucket', { route: '/webhook/votes', le: '+Inf' })).toBe(
      5,
    );
    // Health probes and /metrics itself are not webhooks.
    expect(samples.filter((x) => x.labels.route && !x.labels.route.startsWith('/webhook'))).toEqual([]);
    // Let its reward finish, so the next test counts only its own jobs.
    await eventually(() =>
      bot.db.vote.findFirst({ where: { guildId: s.guildId, settledAt: { not: null } } }),
    );
  });

  it('counts jobs completed, retried and failed by queue, Discord errors by code, and rewards by kind', async () => {
    const before = await scrape();
    const jobs = (samples: Sample[], result: string) =>
      value(samples, 'rankly_jobs_total', { queue: 'vote.reward', result }) -
      value(before, 'rankly_jobs_total', { queue: 'vote.reward', result });
    const rewards = (samples: Sample[], kind: string) =>
      value(samples, 'rankly_rewards_granted_total', { kind }) -
      value(before, 'rankly_rewards_granted_total', { kind });

    // One vote whose role grant fails once with a 500, then succeeds: retried once, completed once.
    const ok = await setupGuild({ dm: true });
    bot.fake.failNext({ method: 'PUT', path: new RegExp(`/members/${ok.userId}/roles/`), status: 500 });
    await bot.post('/webhook/votes', votePayload({ userId: ok.userId, serverId: ok.guildId }), auth);
    let samples = await eventually(async () => {
      const now = await scrape();
      return jobs(now, 'completed') >= 1 ? now : undefined;
    });
    expect(jobs(samples, 'retried')).toBe(1);
    expect(rewards(samples, 'role')).toBe(1);
    expect(rewards(samples, 'currency')).toBe(1);
    expect(rewards(samples, 'dm')).toBe(1);

    // One whose role grant is refused for good (missing permissions) on every try: the job
    // itself completes (the refusal is recorded), and Discord's code is counted.
    const refused = await setupGuild();
    bot.fake.failNext({
      method: 'PUT',
      path: new RegExp(`/members/${refused.userId}/roles/`),
      status: 403,
      code: 50013,
    });
    // And one that keeps getting 502 until its retries run out: failed, a dead letter.
    const dead = await setupGuild();
    bot.fake.failNext({
      method: 'PUT',
      path: new RegExp(`/members/${dead.userId}/roles/`),
      status: 502,
      times: 3,
    });
    await bot.post(
      '/webhook/votes',
      votePayload({ userId: refused.userId, serverId: refused.guildId }),
      auth,
    );
    await bot.post('/webhook/votes', votePayload({ userId: dead.userId, serverId: dead.guildId }), auth);
    samples = await eventually(async () => {
      const now = await scrape();
      return jobs(now, 'failed') >= 1 && jobs(now, 'completed') >= 2 ? now : undefined;
    });
    expect(jobs(samples, 'failed')).toBe(1);
    expect(await bot.db.deadLetter.count({ where: { queue: 'vote.reward' } })).toBe(1);
    const errors = (code: string, status: string) =>
      value(samples, 'rankly_discord_api_errors_total', { code, status }) -
      value(before, 'rankly_discord_api_errors_total', { code, status });
    expect(errors('50013', '403')).toBe(1);
    expect(errors('http_500', '500')).toBe(1);
    expect(errors('http_502', '502')).toBe(3);
    // Roles given: only the first guild's; currency: all three votes.
    expect(rewards(samples, 'role')).toBe(1);
    expect(rewards(samples, 'currency')).toBe(3);
  });

  it('shows the depth of every queue, read when scraped', async () => {
    const samples = await scrape();
    expect(samples.filter((s) => s.name === 'rankly_queue_depth').map((s) => s.labels.queue)).toContain(
      'premium.remind',
    );
    const later = new Date(Date.now() + 3_600_000);
    const before = value(samples, 'rankly_queue_depth', { queue: 'role.expire' });
    await bot.queue.send('roleExpire', { guildId: snowflake(), userId: snowflake() }, { startAfter: later });
    await bot.queue.send('roleExpire', { guildId: snowflake(), userId: snowflake() }, { startAfter: later });
    expect(value(await scrape(), 'rankly_queue_depth', { queue: 'role.expire' })).toBe(before + 2);
  });
});

describe('METRICS=false', () => {
  it('has no /metrics route', async () => {
    const off = await startTestBot({ env: { METRICS: 'false' }, discord: false });
    try {
      expect((await fetch(`${off.url}/metrics`)).status).toBe(404);
      expect(off.metrics).toBeNull();
    } finally {
      await off.close();
    }
  });

  it('without a token, anyone who reaches the port reads /metrics', async () => {
    const open = await startTestBot({ discord: false });
    try {
      const response = await fetch(`${open.url}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('rankly_webhooks_received_total');
    } finally {
      await open.close();
    }
  });
});
