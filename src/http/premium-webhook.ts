import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { storePremiumEvent } from '../db/premium.js';
import { premiumEvents } from '../domain/premium.js';
import type { JobQueue } from '../jobs/boss.js';
import { hmacSignatureMatches } from './auth.js';
import {
  invalidPayloadBody,
  premiumPayload,
  premiumSubject,
  isoTimestamp as premiumTimestamp,
} from './rankly-payloads.js';
import { webhookBodyLimit } from './vote-webhook.js';

export interface PremiumWebhookDeps {
  db: Db;
  queue: JobQueue;
  /** RANKLY_PREMIUM_WEBHOOK_SECRET, split on commas: any may sign (rotation). */
  premiumSecrets: string[];
  onPremiumStored?: () => void;
}

const knownEvents = new Set<string>(Object.values(premiumEvents));

/**
 * POST /webhook/premium: verify the HMAC of the exact raw bytes, then parse,
 * store with its job, answer. Rankly retries any non-2xx, so: 401 bad
 * signature, 400 a signed body that can never be valid, 503 while the
 * database is down (or no secret is configured yet), 200 otherwise.
 */
export function registerPremiumWebhook(
  app: FastifyInstance,
  deps: PremiumWebhookDeps,
  routeConfig: object = {},
): void {
  // Its own context: here JSON arrives as a Buffer, since the signature
  // covers the bytes as sent, not a re-serialisation of the parsed object.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: webhookBodyLimit }, (_req, body, done) =>
      done(null, body),
    );

    scope.post(
      '/webhook/premium',
      { bodyLimit: webhookBodyLimit, config: routeConfig },
      async (request: FastifyRequest, reply: FastifyReply) => {
        if (deps.premiumSecrets.length === 0) {
          return reply.code(503).header('retry-after', '60').send({
            error: 'Service Unavailable',
            message: 'premium webhooks are not configured on this bot (RANKLY_PREMIUM_WEBHOOK_SECRET)',
          });
        }
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const signature = request.headers['x-webhook-signature'];
        if (
          !hmacSignatureMatches(
            raw,
            typeof signature === 'string' ? signature : undefined,
            deps.premiumSecrets,
          )
        ) {
          request.log.warn(
            { hasSignature: signature !== undefined },
            'premium webhook refused: bad signature',
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
          // A signed test delivery (`npm run cli -- send premium` sends these
          // by default): it proves the wiring and the secret, and changes nothing.
          request.log.info(
            { event: (json as { event?: unknown }).event },
            'premium test webhook received; nothing is stored or granted for tests',
          );
          return reply.send({ received: true, test: true });
        }
        const event = (json as { event?: unknown } | null)?.event;
        if (typeof event === 'string' && !knownEvents.has(event))
          return storeUnknown(request, reply, json, raw, event);

        const parsed = premiumPayload.safeParse(json);
        if (!parsed.success) return reply.code(400).send(invalidPayloadBody('premium', parsed.error));
        const p = parsed.data;
        const subject = premiumSubject(p);
        const orderKey = (p.orderId ?? p.purchaseId) as string;
        const result = await storePremiumEvent(deps.db, deps.queue, {
          orderKey,
          event: p.event,
          purchaseId: p.purchaseId ?? null,
          orderId: p.orderId ?? null,
          scope: subject?.scope ?? null,
          subjectId: subject?.subjectId ?? null,
          occurredAt: new Date(p.timestamp),
          payload: json,
          actionable: true,
        });
        const context = { event: p.event, orderKey, ...subject };
        if (result.outcome === 'duplicate') {
          request.log.info(context, 'duplicate premium webhook acknowledged');
          return reply.send({ received: true, duplicate: true });
        }
        request.log.info({ ...context, eventId: result.eventId.toString() }, 'premium event stored');
        deps.onPremiumStored?.();
        return reply.send({ received: true });
      },
    );

    scope.route({
      method: ['GET', 'PUT', 'PATCH', 'DELETE'],
      url: '/webhook/premium',
      handler: async (_request, reply) =>
        reply.code(405).header('allow', 'POST').send({ error: 'Method Not Allowed', message: 'use POST' }),
    });
  });

  /** A correctly signed event we do not know: kept for the audit trail, no effect. */
  async function storeUnknown(
    request: FastifyRequest,
    reply: FastifyReply,
    json: unknown,
    raw: Buffer,
    event: string,
  ) {
    const body = json as { purchaseId?: unknown; orderId?: unknown; timestamp?: unknown };
    const text = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 200 ? v : null);
    const purchaseId = text(body.purchaseId);
    const orderId = text(body.orderId);
    const stamp = premiumTimestamp.safeParse(body.timestamp);
    const occurredAt = stamp.success ? new Date(stamp.data) : new Date();
    const result = await storePremiumEvent(deps.db, deps.queue, {
      orderKey: orderId ?? purchaseId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`,
      event: event.slice(0, 64),
      purchaseId,
      orderId,
      scope: null,
      subjectId: null,
      occurredAt,
      payload: json,
      actionable: false,
    });
    request.log.info({ event }, 'unknown premium event stored; no effect');
    return reply.send({ received: true, ...(result.outcome === 'duplicate' ? { duplicate: true } : {}) });
  }
}
