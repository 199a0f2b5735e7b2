import { createHmac, randomBytes } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

/**
 * The bot's outbound events (README "Outbound webhooks"): what a guild's
 * own endpoints receive, how each delivery is signed (Standard Webhooks,
 * https://www.standardwebhooks.com), and where they may be sent.
 */
export const eventTypes = ['vote.received', 'vote.rewarded', 'premium.changed'] as const;
export type EventType = (typeof eventTypes)[number];

/** A new event id: the webhook-id of every delivery of that event. */
export function newEventId(): string {
  return `evt_${randomBytes(16).toString('base64url')}`;
}

/** A new endpoint's signing secret, as Standard Webhooks writes it. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** The three headers of a Standard Webhooks delivery of `body` (the exact bytes sent). */
export function signedHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000).toString();
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}

/**
 * A failed delivery is tried again after `baseMs`, then twice that, up to
 * an hour between tries, for a day after the event; then it is 'failed'.
 */
export const deliveryRetryForMs = 24 * 3_600_000;
export function nextDeliveryDelayMs(attempts: number, baseMs: number, backoff = true): number {
  if (!backoff) return baseMs;
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Addresses an endpoint may not resolve to unless the operator allows it
 * (OUTBOUND_WEBHOOKS_ALLOW_PRIVATE): loopback, private, link-local (cloud
 * metadata at 169.254.169.254), carrier-grade NAT, unique-local,
 * multicast and unspecified. Otherwise a guild admin could make the bot
 * post into the host's own network.
 */
const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv6');

/** Whether `address` (an IP) is one of the host's own or a private network's. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as IPv4.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return privateRanges.check(mapped, 'ipv4');
  return privateRanges.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** Why `raw` cannot be an endpoint's URL; null when it can. */
export function endpointUrlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'that is not a URL: give the whole address, starting with https://';
  }
  if (raw.length > 500) return 'the URL is longer than 500 characters';
  if (url.username || url.password) return 'the URL may not hold a user name or password';
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    return 'the URL must start with https://';
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (
    !allowPrivate &&
    (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host)))
  )
    return 'the URL points into a private network or at the bot’s own host, where the bot does not send events';
  return null;
}
