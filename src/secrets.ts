import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

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

/**
 * Secrets the bot must use again (a guild's UnbelievaBoat token), so they
 * cannot be hashed: AES-256-GCM under ENCRYPTION_KEY, stored as
 * iv (12 bytes) | tag (16 bytes) | ciphertext. GCM's tag makes a stored value
 * that was changed, or read with another key, fail instead of decrypting to
 * garbage. A leaked database alone reveals no token.
 */
export function encryptSecret(key: Buffer, plain: string): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
}

/** Thrown when a stored secret does not decrypt (another ENCRYPTION_KEY, or changed). */
export class UndecryptableSecret extends Error {
  override name = 'UndecryptableSecret';
}

export function decryptSecret(key: Buffer, stored: Uint8Array): string {
  const bytes = Buffer.from(stored);
  if (bytes.length < 29) throw new UndecryptableSecret('stored secret too short');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new UndecryptableSecret('the stored secret does not decrypt with ENCRYPTION_KEY');
  }
}
