import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PremiumApplyEnqueuer } from '../contracts.js';
import type { Db } from '../db/client.js';
import { storePremiumEvent } from '../db/premium.js';
import { premiumEvents } from '../domain/premium.js';
import { premiumPayload, premiumSubject, isoTimestamp as premiumTimestamp } from '../rankly/payloads.js';
import { registerSignedWebhook } from './signed-webhook.js';
import { acknowledgeStored, invalidPayloadBody } from './webhook-replies.js';

export interface PremiumWebhookDeps {
  db: Db;
  queue: PremiumApplyEnqueuer;
  /** RANKLY_PREMIUM_WEBHOOK_SECRET, split on commas: any may sign (rotation). */
  premiumSecrets: string[];
  onPremiumStored?: () => void;
}

const knownEvents = new Set<string>(Object.values(premiumEvents));

/**
 * POST /webhook/premium: verified and parsed by registerSignedWebhook, then
 * stored with its job. Rankly retries any non-2xx, so: 400 a signed body
 * that can never be valid, 503 while the database is down, 200 otherwise.
 */
export function registerPremiumWebhook(
  app: FastifyInstance,
  deps: PremiumWebhookDeps,
  routeConfig: object = {},
): void {
  registerSignedWebhook(app, {
    url: '/webhook/premium',
    what: 'premium',
    secrets: deps.premiumSecrets,
    notConfigured: () => (deps.premiumSecrets.length === 0 ? 'RANKLY_PREMIUM_WEBHOOK_SECRET' : null),
    routeConfig,
    async handle(request, reply, json, raw) {
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
      return acknowledgeStored(request, reply, {
        webhook: 'premium',
        row: 'premium event',
        context,
        stored: result.outcome === 'stored' ? { eventId: result.eventId } : null,
        onStored: deps.onPremiumStored,
      });
    },
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
