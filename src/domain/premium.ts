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
 * Each order (purchase or subscription) has its own state, and the
 * subject's premium is its best order: a running lifetime one, else the
 * running one that ends last. So:
 * - subscription.expired ends the order it names, at that moment; another
 *   active order of the same user or guild (a lifetime purchase, a gift)
 *   keeps the premium.
 * - subscription.revoked (chargeback) wins over everything of its order:
 *   every event of the revoked order is ignored, whether it arrived before
 *   or after; other orders are untouched.
 * - A purchase or renewal while premium is running extends from the
 *   current end (of the best order), not from now; a renewal's
 *   currentPeriodEnd, when present, is the truth.
 * Returns null when the subject never had premium.
 */
export function computeEntitlement(facts: PremiumFact[], now: Date): EntitlementState | null {
  const revoked = new Set(facts.filter((f) => f.event === premiumEvents.revoked).map((f) => f.orderKey));
  const ordered = [...facts].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const orders = new Map<string, EntitlementState>();
  for (const fact of ordered) {
    if (revoked.has(fact.orderKey)) continue;
    const running = bestOrder([...orders.values()], fact.occurredAt);
    const next = applyFact(orders.get(fact.orderKey) ?? null, running, fact);
    if (next) orders.set(fact.orderKey, next);
  }
  if (orders.size === 0) {
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
  const states = [...orders.values()];
  const best = bestOrder(
    states.filter((state) => isEntitled(state, now)),
    now,
  );
  if (best) return best;
  // Nothing runs now: the order that ended last says how it ended.
  const last = states.reduce((a, b) => ((b.until?.getTime() ?? 0) > (a.until?.getTime() ?? 0) ? b : a));
  return last.status === 'active' ? { ...last, status: 'expired' } : last;
}

/**
 * The order that gives the most premium at `at`: a lifetime one, else the
 * one that ends last; null when none is running then. (An order ending
 * exactly at `at` still runs: a renewal at that moment continues it.)
 */
function bestOrder(states: EntitlementState[], at: Date): EntitlementState | null {
  let best: EntitlementState | null = null;
  for (const state of states) {
    if (!isActiveAt(state, at)) continue;
    if (!best || state.until === null || (best.until !== null && state.until > best.until)) best = state;
    if (best.until === null) break;
  }
  return best;
}

/** One event applied to its order (`own`), with `running` the subject's best order at that moment. */
function applyFact(
  own: EntitlementState | null,
  running: EntitlementState | null,
  fact: PremiumFact,
): EntitlementState | null {
  switch (fact.event) {
    case premiumEvents.purchase:
    case premiumEvents.renewed: {
      if (!own && fact.event === premiumEvents.renewed && !fact.tierId) return own;
      const ownActive = isActiveAt(own, fact.occurredAt);
      // Stacks after whatever runs (a lifetime order never ends: nothing to stack after).
      const start = running && running.until !== null ? running.until : fact.occurredAt;
      const lifetime = fact.duration === 'lifetime' || (ownActive && own.until === null);
      const until =
        fact.event === premiumEvents.renewed && fact.currentPeriodEnd
          ? fact.currentPeriodEnd
          : lifetime
            ? null
            : addDuration(start, fact.duration ?? 'monthly');
      return {
        status: 'active',
        tierId: fact.tierId ?? own?.tierId ?? 'unknown',
        tierName: fact.tierName ?? own?.tierName ?? 'Premium',
        since: running ? running.since : fact.occurredAt,
        until,
        buyerId: fact.buyerId ?? own?.buyerId ?? null,
        giftedBy: fact.event === premiumEvents.purchase ? (fact.giftedBy ?? null) : (own?.giftedBy ?? null),
        autoRenew: fact.autoRenew ?? own?.autoRenew ?? false,
      };
    }
    case premiumEvents.expired:
      if (!own) return own;
      return { ...own, status: 'expired', until: fact.occurredAt, autoRenew: false };
    default:
      return own;
  }
}

/** True when the entitlement grants premium at `now`. */
export function isEntitled(state: { status: string; until: Date | null } | null, now: Date): boolean {
  return state !== null && state.status === 'active' && (state.until === null || state.until > now);
}
