/**
 * The HTTP side: reads a request, lets faults, auth and rate limits decide before the route
 * does, waits out the configured latency, answers and records it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Faults } from './faults.js';
import { apiError, type Ctx, type Outcome, parseBody, parseUploads, readBody, safeDecode } from './http.js';
import type { Recorder } from './recorder.js';
import type { Route } from './routes.js';
import type { FakeDiscord, RecordedRequest } from './types.js';

const API_PREFIX = '/api/v10';

export interface Rest extends Pick<FakeDiscord, 'setLatency'> {
  /** The HTTP server's request listener. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Stops answering: drops pending latency timers and hanging ('timeout') responses. */
  stop(): void;
}

export function createRest(deps: {
  token: string;
  faults: Faults;
  recorder: Recorder;
  routes: Route[];
  /** Discord's OAuth2 (oauth.ts): its browser page and its API routes, which use other credentials. */
  oauth?: {
    page(ctx: Ctx): Outcome | undefined;
    api_request(ctx: Ctx): Outcome | undefined;
  };
}): Rest {
  const { token, faults, recorder, routes, oauth } = deps;
  const timers = new Set<NodeJS.Timeout>();
  const hanging = new Set<ServerResponse>();
  let latency: [number, number] = [0, 0];
  let closing = false;

  const later = (ms: number, fn: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const decide = (ctx: Ctx, authorized: boolean, now: number): Outcome => {
    const fault = faults.take(ctx.method, ctx.path);
    if (fault) return fault;
    const viaOAuth = oauth?.api_request(ctx);
    if (viaOAuth) return viaOAuth;
    const isPublic = /^\/(interactions|webhooks)\//.test(ctx.path);
    if (!authorized && !isPublic) return apiError(401, 0, '401: Unauthorized');
    const { reject, headers } = faults.checkLimits(ctx.method, ctx.path, isPublic, now);
    if (reject) return reject;
    for (const [methods, re, handler] of routes) {
      const m = re.exec(ctx.path);
      if (m && methods.split('|').includes(ctx.method))
        return { ...handler([m[1] ?? '', m[2] ?? '', m[3] ?? ''], ctx), headers };
    }
    return apiError(404, 0, '404: Not Found');
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = Date.now();
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    // discord.js percent-encodes '@original'; record and route on the decoded path.
    const pathname = safeDecode(url.pathname);
    const inApi = pathname.startsWith(`${API_PREFIX}/`);
    const ctx: Ctx = {
      method,
      path: inApi ? pathname.slice(API_PREFIX.length) : pathname,
      query: url.searchParams,
      body: parseBody(raw, req.headers['content-type']),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    const authorized = req.headers.authorization === `Bot ${token}`;
    const rec: RecordedRequest = { method, path: ctx.path, body: ctx.body, status: 0, at, authorized };
    const uploads = parseUploads(raw, req.headers['content-type']);
    if (uploads) rec.uploads = uploads;
    const outcome = inApi
      ? decide(ctx, authorized, at)
      : (oauth?.page(ctx) ?? apiError(404, 0, '404: Not Found'));

    if ('kind' in outcome) {
      recorder.record(rec);
      if (outcome.kind === 'reset')
        req.socket.resetAndDestroy(); // RST => ECONNRESET on the client
      else {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
      } // until the client aborts or close()
      return;
    }
    const [min, max] = latency;
    const delay = min + Math.random() * (max - min);
    if (delay > 0) await new Promise<void>((resolve) => later(delay, resolve));
    if (closing || res.destroyed) return;
    rec.status = outcome.status;
    if (outcome.replayed) rec.replayed = true;
    const headers: Record<string, string> = { ...outcome.headers };
    if (outcome.body === undefined) {
      res.writeHead(outcome.status, headers).end();
    } else {
      headers['Content-Type'] = 'application/json';
      res.writeHead(outcome.status, headers).end(JSON.stringify(outcome.body));
    }
    recorder.record(rec);
  };

  return {
    handle(req, res) {
      onRequest(req, res).catch((error: unknown) => {
        if (!res.headersSent && !res.destroyed)
          res
            .writeHead(500, { 'Content-Type': 'application/json' })
            .end(JSON.stringify({ message: String(error), code: 0 }));
      });
    },
    setLatency(minMs, maxMs) {
      latency = [minMs, Math.max(minMs, maxMs)];
    },
    stop() {
      closing = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const res of hanging) res.destroy();
    },
  };
}
