import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Rankly's read API (docs/rankly-wire-format.md
 * section 5), enforcing what the real one does: the key in X-API-Key
 * (401 without the right one) and 120 requests a minute per key (429).
 */
export interface FakeRanklyApi {
  url: string;
  key: string;
  server: { id: string; votes: number; monthlyVotes: number };
  canVote: Map<string, boolean>;
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function startFakeRanklyApi(serverId: string): Promise<FakeRanklyApi> {
  const key = 'rankly-api-key-for-tests';
  const sent: number[] = [];
  const state = {
    server: { id: serverId, votes: 0, monthlyVotes: 0 },
    canVote: new Map<string, boolean>(),
    requests: [] as { path: string; status: number }[],
  };
  const http: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname.replace(/^\/api\/v1/, '');
    const answer = (status: number, body: unknown) => {
      state.requests.push({ path, status });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.headers['x-api-key'] !== key) return answer(401, { error: 'Invalid API key' });
    const now = Date.now();
    while (sent.length && (sent[0] as number) <= now - 60_000) sent.shift();
    if (sent.length >= 120) return answer(429, { error: 'Too many requests' });
    sent.push(now);
    if (req.method === 'GET' && path === '/server')
      return answer(200, { ...state.server, name: 'Test Server' });
    const user = /^\/votes\/(\d+)$/.exec(path)?.[1];
    if (req.method === 'GET' && user) return answer(200, { canVote: state.canVote.get(user) ?? true });
    answer(404, { error: 'Not found' });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    key,
    ...state,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}
