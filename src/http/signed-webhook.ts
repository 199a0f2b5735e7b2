import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hmacSignatureMatches } from '../rankly/signature.js';
import { webhookBodyLimit } from './vote-webhook.js';
import { methodNotAllowed } from './webhook-replies.js';

export interface SignedWebhookRoute {
  url: string;
  /** For log lines: 'premium', 'bot vote'. */
  what: string;
  /** Any of these may sign (several while one is rotated); none: the route answers 503. */
  secrets: string[];
  /** Why the route answers 503 before checking anything, e.g. the variable to set; null: it is configured. */
  notConfigured: () => string | null;
  routeConfig?: object;
  /** Runs on a correctly signed, parsed JSON body that is not a test delivery. */
  handle(request: FastifyRequest, reply: FastifyReply, json: unknown, raw: Buffer): Promise<FastifyReply>;
}

/**
 * A webhook signed with `X-Webhook-Signature` (Rankly's premium and bot vote
 * webhooks): the HMAC of the exact raw bytes is checked before anything is
 * parsed. Rankly retries any non-2xx, so: 503 while not configured, 401 a bad
 * signature, 400 not JSON; a signed `"test": true` is acknowledged as a test
 * and changes nothing (the CLI's `send` commands send those by default).
 */
export function registerSignedWebhook(app: FastifyInstance, route: SignedWebhookRoute): void {
  // Its own context: here JSON arrives as a Buffer, since the signature
  // covers the bytes as sent, not a re-serialisation of the parsed object.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: webhookBodyLimit }, (_req, body, done) =>
      done(null, body),
    );

    scope.post(
      route.url,
      { bodyLimit: webhookBodyLimit, config: route.routeConfig ?? {} },
      async (request: FastifyRequest, reply: FastifyReply) => {
        const missing = route.notConfigured();
        if (missing) {
          return reply
            .code(503)
            .header('retry-after', '60')
            .send({
              error: 'Service Unavailable',
              message: `${route.what} webhooks are not configured on this bot (${missing})`,
            });
        }
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const signature = request.headers['x-webhook-signature'];
        if (
          !hmacSignatureMatches(raw, typeof signature === 'string' ? signature : undefined, route.secrets)
        ) {
          request.log.warn(
            { hasSignature: signature !== undefined },
            `${route.what} webhook refused: bad signature`,
          );
          return reply
            .code(401)
            .send({ error: 'Unauthorized', message: 'X-Webhook-Signature does not match the body' });
        }
        let json: unknown;
        try {
          json = JSON.parse(raw.toString('utf8'));
        } catch {
          return reply.code(400).send({ error: 'Bad Request', message: 'the body is not valid JSON' });
        }
        if ((json as { test?: unknown } | null)?.test === true) {
          request.log.info(
            { event: (json as { event?: unknown }).event },
            `${route.what} test webhook received; nothing is stored or granted for tests`,
          );
          return reply.send({ received: true, test: true });
        }
        return route.handle(request, reply, json, raw);
      },
    );

    scope.route({ method: ['GET', 'PUT', 'PATCH', 'DELETE'], url: route.url, handler: methodNotAllowed });
  });
}
