import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Metrics } from '../metrics.js';
import { secretMatches } from '../secrets.js';

const outcomeByStatus: Record<number, string> = {
  400: 'invalid',
  401: 'unauthorized',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'timeout',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  500: 'error',
  503: 'unavailable',
};

/**
 * Counts every answered webhook by route and outcome, and times its
 * acknowledgement. The outcome of a 200 (stored, duplicate or test) is read
 * from the small JSON answer as it is sent, so the routes need not know
 * about metrics; a counter and a histogram cost well under a microsecond.
 */
export function instrumentWebhooks(app: FastifyInstance, metrics: Metrics): void {
  const accepted = new WeakMap<FastifyRequest, string>();
  // Callback hooks, not async ones: no promise per request on the hot path.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode === 200 && typeof payload === 'string' && isWebhookRoute(request)) {
      accepted.set(
        request,
        payload.includes('"duplicate":true')
          ? 'duplicate'
          : payload.includes('"test":true')
            ? 'test'
            : 'stored',
      );
    }
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url;
    if (route && isWebhookRoute(request)) {
      const status = reply.statusCode;
      const outcome =
        accepted.get(request) ?? outcomeByStatus[status] ?? (status < 300 ? 'stored' : `http_${status}`);
      metrics.webhooks.inc({ route, outcome });
      metrics.ackSeconds.observe({ route }, reply.elapsedTime / 1000);
    }
    done();
  });
}

function isWebhookRoute(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith('/webhook') ?? false;
}

/**
 * GET /metrics in Prometheus's text format. With a token, only
 * `Authorization: Bearer <token>` may read it (compared in constant time).
 */
export function registerMetricsRoute(
  app: FastifyInstance,
  metrics: Metrics,
  token: string | undefined,
): void {
  app.get('/metrics', async (request, reply) => {
    if (token !== undefined && !secretMatches(request.headers.authorization, `Bearer ${token}`)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: 'Unauthorized', message: 'send Authorization: Bearer <METRICS_TOKEN>' });
    }
    const text = await metrics.registry.metrics();
    return reply.header('content-type', metrics.registry.contentType).send(text);
  });
}
