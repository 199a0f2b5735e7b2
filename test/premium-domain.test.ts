import { describe, expect, it } from 'vitest';
import { addDuration, computeEntitlement, type PremiumFact } from '../src/domain/premium.js';

const d = (iso: string) => new Date(iso);
const fact = (f: Partial<PremiumFact> & { event: string; occurredAt: Date }): PremiumFact => ({
  orderKey: 'order-1',
  tierId: 'pro',
  tierName: 'Pro',
  duration: 'monthly',
  buyerId: '111111111111111111',
  ...f,
});

describe('premium periods', () => {
  it('adds a calendar month, clamped to the end of the shorter month', () => {
    expect(addDuration(d('2025-12-25T10:00:00.000Z'), 'monthly')).toEqual(d('2026-01-25T10:00:00.000Z'));
    expect(addDuration(d('2026-01-31T08:30:00.000Z'), 'monthly')).toEqual(d('2026-02-28T08:30:00.000Z'));
    expect(addDuration(d('2028-01-31T00:00:00.000Z'), 'monthly')).toEqual(d('2028-02-29T00:00:00.000Z'));
    expect(addDuration(d('2025-03-31T23:59:59.999Z'), 'monthly')).toEqual(d('2025-04-30T23:59:59.999Z'));
    expect(addDuration(d('2025-12-31T12:00:00.000Z'), 'monthly')).toEqual(d('2026-01-31T12:00:00.000Z'));
  });

  it('adds 7 days for weekly and never ends for lifetime', () => {
    expect(addDuration(d('2028-02-26T00:00:00.000Z'), 'weekly')).toEqual(d('2028-03-04T00:00:00.000Z'));
    expect(addDuration(d('2025-01-01T00:00:00.000Z'), 'lifetime')).toBeNull();
  });
});

