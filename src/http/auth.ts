import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * Compares a presented secret with the expected one in constant time.
 * Both sides are hashed first, so neither the comparison nor an early
 * length check reveals how much of the secret was right or how long it is.
 */
export function secretMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  return timingSafeEqual(sha256Digest(presented), sha256Digest(expected));
}

/** As secretMatches, against a stored SHA-256 hex digest of the secret. */
export function secretMatchesHash(presented: string | undefined, expectedSha256Hex: string): boolean {
  if (presented === undefined || !/^[0-9a-f]{64}$/.test(expectedSha256Hex)) return false;
  return timingSafeEqual(sha256Digest(presented), Buffer.from(expectedSha256Hex, 'hex'));
}

function sha256Digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * The `X-Webhook-Signature` of a body: hex HMAC-SHA256 of its exact bytes,
 * keyed with the secret. The one signing rule, used to check incoming
 * webhooks and by the CLI and tests to send them.
 */
export function webhookSignature(rawBody: Buffer | string, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('hex');
}

/**
 * Checks an `X-Webhook-Signature`: the hex HMAC-SHA256 of the exact raw body.
 * Any of `secrets` may match (several are configured while one is rotated).
 * A missing, non-hex or wrong-length value is simply a mismatch; the bytes
 * are compared in constant time.
 */
export function hmacSignatureMatches(
  rawBody: Buffer,
  signature: string | undefined,
  secrets: string[],
): boolean {
  if (!signature || !/^[0-9a-fA-F]{64}$/.test(signature)) return false;
  const presented = Buffer.from(signature, 'hex');
  let matched = false;
  for (const secret of secrets) {
    const expected = Buffer.from(webhookSignature(rawBody, secret), 'hex');
    // No early exit: every configured secret costs the same time.
    if (timingSafeEqual(presented, expected)) matched = true;
  }
  return matched;
}
