/**
 * Premium entitlements as a pure function of their events: whatever order
 * Rankly's webhooks arrive in, the same events give the same entitlement.
 */
export type PremiumDuration = 'weekly' | 'monthly' | 'lifetime';
export type EntitlementStatus = 'active' | 'expired' | 'revoked';

export const premiumEvents = {
  purchase: 'premium_purchase',
  renewed: 'subscription.renewed',
  expired: 'subscription.expired',
  revoked: 'subscription.revoked',
} as const;

/** What the fold needs from one stored premium event. */
export interface PremiumFact {
  event: string;
  /** orderId, else purchaseId: one purchase and its lifecycle share it. */
  orderKey: string;
  occurredAt: Date;
  tierId?: string | null;
  tierName?: string | null;
  duration?: string | null;
  buyerId?: string | null;
  giftedBy?: string | null;
  currentPeriodEnd?: Date | null;
  autoRenew?: boolean | null;
}

export interface EntitlementState {
  status: EntitlementStatus;
  tierId: string;
  tierName: string;
  since: Date;
  /** null: lifetime. */
  until: Date | null;
  buyerId: string | null;
  giftedBy: string | null;
  autoRenew: boolean;
}

/**
 * The end of a period that starts at `from`: weekly is 7 days; monthly is
 * the same day of the next calendar month, clamped to that month's last day
 * (Jan 31 -> Feb 28 or 29); lifetime never ends (null). Unknown durations
 * count as monthly, the common case, rather than granting forever.
 */
export function addDuration(from: Date, duration: string | null | undefined): Date | null {
  if (duration === 'lifetime') return null;
  if (duration === 'weekly') return new Date(from.getTime() + 7 * 86_400_000);
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(from.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(
      year,
      month,
      day,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
}

/** Still running at `at`; a renewal at the very moment a period ends continues it. */
function isActiveAt(state: EntitlementState | null, at: Date): state is EntitlementState {
  return state !== null && state.status === 'active' && (state.until === null || state.until >= at);
}

/**
 * Folds a subject's events (in time order) into its entitlement at `now`.
 * - A purchase or renewal while active extends from the current end, not from now;
 *   a renewal's currentPeriodEnd, when present, is the truth.
 * - subscription.expired ends it at that moment.
 * - subscription.revoked (chargeback) wins over everything: every event of the
 *   revoked purchase is ignored, whether it arrived before or after.
 * Returns null when the subject never had premium.
 */
export function computeEntitlement(facts: PremiumFact[], now: Date): EntitlementState | null {
  const revoked = new Set(facts.filter((f) => f.event === premiumEvents.revoked).map((f) => f.orderKey));
  const ordered = [...facts].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  let state: EntitlementState | null = null;
  for (const fact of ordered) {
    if (revoked.has(fact.orderKey)) continue;
    state = applyFact(state, fact);
  }
  if (!state) {
    const purchase = ordered.find((f) => revoked.has(f.orderKey) && f.event === premiumEvents.purchase);
    const revocation = ordered.find((f) => f.event === premiumEvents.revoked);
    if (!revocation) return null;
    return {
      status: 'revoked',
      tierId: purchase?.tierId ?? 'unknown',
      tierName: purchase?.tierName ?? 'Premium',
      since: purchase?.occurredAt ?? revocation.occurredAt,
      until: revocation.occurredAt,
      buyerId: purchase?.buyerId ?? null,
      giftedBy: purchase?.giftedBy ?? null,
      autoRenew: false,
    };
  }
  if (state.status === 'active' && state.until !== null && state.until <= now)
    return { ...state, status: 'expired' };
  return state;
}

function applyFact(state: EntitlementState | null, fact: PremiumFact): EntitlementState | null {
  const active = isActiveAt(state, fact.occurredAt);
  switch (fact.event) {
    case premiumEvents.purchase:
    case premiumEvents.renewed: {
      if (!state && fact.event === premiumEvents.renewed && !fact.tierId) return state;
      const start = active && state.until !== null ? state.until : fact.occurredAt;
      const lifetime = fact.duration === 'lifetime' || (active && state.until === null);
      const until =
        fact.event === premiumEvents.renewed && fact.currentPeriodEnd
          ? fact.currentPeriodEnd
          : lifetime
            ? null
            : addDuration(start, fact.duration ?? 'monthly');
      return {
        status: 'active',
        tierId: fact.tierId ?? state?.tierId ?? 'unknown',
        tierName: fact.tierName ?? state?.tierName ?? 'Premium',
        since: active ? state.since : fact.occurredAt,
        until,
        buyerId: fact.buyerId ?? state?.buyerId ?? null,
        giftedBy: fact.event === premiumEvents.purchase ? (fact.giftedBy ?? null) : (state?.giftedBy ?? null),
        autoRenew: fact.autoRenew ?? state?.autoRenew ?? false,
      };
    }
    case premiumEvents.expired:
      if (!state) return state;
      return { ...state, status: 'expired', until: fact.occurredAt, autoRenew: false };
    default:
      return state;
  }
}

/** True when the entitlement grants premium at `now`. */
export function isEntitled(state: { status: string; until: Date | null } | null, now: Date): boolean {
  return state !== null && state.status === 'active' && (state.until === null || state.until > now);
}
