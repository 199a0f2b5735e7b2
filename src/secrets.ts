import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Our own secrets (webhook secrets, METRICS_TOKEN): how they are stored and
 * compared. Used by the HTTP routes and by the store of guilds' secrets.
 */

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * Compares a presented secret with the expected one in constant time.
 * Both sides are hashed first, so neither the comparison nor an early
 * length check reveals how much of the secret was right or how long it is.
 */
export function secretMatches(presented: string | undefined, expected: string): boolean {
  return secretMatcher(expected)(presented);
}

/**
 * secretMatches against a secret fixed at start (RANKLY_WEBHOOK_AUTH),
 * hashed once rather than on every request: half the hashing of a vote
 * webhook's hot path. The presented value is still hashed and compared in
 * full every time.
 */
export function secretMatcher(expected: string): (presented: string | undefined) => boolean {
  const expectedDigest = sha256Digest(expected);
  return (presented) => presented !== undefined && timingSafeEqual(sha256Digest(presented), expectedDigest);
}

/** As secretMatches, against a stored SHA-256 hex digest of the secret. */
export function secretMatchesHash(presented: string | undefined, expectedSha256Hex: string): boolean {
  if (presented === undefined || !/^[0-9a-f]{64}$/.test(expectedSha256Hex)) return false;
  return timingSafeEqual(sha256Digest(presented), Buffer.from(expectedSha256Hex, 'hex'));
}

function sha256Digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
