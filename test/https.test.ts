import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { startBot } from '../src/main.js';
import { eventually, startTestBot, testWebhookAuth, votePayload } from './support/bot.js';
import { startChildBot } from './support/child-bot.js';
import { createTestDatabase } from './support/database.js';

/**
 * HTTPS served by the bot itself (TLS_CERT_FILE/TLS_KEY_FILE, reloaded on
 * SIGHUP) and client addresses behind a reverse proxy (TRUST_PROXY).
 * Certificates are made fresh for each run, self-signed for 127.0.0.1.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rankly-tls-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Certificate {
  cert: string;
  key: string;
  /** SHA-256 fingerprint as Node's peer certificate shows it (AA:BB:...). */
  fingerprint256: string;
}

async function makeCertificate(commonName: string): Promise<Certificate> {
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const der = Buffer.from(pems.cert.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  const fingerprint256 = createHash('sha256')
    .update(der)
    .digest('hex')
    .toUpperCase()
    .replace(/(..)(?!$)/g, '$1:');
  return { cert: pems.cert, key: pems.private, fingerprint256 };
}

async function writeCertificate(c: Pick<Certificate, 'cert' | 'key'>, name: string) {
  const certFile = join(dir, `${name}.crt`);
  const keyFile = join(dir, `${name}.key`);
  await writeFile(certFile, c.cert);
  await writeFile(keyFile, c.key, { mode: 0o600 });
  return { TLS_CERT_FILE: certFile, TLS_KEY_FILE: keyFile };
}

/**
 * One request over a new TLS connection that must verify against `ca`
 * (the self-signed certificate the test expects), returning what the
 * server presented.
 */
function httpsRequest(
  url: string,
  ca: string,
  opts: { method?: string; body?: string; authorization?: string } = {},
): Promise<{ status: number; body: string; fingerprint256: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        ca,
        agent: false,
        method: opts.method ?? 'GET',
        headers: {
          ...(opts.body ? { 'content-type': 'application/json' } : {}),
          ...(opts.authorization ? { authorization: opts.authorization } : {}),
        },
      },
      (res) => {
        const fingerprint256 = (res.socket as TLSSocket).getPeerCertificate().fingerprint256;
        let body = '';
        res.on('data', (c: Buffer) => {
          body += c.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, fingerprint256 }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('HTTPS (TLS_CERT_FILE, TLS_KEY_FILE)', () => {
  it('serves webhooks and health over HTTPS; plain HTTP to the same port fails cleanly', async () => {
    const certificate = await makeCertificate('rankly-test-a');
    const bot = await startTestBot({ discord: false, env: await writeCertificate(certificate, 'served') });
    try {
      expect(bot.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const health = await httpsRequest(`${bot.url}/healthz`, certificate.cert);
      expect(health.status).toBe(200);
      expect(health.fingerprint256).toBe(certificate.fingerprint256);
      const vote = await httpsRequest(`${bot.url}/webhook/votes`, certificate.cert, {
        method: 'POST',
        body: JSON.stringify(votePayload()),
        authorization: testWebhookAuth,
      });
      expect({ status: vote.status, body: JSON.parse(vote.body) }).toEqual({
        status: 200,
        body: { received: true },
      });

      // A client speaking plain HTTP gets its connection closed, not an answer and not a crash...
      const plain = bot.url.replace('https://', 'http://');
      await expect(fetch(`${plain}/healthz`)).rejects.toThrow(/fetch failed/);
      // ...and a client that does not trust the certificate is refused by its own TLS check.
      await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow(/fetch failed/);
      // The listener carries on.
      expect((await httpsRequest(`${bot.url}/readyz`, certificate.cert)).status).toBe(200);
    } finally {
      await bot.close();
    }
  });

  it('refuses to start with an unreadable or mismatched certificate, naming the variable, not the key', async () => {
    const a = await makeCertificate('rankly-test-a');
    const b = await makeCertificate('rankly-test-b');
    const mismatched = await writeCertificate({ cert: a.cert, key: b.key }, 'mismatched');
    const log = createLogger({
      level: 'silent',
      pretty: false,
      destination: new Writable({ write: (_c, _e, d) => d() }),
    });
    // Nothing else starts first: the certificate is checked before the database is touched.
    const base = { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', PORT: '0' };
    const error = await startBot(loadConfig({ ...base, ...mismatched }), log, { migrate: false }).catch(
      (e: Error) => e,
    );
    expect(String(error)).toMatch(/TLS_CERT_FILE and TLS_KEY_FILE are not a usable certificate and key/);
    expect(String(error)).not.toContain('PRIVATE KEY');
    await expect(
      startBot(
        loadConfig({
          ...base,
          TLS_CERT_FILE: join(dir, 'missing.crt'),
          TLS_KEY_FILE: mismatched.TLS_KEY_FILE,
        }),
        log,
        { migrate: false },
      ),
    ).rejects.toThrow(/cannot read TLS_CERT_FILE \(.*missing\.crt\): ENOENT/);
  });

  it('swaps the certificate on SIGHUP without restarting, and keeps the old one if the new files are broken', async () => {
    const first = await makeCertificate('rankly-test-first');
    const second = await makeCertificate('rankly-test-second');
    const files = await writeCertificate(first, 'reloaded');
    const database = await createTestDatabase();
    const bot = await startChildBot('node', {
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      ...files,
    });
    try {
      expect((await httpsRequest(`${bot.url}/healthz`, first.cert)).fingerprint256).toBe(
        first.fingerprint256,
      );

      // A renewal: new files in place, then SIGHUP to the same process.
      await writeCertificate(second, 'reloaded');
      process.kill(bot.child.pid!, 'SIGHUP');
      await eventually(() => bot.output().includes('TLS certificate reloaded'), 20_000);
      const renewed = await httpsRequest(`${bot.url}/healthz`, second.cert);
      expect(renewed.fingerprint256).toBe(second.fingerprint256);

      // A botched renewal (a truncated certificate) is logged and ignored.
      await writeFile(files.TLS_CERT_FILE, second.cert.slice(0, 200));
      process.kill(bot.child.pid!, 'SIGHUP');
      await eventually(() => bot.output().includes('TLS certificate not reloaded'), 20_000);
      expect((await httpsRequest(`${bot.url}/healthz`, second.cert)).fingerprint256).toBe(
        second.fingerprint256,
      );
      expect(bot.child.exitCode).toBeNull();
    } finally {
      process.kill(bot.child.pid!, 'SIGTERM');
    }
    expect(await bot.exit).toBe(0);
    expect(bot.output()).not.toContain('PRIVATE KEY');
    await database.drop();
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  const requestLines = (logs: Array<Record<string, unknown>>) =>
    logs.filter((l) => l.msg === 'request completed' && l.url === '/webhook/votes').map((l) => l.ip);

  it('takes the client address from the proxy it trusts, for logs and rate limits', async () => {
    const bot = await startTestBot({
      discord: false,
      // The test client is the proxy (127.0.0.1); unauthenticated clients are the ones the limit counts.
      env: { TRUST_PROXY: '127.0.0.1', WEBHOOK_RATE_LIMIT: '2', ALLOW_UNAUTHENTICATED_WEBHOOKS: 'true' },
    });
    try {
      // The proxy appended the real client (198.51.100.7); the first entry is
      // whatever the client claimed, and 198.51.100.7 is not a trusted proxy.
      const send = (forwardedFor: string) =>
        bot.post(
          '/webhook/votes',
          votePayload({ userId: String(10n ** 17n + BigInt(Math.floor(Math.random() * 1e9))) }),
          {
            'x-forwarded-for': forwardedFor,
          },
        );
      expect((await send('203.0.113.50, 198.51.100.7')).status).toBe(200);
      expect((await send('203.0.113.51, 198.51.100.7')).status).toBe(200);
      // A third from the same real client is limited, whatever it claims.
      expect((await send('203.0.113.52, 198.51.100.7')).status).toBe(429);
      expect((await send('203.0.113.50, 198.51.100.8')).status).toBe(200);
      expect(requestLines(bot.logs)).toEqual([
        '198.51.100.7',
        '198.51.100.7',
        '198.51.100.7',
        '198.51.100.8',
      ]);
    } finally {
      await bot.close();
    }
  });

  it('trusts a named range such as uniquelocal or loopback (the compose setups trust the proxy this way)', async () => {
    // The test client connects from 127.0.0.1: inside `loopback`, outside `uniquelocal`.
    for (const [range, expected] of [
      ['loopback', '198.51.100.7'],
      ['uniquelocal', '127.0.0.1'],
    ]) {
      const bot = await startTestBot({ discord: false, env: { TRUST_PROXY: range! } });
      try {
        await bot.post('/webhook/votes', votePayload(), { 'x-forwarded-for': '198.51.100.7' });
        expect(requestLines(bot.logs), range).toEqual([expected]);
      } finally {
        await bot.close();
      }
    }
  });

  it('without TRUST_PROXY logs the socket address and ignores X-Forwarded-For', async () => {
    const bot = await startTestBot({ discord: false });
    try {
      await bot.post('/webhook/votes', votePayload(), { 'x-forwarded-for': '198.51.100.7' });
      expect(requestLines(bot.logs)).toEqual(['127.0.0.1']);
    } finally {
      await bot.close();
    }
  });
});
