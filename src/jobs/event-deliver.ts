import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { type Db, type DbOrTx, sqlRunnerFor } from '../db/client.js';
import {
  deliveryRetryForMs,
  endpointUrlProblem,
  isPrivateAddress,
  nextDeliveryDelayMs,
  signedHeaders,
} from '../domain/outbound-events.js';
import type { Logger } from '../log.js';
import type { JobQueue } from './boss.js';

/**
 * event.deliver: one event to one endpoint, at least once. Delivery
 * guarantee: the event and its deliveries are written in the transaction
 * of what they report (outbound-events.ts), and each delivery is sent until
 * the endpoint answers 2xx, with the event's own id every time, so a
 * receiver that saw it drops the repeat (an answer lost on the way means a
 * second delivery). A failure is tried again with backoff for a day
 * (domain/outbound-events.ts), then recorded as 'failed' for
 * /setup events replay. These jobs have their own queue and workers: a slow
 * or dead endpoint (10 s at most an attempt) never holds up a reward.
 */
export interface DeliverDeps {
  db: Db;
  queue: JobQueue;
  log: Logger;
  now: () => Date;
  /** OUTBOUND_WEBHOOKS_ALLOW_PRIVATE: endpoints may be on private or loopback addresses. */
  allowPrivate?: boolean;
  /** The first retry's delay (tests use a short one, without backoff). */
  retryBaseMs?: number;
  retryBackoff?: boolean;
}

const timeoutMs = 10_000;

export async function deliverEvent(deps: DeliverDeps, deliveryId: bigint): Promise<void> {
  const delivery = await deps.db.eventDelivery.findUnique({
    where: { id: deliveryId },
    include: { event: true, endpoint: true },
  });
  if (delivery?.status !== 'pending') return;
  const { event, endpoint } = delivery;
  const body = JSON.stringify(event.body);
  const now = deps.now();
  let error: string | null;
  const problem = endpointUrlProblem(endpoint.url, deps.allowPrivate ?? false);
  if (problem) error = `not sent: ${problem}`;
  else {
    try {
      error = await post(endpoint.url, body, signedHeaders(endpoint.secret, event.id, now, body), deps);
    } catch (err) {
      error = describe(err);
    }
  }
  const attempts = delivery.attempts + 1;
  const log = deps.log.child({ deliveryId: delivery.id.toString(), eventId: event.id, type: event.type });
  if (error === null) {
    await deps.db.eventDelivery.update({
      where: { id: delivery.id },
      data: { status: 'delivered', attempts, deliveredAt: now, lastError: null },
    });
    log.info('event delivered');
    return;
  }
  const waitMs = nextDeliveryDelayMs(attempts, deps.retryBaseMs ?? 10_000, deps.retryBackoff ?? true);
  const giveUp = now.getTime() + waitMs - delivery.createdAt.getTime() > deliveryRetryForMs;
  await deps.db.$transaction(async (tx) => {
    await tx.eventDelivery.update({
      where: { id: delivery.id },
      data: { attempts, lastError: error.slice(0, 300), ...(giveUp ? { status: 'failed' } : {}) },
    });
    if (!giveUp) await scheduleDelivery(deps.queue, tx, delivery.id, new Date(now.getTime() + waitMs));
  });
  log.warn(
    { attempts, error, retryInMs: giveUp ? null : waitMs },
    giveUp ? 'event delivery failed for a day: given up' : 'event delivery failed: trying again',
  );
}

/** Enqueues a delivery (inside `tx`, with what it reports). */
export async function scheduleDelivery(
  queue: JobQueue,
  tx: DbOrTx,
  deliveryId: bigint,
  startAfter?: Date,
): Promise<void> {
  await queue.send(
    'eventDeliver',
    { deliveryId: deliveryId.toString() },
    { db: sqlRunnerFor(tx), ...(startAfter ? { startAfter } : {}) },
  );
}

/** POSTs the event; null when the endpoint took it (2xx), else what went wrong. */
function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  deps: Pick<DeliverDeps, 'allowPrivate'>,
): Promise<string | null> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'rankly-rewards-bot' },
        timeout: timeoutMs,
        // The address is checked as the connection is made, not before:
        // a name that resolves to a public address when checked and to a
        // private one when connecting (DNS rebinding) is refused too.
        lookup: deps.allowPrivate ? undefined : publicOnlyLookup,
      },
      (res) => {
        // Nothing of the answer is kept: read and drop it, so the socket is freed.
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          resolve(status >= 200 && status < 300 ? null : `answered HTTP ${status}`);
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused || addresses.length === 0)
      return callback(
        Object.assign(new Error(`${hostname} resolves to a private address: not sent`), { code: 'EPRIVATE' }),
        '',
        0,
      );
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0] as LookupAddress;
    callback(null, first.address, first.family);
  });
};

function describe(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return e.code && e.code !== 'EPRIVATE' ? `${e.code}: ${e.message ?? ''}` : (e.message ?? String(err));
}
