import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { eventually, snowflake, startTestBot, type TestBot } from './support/bot.js';
import { startFakeRanklyApi } from './support/fake-rankly-api.js';

/**
 * Every CLI command against a running bot (real HTTP, Postgres, pg-boss,
 * discord.js) and the fake Discord. The CLI runs in this process through
 * runCli, with its own environment and captured output; one test runs the
 * `rankly-bot` bin as a child process, as an operator would.
 */
const voteAuth = 'cli-test-vote-auth';
const premiumSecrets = 'cli-premium-old, cli-premium-new';
let bot: TestBot;
let guildId: string;
let roleId: string;
let userId: string;

beforeAll(async () => {
  guildId = snowflake();
  roleId = snowflake();
  userId = snowflake();
  bot = await startTestBot({
    env: { RANKLY_WEBHOOK_AUTH: voteAuth, RANKLY_PREMIUM_WEBHOOK_SECRET: premiumSecrets },
    guilds: [
      {
        id: guildId,
        name: 'CLI Guild',
        roles: [{ id: roleId, name: 'Voter', position: 3 }],
        members: [userId],
      },
    ],
  });
  await bot.db.guildConfig.create({
    data: { guildId, rewardRoleId: roleId, dmEnabled: false, currencyAmount: 5 },
  });
});
afterAll(async () => {
  await bot?.close();
});

/** The environment an operator's shell would have next to this bot. */
function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: bot.databaseUrl,
    PORT: new URL(bot.url).port,
    DISCORD_TOKEN: bot.fake.token,
    DISCORD_API_URL: bot.fake.apiUrl,
    RANKLY_WEBHOOK_AUTH: voteAuth,
    RANKLY_PREMIUM_WEBHOOK_SECRET: premiumSecrets,
    PUBLIC_URL: 'https://bot.example.com',
    ...extra,
  };
}

async function cli(args: string[], env = cliEnv()) {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    env,
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

describe('help and usage', () => {
  it('has help for every command, and exits 0 with it', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    for (const group of ['send', 'doctor', 'deadletters', 'rewards', 'premium', 'commands'])
      expect(top.out).toContain(group);
    const commands = [
      ['send', 'vote'],
      ['send', 'premium'],
      ['send', 'bot-vote'],
      ['doctor'],
      ['deadletters', 'list'],
      ['deadletters', 'replay'],
      ['rewards', 'retry'],
      ['premium', 'status'],
      ['commands', 'deploy'],
    ];
    for (const command of commands) {
      const help = await cli([...command, '--help']);
      expect(help.code, command.join(' ')).toBe(0);
      expect(help.out, command.join(' ')).toMatch(new RegExp(`^Usage: rankly-bot ${command.join(' ')}`));
    }
  });

  it('exits 2 with a message for an unknown command, a missing subcommand or a bad argument', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.err).toContain("unknown command 'frobnicate'");
    expect((await cli(['deadletters'])).code).toBe(2);
    const badId = await cli(['send', 'vote', '--user', '12']);
    expect(badId.code).toBe(2);
    expect(badId.err).toContain('--user must be a Discord ID');
    // A zero-padded id is another spelling of a real one: refused before anything is sent.
    const padded = await cli(['send', 'vote', '--live', '--server', `0${guildId}`]);
    expect(padded.code).toBe(2);
    expect(padded.err).toContain('--server must be a Discord ID: 17 to 20 digits, without a leading zero');
    expect((await cli(['export', 'votes', '--guild', '18446744073709551616'])).code).toBe(2);
    const replay = await cli(['deadletters', 'replay']);
    expect(replay.code).toBe(2);
    expect(replay.err).toContain('give one or more ids, or --all');
  });
});

