import { createHash, randomBytes } from 'node:crypto';

/**
 * The random values of a login (RFC 7636 PKCE with S256, OAuth2 `state`)
 * and of sessions: 32 random bytes, base64url, so each carries 256 bits.
 */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** S256: the challenge Discord keeps at /authorize and checks the verifier against at /token. */
export function codeChallenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}
