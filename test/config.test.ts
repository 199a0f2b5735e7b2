import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, describeDatabaseUrl, loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { assertNoSecretsLogged } from './support/bot.js';

describe('configuration', () => {
  it('starts with no configuration at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: '.data', LOG_PRETTY: false, LOG_LEVEL: 'info' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });

  it('treats empty strings as unset, as docker-compose and .env files produce them', () => {
    const config = loadConfig({ PORT: '', DISCORD_TOKEN: '' });
    expect(config.PORT).toBe(3000);
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });

  it('names every bad variable in one message, and never prints a secret value', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://admin:hunter2-secret@db/app',
        DISCORD_API_URL: 'not a url',
        SHUTDOWN_TIMEOUT_MS: '5',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'DISCORD_API_URL', 'SHUTDOWN_TIMEOUT_MS']) {
      expect(message).toContain(`${name}:`);
    }
    expect((error as ConfigError).problems).toHaveLength(5);
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('eighty');
  });

  it('reads the roles of a process (RUN), all three by default, and refuses unknown ones', () => {
    expect(loadConfig({}).RUN).toEqual(['web', 'worker', 'gateway']);
    expect(loadConfig({ RUN: ' Gateway , web ' }).RUN).toEqual(['web', 'gateway']);
    expect(() => loadConfig({ RUN: 'web,cron' })).toThrow(
      /RUN: must be a comma-separated list of web, worker, gateway/,
    );
    expect(() => loadConfig({ RUN: ',' })).toThrow(/RUN:/);
  });

  it('takes shard ids only with a count that covers them', () => {
    expect(loadConfig({ SHARD_IDS: '3,1', SHARD_COUNT: '4' })).toMatchObject({
      SHARD_IDS: [1, 3],
      SHARD_COUNT: 4,
    });
    expect(() => loadConfig({ SHARD_IDS: '0' })).toThrow(/SHARD_COUNT: must be set when SHARD_IDS is/);
    expect(() => loadConfig({ SHARD_IDS: '1,2', SHARD_COUNT: '2' })).toThrow(
      /SHARD_IDS: every shard id must be below SHARD_COUNT/,
    );
    expect(() => loadConfig({ SHARD_IDS: 'one', SHARD_COUNT: '2' })).toThrow(/SHARD_IDS: must be a comma/);
  });

  it('takes the TLS certificate and key only together', () => {
    expect(() => loadConfig({ TLS_CERT_FILE: '/etc/ssl/bot.pem' })).toThrow(
      /TLS_KEY_FILE: must be set together/,
    );
    expect(() => loadConfig({ TLS_KEY_FILE: '/etc/ssl/bot.key' })).toThrow(
      /TLS_CERT_FILE: must be set together/,
    );
  });

  it('reads TRUST_PROXY as proxy addresses, CIDRs and named ranges, and refuses true and hop counts', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, uniquelocal,::1' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      'uniquelocal',
      '::1',
    ]);
    expect(loadConfig({ TRUST_PROXY: '172.18.0.2,fd00::/8' }).TRUST_PROXY).toEqual([
      '172.18.0.2',
      'fd00::/8',
    ]);
    // Trusting whoever connects lets a direct client name any address and pick its rate-limit bucket.
    for (const unsafe of ['true', '1', '2', '0', '10.0.0.1,1']) {
      expect(() => loadConfig({ TRUST_PROXY: unsafe }), unsafe).toThrow(
        /TRUST_PROXY: must list the proxies whose X-Forwarded-For is trusted, as addresses or CIDRs .* or loopback, linklocal, uniquelocal; true and hop counts are refused/,
      );
    }
    for (const bad of ['proxy.example.com', '10.0.0.0/33', '::1/129', '10.0.0', '1.2.3.4/8/9']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY:/);
    }
  });

  it('takes only real Discord IDs for BOT_VOTE_GUILD_ID and BOT_VOTE_ROLE_ID', () => {
    expect(loadConfig({ BOT_VOTE_GUILD_ID: '123456789012345678' }).BOT_VOTE_GUILD_ID).toBe(
      '123456789012345678',
    );
    for (const bad of ['0123456789012345678', '18446744073709551616', '1234567890123456', 'x'.repeat(18)]) {
      expect(() => loadConfig({ BOT_VOTE_GUILD_ID: bad }), bad).toThrow(
        /BOT_VOTE_GUILD_ID: must be a Discord ID: 17 to 20 digits, without a leading zero/,
      );
      expect(() => loadConfig({ BOT_VOTE_ROLE_ID: bad }), bad).toThrow(
        /BOT_VOTE_ROLE_ID: must be a Discord ID/,
      );
    }
  });

  it('masks the password when describing a database URL', () => {
    expect(describeDatabaseUrl('postgresql://bot:s3cr3t@db.example:5432/rankly')).toBe(
      'postgresql://bot:***@db.example:5432/rankly',
    );
  });

  it('documents every variable in the README table', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const key of Object.keys(configSchema.shape)) {
      expect(readme, `README.md lacks a row for ${key}`).toMatch(new RegExp(`^\\| \`${key}\` \\|`, 'm'));
    }
  });
});

describe('logging', () => {
  it('the suites fail when a bot logged one of its secrets, naming it but not its value', () => {
    expect(() =>
      assertNoSecretsLogged('{"msg":"auth was Bearer s3cret-value"}', {
        RANKLY_WEBHOOK_AUTH: 'Bearer s3cret-value',
      }),
    ).toThrow(/RANKLY_WEBHOOK_AUTH$/);
    expect(() =>
      assertNoSecretsLogged('{"msg":"new-one"}', { RANKLY_PREMIUM_WEBHOOK_SECRET: 'old-one,new-one' }),
    ).toThrow();
    expect(() =>
      assertNoSecretsLogged('{"msg":"nothing here"}', { DISCORD_TOKEN: 'token-abc' }),
    ).not.toThrow();
  });

  it('redacts authorization, signature and token values', () => {
    let output = '';
    const destination = new Writable({
      write(chunk, _enc, done) {
        output += chunk.toString();
        done();
      },
    });
    const log = createLogger({ level: 'info', pretty: false, destination });
    log.info(
      {
        req: { headers: { authorization: 'Bearer abc-auth', 'x-webhook-signature': 'deadbeefsig' } },
        token: 'tok-123',
        config: { DISCORD_TOKEN: 'discord-tok', RANKLY_WEBHOOK_AUTH: 'rankly-auth' },
      },
      'hello',
    );
    expect(output).toContain('hello');
    for (const secret of ['abc-auth', 'deadbeefsig', 'tok-123', 'discord-tok', 'rankly-auth']) {
      expect(output).not.toContain(secret);
    }
  });
});
