/**
 * Messages (DMs, announcements) are not idempotent by nature, but Discord
 * makes a create idempotent for a few minutes when it carries a nonce with
 * enforce_nonce: a second create with the same nonce returns the first
 * message and posts nothing. So a send that got no answer, or that a crash
 * interrupted, is sent again with the same nonce while that window is open
 * (exactly once); after it, it is recorded as 'unknown' and never resent
 * (at most once). We count on two minutes of the window.
 */
export const nonceWindowMs = 2 * 60_000;

/** The nonce of one ledger row's message: the same on every attempt (Discord allows 25 characters). */
export function messageNonce(prefix: 'r' | 'p', effectId: bigint): string {
  return `${prefix}${effectId}`;
}

/** True while a send claimed at `claimedAt` may still be repeated safely. */
export function withinNonceWindow(claimedAt: Date, now: Date): boolean {
  return now.getTime() - claimedAt.getTime() < nonceWindowMs;
}
