import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The `X-Webhook-Signature` of a body: hex HMAC-SHA256 of its exact bytes,
 * keyed with the secret. Rankly's one signing rule (premium and bot vote
 * webhooks), used to check incoming webhooks and by the CLI and tests to
 * send them.
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
