import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import rateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from 'fastify';
import type { DashboardDeps } from '../dashboard/deps.js';
import { registerDashboard } from '../dashboard/plugin.js';
import { isDatabaseUnavailable, isInvalidData } from '../db/errors.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { type BotVoteWebhookDeps, registerBotVoteWebhook } from './bot-vote-webhook.js';
import { type HealthDeps, registerHealthRoutes } from './health.js';
import { instrumentWebhooks, registerMetricsRoute } from './metrics.js';
import { type PremiumWebhookDeps, registerPremiumWebhook } from './premium-webhook.js';
import type { TlsPair } from './tls.js';
import { registerVoteWebhook, type VoteWebhookDeps } from './vote-webhook.js';

export interface HttpOptions {
  /** Fastify's trustProxy: the proxies (addresses, CIDRs, named ranges) whose X-Forwarded-For is believed. */
  trustProxy: false | string[];
  /** A whole request must arrive within this time (slow-drip bodies are cut off). */
  requestTimeoutMs: number;
  /** Webhook requests per minute from one client address; 0: no limit. */
  webhookRateLimit: number;
  /** Serve HTTPS with this certificate and key instead of plain HTTP. */
  tls?: TlsPair;
}

export type AppDeps = HealthDeps &
  VoteWebhookDeps &
  PremiumWebhookDeps &
  BotVoteWebhookDeps & {
    log: Logger;
    http: HttpOptions;
    /** Counted and served at GET /metrics; absent: no metrics (METRICS=off). */
    metrics?: Metrics;
    /** METRICS_TOKEN: /metrics then needs `Authorization: Bearer <token>`. */
    metricsToken?: string;
    /** Serve the webhook routes (the web role); health routes (and /metrics) are always served. */
    webhooks: boolean;
    /** The web dashboard (web role): its parts, or what to set for it; absent: no /dashboard at all. */
    dashboard?: DashboardDeps | { missing: string[] };
  };

/**
 * The HTTP side: webhooks and health. Routes stay thin; what a webhook
 * means lives in db/ and jobs/.
 */
export function buildApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.log.child({ component: 'http' }) as FastifyBaseLogger,
    // Webhook routes set their own, smaller limit.
    bodyLimit: 64 * 1024,
    // Drop clients that trickle a body or headers: Rankly sends at once.
    requestTimeout: deps.http.requestTimeoutMs,
    connectionTimeout: deps.http.requestTimeoutMs,
    // Node enforces requestTimeout only when it checks its connections,
    // every 30 s by default: check often enough for the limit to hold.
    serverFactory: (handler) => {
      const timeouts = {
        requestTimeout: deps.http.requestTimeoutMs,
        connectionsCheckingInterval: Math.min(1000, deps.http.requestTimeoutMs),
      };
      // An HTTPS server is an HTTP server over TLS to Fastify; the cast only
      // bridges the two Node types.
      return deps.http.tls
        ? (createHttpsServer({ ...timeouts, ...deps.http.tls }, handler) as unknown as ReturnType<
            typeof createServer
          >)
        : createServer(timeouts, handler);
    },
    trustProxy: deps.http.trustProxy,
    return503OnClosing: true,
    // Our own one-line request log (onResponse below) replaces Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
  });

  app.addHook('onResponse', (request, reply, done) => {
    // One line per request, at debug for health probes so they do not flood logs.
    const level = request.url.startsWith('/webhook') ? 'info' : 'debug';
    request.log[level](
      {
        method: request.method,
        // A dashboard login's callback carries a one-time code in its query: not logged.
        url: request.url.startsWith('/dashboard') ? request.url.split('?')[0] : request.url,
        // The client's address: the proxy's X-Forwarded-For when TRUST_PROXY trusts it.
        ip: request.ip,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
    done();
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode && error.statusCode < 500) {
      return reply
        .code(error.statusCode)
        .send({ error: httpReason(error.statusCode), message: error.message });
    }
    if (isInvalidData(error)) {
      request.log.warn({ err: error }, 'request holds data the database cannot store');
      return reply.code(400).send({
        error: 'Bad Request',
        message: 'the body holds a value that cannot be stored (e.g. a NUL character)',
      });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ error: 'Service Unavailable', message: 'the database is unavailable; retry later' });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'Internal Server Error', message: 'unexpected error; retry later' });
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: 'Not Found', message: `no route for ${request.method} ${request.url.split('?')[0]}` }),
  );

  registerHealthRoutes(app, deps);
  if (deps.metrics) {
    instrumentWebhooks(app, deps.metrics);
    registerMetricsRoute(app, deps.metrics, deps.metricsToken);
  }
  if (deps.dashboard) registerDashboard(app, deps.dashboard);
  if (!deps.webhooks) return app;
  // Webhook routes are rate-limited per client address, before any work
  // (authorization included) is done for a request. They register after the
  // limiter, inside their own contexts, so its route hook sees them. The
  // vote routes exempt requests that carry the bot-wide secret where it
  // applies (see vote-webhook.ts); the limit is for everyone else.
  if (deps.http.webhookRateLimit > 0) {
    app.register(rateLimit, {
      global: false,
      hook: 'onRequest',
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        error: 'Too Many Requests',
        message: `too many webhook requests from this address; retry in ${context.after}`,
      }),
    });
  }
  const limit =
    deps.http.webhookRateLimit > 0 ? { max: deps.http.webhookRateLimit, timeWindow: '1 minute' } : undefined;
  const webhookRouteConfig = limit ? { rateLimit: limit } : {};
  app.register(async (scope) => registerVoteWebhook(scope, deps, limit));
  app.register(async (scope) => registerPremiumWebhook(scope, deps, webhookRouteConfig));
  app.register(async (scope) => registerBotVoteWebhook(scope, deps, webhookRouteConfig));
  return app;
}

export function httpReason(status: number): string {
  const reasons: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    404: 'Not Found',
    405: 'Method Not Allowed',
    408: 'Request Timeout',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    429: 'Too Many Requests',
  };
  return reasons[status] ?? 'Error';
}
