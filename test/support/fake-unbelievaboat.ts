import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local fake of UnbelievaBoat's public API (https://unbelievaboat.com/api/docs),
 * as much of it as the bot uses, with its rules enforced:
 * - `Authorization: <token>` (bare, no Bearer): an unknown token gets 401,
 *   a token whose application is not authorized for the guild gets 403;
 * - GET and PATCH /guilds/{guild}/users/{user}: PATCH adds its cash and
 *   bank to the balance (not idempotent) and answers the new balance;
 * - a rate limit per token (`limit` requests a `windowMs`): 429 with
 *   `retry_after` (ms) and X-RateLimit-* headers, nothing applied;
 * - faults, each for the next PATCH: `lose-answer` applies the change and
 *   drops the connection without answering; `unavailable` answers 503
 *   before reading the body (nothing applied); `rate-limit` answers 429
 *   with `retry_after` as given; and refuseFor() stops listening, so
 *   connections are refused.
 */
export type EconomyFault = 'lose-answer' | 'unavailable' | { rateLimitMs: number };

export interface FakeUnbelievaBoat {
  url: string;
  /** A token whose application is authorized for these guilds. */
  addToken(token: string, guildIds: string[]): void;
  /** The token is deleted (as regenerating it in UnbelievaBoat does): 401 from now on. */
  revokeToken(token: string): void;
  balance(guildId: string, userId: string): { cash: number; bank: number };
  /** Every request as received: method, path, the Authorization header, the JSON body. */
  requests: Array<{
    method: string;
    path: string;
    authorization?: string;
    body?: unknown;
    at: number;
    status: number;
  }>;
  /** PATCH requests that changed a balance. */
  applied(): number;
  faultNext(fault: EconomyFault): void;
  /** Stops listening for `ms` (connections refused), then listens on the same port again. */
  refuseFor(ms: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeUnbelievaBoat(
  opts: { limit?: number; windowMs?: number; port?: number } = {},
): Promise<FakeUnbelievaBoat> {
  const limit = opts.limit ?? 20;
  const windowMs = opts.windowMs ?? 1000;
  const tokens = new Map<string, Set<string>>();
  const balances = new Map<string, { cash: number; bank: number }>();
  const windows = new Map<string, { start: number; used: number }>();
  const faults: EconomyFault[] = [];
  const sockets = new Set<Socket>();
  const requests: FakeUnbelievaBoat['requests'] = [];
  let applied = 0;

  const balanceOf = (guildId: string, userId: string) => {
    const key = `${guildId}/${userId}`;
    let b = balances.get(key);
    if (!b) {
      b = { cash: 0, bank: 0 };
      balances.set(key, b);
    }
    return b;
  };
  const json = (res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    return status;
  };

  const handle = (req: IncomingMessage, res: ServerResponse, text: string): number | 'dropped' => {
    const token = req.headers.authorization;
    const m = /^\/api\/v1\/guilds\/(\d+)\/users\/(\d+)$/.exec(req.url ?? '');
    if (!m) return json(res, 404, { message: 'Not found' });
    const [, guildId = '', userId = ''] = m;
    const guilds = token ? tokens.get(token) : undefined;
    if (!guilds) return json(res, 401, { message: 'Unauthorized' });
    if (!guilds.has(guildId)) return json(res, 403, { message: 'Missing Permissions' });
    const now = Date.now();
    let w = windows.get(token as string);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, used: 0 };
      windows.set(token as string, w);
    }
    const fault = req.method === 'PATCH' ? faults.shift() : undefined;
    const resetMs = w.start + windowMs - now;
    if (typeof fault === 'object' || w.used >= limit) {
      const retryAfter = typeof fault === 'object' ? fault.rateLimitMs : resetMs;
      return json(
        res,
        429,
        { message: 'You are being rate limited.', retry_after: retryAfter },
        {
          'retry-after': String(Math.ceil(retryAfter / 1000)),
          'x-ratelimit-limit': String(limit),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil((now + retryAfter) / 1000)),
        },
      );
    }
    w.used++;
    const rateHeaders = {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(limit - w.used),
      'x-ratelimit-reset': String(Math.ceil((w.start + windowMs) / 1000)),
    };
    const balance = balanceOf(guildId, userId);
    if (req.method === 'PATCH') {
      let body: { cash?: unknown; bank?: unknown };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        return json(res, 400, { message: 'Invalid JSON' });
      }
      const add = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : 0);
      balance.cash += add(body.cash);
      balance.bank += add(body.bank);
      applied++;
      if (fault === 'lose-answer') {
        // Applied, then the connection dies before any answer: the caller cannot know.
        req.socket.destroy();
        return 'dropped';
      }
    } else if (req.method !== 'GET') return json(res, 405, { message: 'Method not allowed' });
    return json(
      res,
      200,
      {
        rank: '1',
        user_id: userId,
        cash: balance.cash,
        bank: balance.bank,
        total: balance.cash + balance.bank,
      },
      rateHeaders,
    );
  };

  const server = createServer((req, res) => {
    const entry: FakeUnbelievaBoat['requests'][number] = {
      method: req.method ?? '',
      path: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      at: Date.now(),
      status: 0,
    };
    requests.push(entry);
    if (req.method === 'PATCH' && faults[0] === 'unavailable') {
      // Answered before the body is read: a 503 from in front of the API, nothing applied.
      faults.shift();
      entry.status = json(res, 503, { message: 'Service Unavailable' });
      req.resume();
      return;
    }
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      text += c;
    });
    req.on('end', () => {
      try {
        entry.body = text ? JSON.parse(text) : undefined;
      } catch {}
      const status = handle(req, res, text);
      entry.status = status === 'dropped' ? 0 : status;
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    requests,
    addToken: (token, guildIds) => tokens.set(token, new Set(guildIds)),
    revokeToken: (token) => tokens.delete(token),
    balance: (guildId, userId) => ({ ...balanceOf(guildId, userId) }),
    applied: () => applied,
    faultNext: (fault) => faults.push(fault),
    async refuseFor(ms) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      setTimeout(() => server.listen(port, '127.0.0.1'), ms);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (!server.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}
