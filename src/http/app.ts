import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from 'fastify';
import { isDatabaseUnavailable, isInvalidData } from '../db/errors.js';
import type { Logger } from '../log.js';
import { type HealthDeps, registerHealthRoutes } from './health.js';
import { type PremiumWebhookDeps, registerPremiumWebhook } from './premium-webhook.js';
import { registerVoteWebhook, type VoteWebhookDeps } from './vote-webhook.js';

export type AppDeps = HealthDeps & VoteWebhookDeps & PremiumWebhookDeps & { log: Logger };

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
    requestTimeout: 10_000,
    connectionTimeout: 10_000,
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
        url: request.url,
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
  registerVoteWebhook(app, deps);
  registerPremiumWebhook(app, deps);
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
