import { describe, expect, it } from 'vitest';
import { previousMonth } from '../src/domain/loyalty-month.js';
import { type Tier, tierChanges, tierRolesReached, tierStandings } from '../src/domain/tiers.js';

/** The pure rules of the loyalty programme (README "Loyalty"). */
const tiers: Tier[] = [
  { roleId: '1', votes: 1, counts: 'total' },
  { roleId: '2', votes: 10, counts: 'total' },
  { roleId: '3', votes: 5, counts: 'streak' },
  { roleId: '4', votes: 20, counts: 'month' },
];

describe('tiers', () => {
  it('holds the highest tier reached on each count, or every one when stacked', () => {
    expect(tierRolesReached(tiers, { total: 0, streak: 0, month: 0 }, false)).toEqual([]);
    expect(tierRolesReached(tiers, { total: 12, streak: 5, month: 3 }, false)).toEqual(['2', '3']);
    expect(tierRolesReached(tiers, { total: 12, streak: 5, month: 3 }, true)).toEqual(['1', '2', '3']);
    expect(tierRolesReached(tiers, { total: 12, streak: 0, month: 20 }, false)).toEqual(['2', '4']);
  });

  it('says the tier held and the votes to the next, per count', () => {
    expect(tierStandings(tiers, { total: 4, streak: 5, month: 0 })).toEqual([
      { counts: 'total', current: tiers[0], next: { tier: tiers[1], votesToGo: 6 } },
      { counts: 'streak', current: tiers[2], next: null },
      { counts: 'month', current: null, next: { tier: tiers[3], votesToGo: 20 } },
    ]);
  });

  it('changes only what differs', () => {
    expect(tierChanges(['1'], ['2'])).toEqual({ grant: ['2'], remove: ['1'] });
    expect(tierChanges(['1', '2'], ['1', '2'])).toEqual({ grant: [], remove: [] });
  });
});

describe('months', () => {
  it('closes the calendar month before, in UTC, across a year', () => {
    expect(previousMonth(new Date('2027-01-01T00:05:00Z'))).toEqual({
      key: '2026-12',
      start: new Date('2026-12-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
  });
});