describe('send vote', () => {
  it('sends a test delivery by default: acknowledged as a test, nothing stored', async () => {
    const result = await cli(['send', 'vote', '--server', guildId, '--user', userId]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('-> 200 {"received":true,"test":true}');
    expect(await bot.db.vote.count({ where: { guildId } })).toBe(0);
  });

  it('--live sends a real vote with every field from flags; it is stored and rewarded', async () => {
    const timestamp = '2026-01-02T03:04:05.000Z';
    const result = await cli([
      'send',
      'vote',
      '--live',
      '--server',
      guildId,
      '--user',
      userId,
      '--timestamp',
      timestamp,
      '--no-credits-awarded',
      '--ad-blocker',
      '--denial-reason',
      'Ad blocker detected',
    ]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('-> 200 {"received":true}');
    const vote = await bot.db.vote.findFirstOrThrow({ where: { guildId, userId } });
    expect(vote).toMatchObject({
      votedAt: new Date(timestamp),
      creditsAwarded: false,
      adBlocker: true,
      creditDenialReason: 'Ad blocker detected',
    });
    // The ad-blocker vote earns the reduced reward, role included (default policy).
    await bot.fake.waitFor('PUT', new RegExp(`/guilds/${guildId}/members/${userId}/roles/${roleId}$`));
    const again = await cli([
      'send',
      'vote',
      '--live',
      '--server',
      guildId,
      '--user',
      userId,
      '--timestamp',
      timestamp,
    ]);
    expect(again.out).toContain('"duplicate":true');
  });

  it('fails (exit 1) and shows the answer when the bot refuses the Authorization', async () => {
    const result = await cli(['send', 'vote', '--auth', 'wrong']);
    expect(result.code).toBe(1);
    expect(result.out).toContain('-> 401');
    expect(result.err).toContain('refused with 401');
    expect((await cli(['send', 'vote', '--no-auth'])).code).toBe(1);
  });

  it('fails (exit 1) with a clear message when nothing listens at the URL', async () => {
    const result = await cli(['send', 'vote', '--url', 'http://127.0.0.1:1/webhook/votes']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('could not reach http://127.0.0.1:1/webhook/votes');
  });
});

describe('send premium', () => {
  it('signs with the newest secret; a test delivery is verified and acknowledged, nothing stored', async () => {
    const result = await cli(['send', 'premium', '--user', userId]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('-> 200 {"received":true,"test":true}');
    expect(result.out).not.toContain('cli-premium');
    expect(await bot.db.premiumEvent.count()).toBe(0);
  });

  it('--live sends a signed purchase that is stored and becomes an entitlement', async () => {
    const result = await cli([
      'send',
      'premium',
      '--live',
      '--user',
      userId,
      '--purchase-id',
      `cli-${userId}`,
      '--duration',
      'weekly',
      '--tier-id',
      'pro-weekly',
    ]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('-> 200 {"received":true}');
    const entitlement = await eventually(() =>
      bot.db.entitlement.findUnique({ where: { scope_subjectId: { scope: 'user', subjectId: userId } } }),
    );
    expect(entitlement).toMatchObject({ tierId: 'pro-weekly', status: 'active' });
    const status = await cli(['premium', 'status', '--user', userId]);
    expect(status.code).toBe(0);
    expect(status.out).toContain('pro-weekly');
  });

  it('a wrong secret is refused with 401 (exit 1); no secret at all is a usage error (exit 2)', async () => {
    const wrong = await cli(['send', 'premium', '--secret', 'not-the-secret']);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain('-> 401');
    const none = await cli(['send', 'premium'], cliEnv({ RANKLY_PREMIUM_WEBHOOK_SECRET: '' }));
    expect(none.code).toBe(2);
    expect(none.err).toContain('no signing secret');
  });

  it('refuses, before sending, a payload the bot could never accept', async () => {
    const result = await cli(['send', 'premium', '--plan-type', 'server']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('serverId is required for a server plan');
  });
});

describe('doctor', () => {
  it('with RANKLY_API_KEY, compares Rankly’s count of this month’s votes with the votes that arrived', async () => {
    const rankly = await startFakeRanklyApi(guildId);
    try {
      const stored = await bot.db.vote.count({
        where: { guildId, botId: '', votedAt: { gte: new Date(new Date().toISOString().slice(0, 7)) } },
      });
      rankly.server.monthlyVotes = stored + 14;
      const env = cliEnv({ RANKLY_API_KEY: rankly.key, RANKLY_API_URL: rankly.url });
      const gap = await cli(['doctor'], env);
      expect(gap.out).toContain(
        `[warn] votes of guild ${guildId}: Rankly counted ${stored + 14} votes this month, ${stored === 0 ? 'none arrived' : `${stored} arrived`}: check the webhook URL`,
      );
      expect(gap.out).toContain('the missing votes cannot be fetched again');
      rankly.server.monthlyVotes = stored;
      expect((await cli(['doctor'], env)).out).toContain(
        `[ok]   votes of guild ${guildId}: Rankly counted ${stored} this month, and all arrived`,
      );
      const refused = await cli(['doctor'], { ...env, RANKLY_API_KEY: 'not-the-key' });
      expect(refused.code).toBe(1);
      expect(refused.out).toContain("[FAIL] Rankly's API: Rankly refused RANKLY_API_KEY");
      expect(refused.out + refused.err).not.toContain('not-the-key');
    } finally {
      await rankly.close();
    }
  });

  it('passes on a working setup and says what it checked', async () => {
    const result = await cli(['doctor']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('[ok]   configuration');
    expect(result.out).toMatch(/\[ok\] {3}database .*reachable, \d+ migrations applied/);
    expect(result.out).toContain('[ok]   Discord token: accepted');
    expect(result.out).toContain(
      `[ok]   guild CLI Guild (${guildId}): reward role @Voter (${roleId}) can be given`,
    );
    expect(result.out).toContain('[ok]   PUBLIC_URL is HTTPS');
    expect(result.out).toContain('all good');
  });

  it('fails (exit 1) with a fix for each problem: a role above the bot, plain HTTP, a refused token', async () => {
    const badGuild = snowflake();
    const highRole = snowflake();
    bot.fake.addGuild({
      id: badGuild,
      name: 'Bad Guild',
      roles: [{ id: highRole, name: 'Top', position: 50 }],
    });
    await bot.db.guildConfig.create({ data: { guildId: badGuild, rewardRoleId: highRole } });
    try {
      const result = await cli(['doctor'], cliEnv({ PUBLIC_URL: 'http://bot.example.com' }));
      expect(result.code).toBe(1);
      expect(result.out).toContain(
        `[FAIL] guild Bad Guild (${badGuild}): reward role @Top (${highRole}) cannot be given`,
      );
      expect(result.out).toMatch(/fix: @Top \(\d+\) is above \(or equal to\) the bot's highest role/);
      expect(result.out).toContain(
        '[FAIL] PUBLIC_URL is http://bot.example.com: Rankly delivers webhooks only to HTTPS',
      );
      expect(result.err).toContain('2 problems to fix');

      const token = await cli(['doctor'], cliEnv({ DISCORD_TOKEN: 'not-the-token' }));
      expect(token.code).toBe(1);
      expect(token.out).toContain('[FAIL] Discord token: refused by Discord (401)');
      expect(token.out).toContain('Reset Token');
      expect(token.out + token.err).not.toContain('not-the-token');
    } finally {
      await bot.db.guildConfig.delete({ where: { guildId: badGuild } });
    }
  });

  it('fails on ALLOW_UNAUTHENTICATED_WEBHOOKS without a secret, and warns that votes are refused without one', async () => {
    const open = await cli(
      ['doctor'],
      cliEnv({ RANKLY_WEBHOOK_AUTH: '', ALLOW_UNAUTHENTICATED_WEBHOOKS: 'true' }),
    );
    expect(open.code).toBe(1);
    expect(open.out).toContain('[FAIL] ALLOW_UNAUTHENTICATED_WEBHOOKS is on: anyone who finds the URL');
    const closed = await cli(['doctor'], cliEnv({ RANKLY_WEBHOOK_AUTH: '' }));
    expect(closed.code).toBe(0);
    expect(closed.out).toContain(
      '[warn] RANKLY_WEBHOOK_AUTH is not set: votes are refused (401) for guilds without their own secret',
    );
  });

  it('reports an unreachable database and invalid configuration instead of crashing', async () => {
    const db = await cli(['doctor'], cliEnv({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none' }));
    expect(db.code).toBe(1);
    expect(db.out).toMatch(/\[FAIL\] database .*cannot connect/);
    const config = await cli(['doctor'], cliEnv({ PORT: 'eighty' }));
    expect(config.code).toBe(1);
    expect(config.out).toContain('[FAIL] configuration: PORT');
  });
});

describe('deadletters', () => {
  it('lists a dead letter, replays it by id (the job runs again), and lists none after', async () => {
    const letter = await bot.db.deadLetter.create({
      data: { queue: 'member.joined', data: { guildId, userId }, reason: 'Error: made up for the test' },
    });
    const listed = await cli(['deadletters', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(`${letter.id}\tmember.joined\t`);
    expect(listed.out).toContain('made up for the test');

    const replayed = await cli(['deadletters', 'replay', String(letter.id)]);
    expect(replayed.code, replayed.err).toBe(0);
    expect(replayed.out).toContain('replayed 1 dead letter');
    await eventually(async () => {
      const jobs = await bot.db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'member.joined' AND state = 'completed'`;
      return (jobs[0]?.n ?? 0) > 0;
    });
    expect((await cli(['deadletters', 'list'])).out).toBe('no dead letters\n');
    expect((await cli(['deadletters', 'list', '--all'])).out).toContain(`replayed `);

    const again = await cli(['deadletters', 'replay', String(letter.id)]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('unknown, already replayed');

    // One whose payload can never run stays listed and does not block --all.
    const broken = await bot.db.deadLetter.create({
      data: { queue: 'vote.reward', data: { voteId: 'not-a-number' }, reason: 'invalid payload' },
    });
    const other = await bot.db.deadLetter.create({
      data: { queue: 'member.joined', data: { guildId, userId }, reason: 'Error: made up' },
    });
    expect((await cli(['deadletters', 'replay', '--all'])).out).toContain('replayed 1 dead letter');
    const left = await cli(['deadletters', 'list']);
    expect(left.out).toContain(`${broken.id}\tvote.reward`);
    expect(left.out).not.toContain(`${other.id}\t`);
    expect((await cli(['deadletters', 'replay', String(broken.id)])).code).toBe(1);
  });

  it('says how to fix an unreachable database (exit 1)', async () => {
    const result = await cli(
      ['deadletters', 'list'],
      cliEnv({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none' }),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('cannot reach the database');
  });
});

describe('rewards retry and commands deploy', () => {
  it('rewards retry sends a guild refused rewards back to the queue', async () => {
    const result = await cli(['rewards', 'retry', guildId]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/^sent \d+ vote rewards? back to the queue/);
  });

  it('commands deploy registers the slash commands globally or in one guild', async () => {
    const global = await cli(['commands', 'deploy']);
    expect(global.code, global.err).toBe(0);
    expect(global.out).toMatch(/^registered \/\w+.* globally/);
    expect(bot.fake.find('PUT', /^\/applications\/\d+\/commands$/).length).toBeGreaterThan(0);
    const guild = await cli(['commands', 'deploy', '--guild', guildId]);
    expect(guild.out).toContain(`in guild ${guildId}`);
    expect(bot.fake.find('PUT', new RegExp(`^/applications/\\d+/guilds/${guildId}/commands$`))).toHaveLength(
      1,
    );
    const noToken = await cli(['commands', 'deploy'], cliEnv({ DISCORD_TOKEN: '' }));
    expect(noToken.code).toBe(1);
    expect(noToken.err).toContain('DISCORD_TOKEN is not set');
  });
});

describe('the rankly-bot bin', () => {
  it('runs without a build step and exits with the command exit code', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; out: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['bin/rankly-bot.js', ...args], {
          cwd: new URL('..', import.meta.url).pathname,
          env: { PATH: process.env.PATH ?? '', ...cliEnv() },
        });
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
        });
        child.stderr.on('data', (c: Buffer) => {
          out += c.toString();
        });
        child.on('error', reject);
        child.on('exit', (code) => resolve({ code, out }));
      });
    const sent = await run(['send', 'vote']);
    expect(sent.out).toContain('-> 200 {"received":true,"test":true}');
    expect(sent.code).toBe(0);
    expect((await run(['nope'])).code).toBe(2);
  });
});