describe('entitlements from events', () => {
  const now = d('2026-01-10T00:00:00.000Z');

  it('extends a purchase made while active from the current end', () => {
    const e = computeEntitlement(
      [
        fact({ event: 'premium_purchase', occurredAt: d('2026-01-01T00:00:00.000Z'), duration: 'weekly' }),
        fact({
          event: 'premium_purchase',
          orderKey: 'order-2',
          occurredAt: d('2026-01-05T00:00:00.000Z'),
          duration: 'weekly',
        }),
      ],
      now,
    );
    expect(e).toMatchObject({
      status: 'active',
      since: d('2026-01-01T00:00:00.000Z'),
      until: d('2026-01-15T00:00:00.000Z'),
    });
  });

  it('gives the same answer whatever order the events are given in', () => {
    const facts = [
      fact({ event: 'premium_purchase', occurredAt: d('2025-12-01T00:00:00.000Z') }),
      fact({
        event: 'subscription.renewed',
        occurredAt: d('2026-01-01T00:00:00.000Z'),
        currentPeriodEnd: d('2026-02-03T00:00:00.000Z'),
      }),
      fact({ event: 'subscription.expired', orderKey: 'order-x', occurredAt: d('2025-11-01T00:00:00.000Z') }),
    ];
    const forward = computeEntitlement(facts, now);
    expect(computeEntitlement([...facts].reverse(), now)).toEqual(forward);
    expect(forward).toMatchObject({ status: 'active', until: d('2026-02-03T00:00:00.000Z') });
  });

  it('lets a revocation win, before or after its purchase, but not over another order', () => {
    const revoked = fact({ event: 'subscription.revoked', occurredAt: d('2026-01-02T00:00:00.000Z') });
    const bought = fact({ event: 'premium_purchase', occurredAt: d('2026-01-03T00:00:00.000Z') });
    expect(computeEntitlement([revoked, bought], now)).toMatchObject({ status: 'revoked' });
    const other = fact({
      event: 'premium_purchase',
      orderKey: 'order-2',
      occurredAt: d('2026-01-04T00:00:00.000Z'),
    });
    expect(computeEntitlement([revoked, bought, other], now)).toMatchObject({
      status: 'active',
      since: d('2026-01-04T00:00:00.000Z'),
      until: d('2026-02-04T00:00:00.000Z'),
    });
  });

  it('continues (same since) when a renewal arrives at the very end of the period', () => {
    const e = computeEntitlement(
      [
        fact({ event: 'premium_purchase', occurredAt: d('2025-12-10T10:00:00.000Z') }),
        fact({ event: 'subscription.renewed', occurredAt: d('2026-01-10T10:00:00.000Z') }),
      ],
      now,
    );
    expect(e).toMatchObject({ since: d('2025-12-10T10:00:00.000Z'), until: d('2026-02-10T10:00:00.000Z') });
  });

  it('ends on subscription.expired and restarts the clock on a later renewal', () => {
    const facts = [
      fact({ event: 'premium_purchase', occurredAt: d('2025-11-01T00:00:00.000Z') }),
      fact({ event: 'subscription.expired', occurredAt: d('2025-12-01T00:00:00.000Z') }),
    ];
    expect(computeEntitlement(facts, now)).toMatchObject({
      status: 'expired',
      until: d('2025-12-01T00:00:00.000Z'),
    });
    const renewed = fact({ event: 'subscription.renewed', occurredAt: d('2026-01-05T00:00:00.000Z') });
    expect(computeEntitlement([...facts, renewed], now)).toMatchObject({
      status: 'active',
      since: d('2026-01-05T00:00:00.000Z'),
      until: d('2026-02-05T00:00:00.000Z'),
    });
  });

  it('ends only the order subscription.expired names: another running order keeps the premium', () => {
    const lifetime = fact({
      event: 'premium_purchase',
      orderKey: 'lifetime',
      tierId: 'forever',
      tierName: 'Forever',
      duration: 'lifetime',
      occurredAt: d('2025-06-01T00:00:00.000Z'),
    });
    const monthly = fact({ event: 'premium_purchase', occurredAt: d('2026-01-01T00:00:00.000Z') });
    const expired = fact({ event: 'subscription.expired', occurredAt: d('2026-01-05T00:00:00.000Z') });
    for (const facts of [
      [lifetime, monthly, expired],
      [expired, monthly, lifetime],
    ]) {
      expect(computeEntitlement(facts, now)).toMatchObject({
        status: 'active',
        tierId: 'forever',
        until: null,
      });
    }
    // A renewal of the expired order while the lifetime one runs keeps it lifetime.
    expect(
      computeEntitlement(
        [
          lifetime,
          monthly,
          expired,
          fact({ event: 'subscription.renewed', occurredAt: d('2026-01-08T00:00:00.000Z') }),
        ],
        now,
      ),
    ).toMatchObject({ status: 'active', until: null });
    // Without the lifetime order the same expiry ends the premium.
    expect(computeEntitlement([monthly, expired], now)).toMatchObject({
      status: 'expired',
      until: d('2026-01-05T00:00:00.000Z'),
    });
  });

  it('revokes only its order: a gift of the same user keeps running to its own end', () => {
    const gift = fact({
      event: 'premium_purchase',
      orderKey: 'gift',
      buyerId: '222222222222222222',
      giftedBy: '222222222222222222',
      duration: 'weekly',
      occurredAt: d('2026-01-06T00:00:00.000Z'),
    });
    const own = fact({ event: 'premium_purchase', occurredAt: d('2026-01-01T00:00:00.000Z') });
    const chargeback = fact({ event: 'subscription.revoked', occurredAt: d('2026-01-07T00:00:00.000Z') });
    expect(computeEntitlement([own, gift, chargeback], now)).toMatchObject({
      status: 'active',
      giftedBy: '222222222222222222',
      since: d('2026-01-06T00:00:00.000Z'),
      until: d('2026-01-13T00:00:00.000Z'),
    });
    // An expiry of the own order (not a chargeback) leaves the gift's time where it was stacked.
    const expired = fact({ event: 'subscription.expired', occurredAt: d('2026-01-09T00:00:00.000Z') });
    expect(computeEntitlement([own, gift, expired], now)).toMatchObject({
      status: 'active',
      giftedBy: '222222222222222222',
      until: d('2026-02-08T00:00:00.000Z'),
    });
  });

  it('reports a plan past its end as expired, and nothing for no events', () => {
    expect(
      computeEntitlement(
        [fact({ event: 'premium_purchase', occurredAt: d('2025-01-01T00:00:00.000Z') })],
        now,
      ),
    ).toMatchObject({ status: 'expired' });
    expect(computeEntitlement([], now)).toBeNull();
  });
});
