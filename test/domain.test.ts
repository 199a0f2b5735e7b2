import { describe, expect, it } from 'vitest';
import * as periods from '../src/domain/periods.js';
import { classifyVote, planVoteReward, rewardShare } from '../src/domain/reward-plan.js';
import { botVotePolicy, defaultPolicy, policyFrom, type RewardPolicy } from '../src/domain/reward-policy.js';
import { computeStreak, type StreakState } from '../src/domain/streak.js';
import { renderTemplate, type TemplateValues, unknownPlaceholders } from '../src/domain/template.js';
import {
  composeVoteMessage,
  currencyNoun,
  describeReward,
  type VoteMessageFacts,
} from '../src/domain/vote-message.js';

const fresh: StreakState = { totalVotes: 0, currentStreak: 0, bestStreak: 0, lastVoteAt: null };
const at = (h: number) => new Date(Date.UTC(2025, 10, 1, 0) + h * 3_600_000);
const policy = (p: Partial<RewardPolicy> = {}): RewardPolicy => ({
  ...defaultPolicy,
  rewardRoleId: '111111111111111111',
  currencyAmount: 100,
  ...p,
});
const vote = (v: Partial<{ creditsAwarded: boolean; adBlocker: boolean; votedAt: Date }> = {}) => ({
  userId: '222222222222222222',
  votedAt: at(0),
  creditsAwarded: true,
  adBlocker: false,
  ...v,
});

describe('reward matrix', () => {
  it('classifies votes as the seed document does', () => {
    expect(classifyVote({ creditsAwarded: true, adBlocker: false })).toBe('credited');
    expect(classifyVote({ creditsAwarded: false, adBlocker: true })).toBe('ad_blocker');
    expect(classifyVote({ creditsAwarded: true, adBlocker: true })).toBe('ad_blocker');
    expect(classifyVote({ creditsAwarded: false, adBlocker: false })).toBe('denied');
  });

  it('pays the configured share per scenario', () => {
    expect(rewardShare('credited', policy())).toBe(1);
    expect(rewardShare('ad_blocker', policy())).toBe(0.5);
    expect(rewardShare('ad_blocker', policy({ adBlockerPercent: 20 }))).toBe(0.2);
    expect(rewardShare('ad_blocker', policy({ adBlockerPercent: 250 }))).toBe(1);
    expect(rewardShare('denied', policy())).toBe(0);
    expect(rewardShare('denied', policy({ denialPolicy: 'reduced', adBlockerPercent: 30 }))).toBe(0.3);
    expect(rewardShare('denied', policy({ denialPolicy: 'full' }))).toBe(1);
  });

  it('plans role, currency, DM and announcement for a credited vote', () => {
    const plan = planVoteReward({
      vote: vote(),
      policy: policy({ announceChannelId: '333333333333333333' }),
      member: fresh,
    });
    expect(plan.effects.map((e) => e.kind)).toEqual(['currency', 'role', 'dm', 'announcement']);
    expect(plan.effects[0]).toEqual({ kind: 'currency', amount: 100 });
    expect(plan.streak).toMatchObject({ totalVotes: 1, currentStreak: 1 });
  });

  it('rounds a reduced reward down and plans nothing at all for a share of 0', () => {
    const reduced = planVoteReward({
      vote: vote({ adBlocker: true }),
      policy: policy({ currencyAmount: 15 }),
      member: fresh,
    });
    expect(reduced.effects[0]).toEqual({ kind: 'currency', amount: 7 });
    const none = planVoteReward({ vote: vote({ creditsAwarded: false }), policy: policy(), member: fresh });
    expect(none).toMatchObject({ scenario: 'denied', share: 0, effects: [], streak: fresh });
  });

  it('skips the DM when the user closed DMs or the guild turned DMs off', () => {
    expect(
      planVoteReward({ vote: vote(), policy: policy(), member: fresh, dmsClosed: true }).effects.map(
        (e) => e.kind,
      ),
    ).not.toContain('dm');
    expect(
      planVoteReward({ vote: vote(), policy: policy({ dmEnabled: false }), member: fresh }).effects.map(
        (e) => e.kind,
      ),
    ).not.toContain('dm');
  });

  it('pays a milestone bonus every N votes in a row, not on a late redelivery', () => {
    const p = policy({ milestoneEvery: 2, milestoneBonus: 50 });
    const second = planVoteReward({
      vote: vote({ votedAt: at(24) }),
      policy: p,
      member: computeStreak(fresh, at(0), 36),
    });
    expect(second.effects).toContainEqual({ kind: 'milestone', amount: 50 });
    const member = computeStreak(computeStreak(fresh, at(0), 36), at(24), 36);
    const late = planVoteReward({ vote: vote({ votedAt: at(12) }), policy: p, member });
    expect(late.effects.map((e) => e.kind)).not.toContain('milestone');
  });
});

describe('streaks', () => {
  it('extends within the window, restarts after it, keeps the best', () => {
    let s = computeStreak(fresh, at(0), 36);
    s = computeStreak(s, at(30), 36);
    s = computeStreak(s, at(66), 36);
    expect(s).toMatchObject({ totalVotes: 3, currentStreak: 3, bestStreak: 3 });
    s = computeStreak(s, at(66 + 37), 36);
    expect(s).toMatchObject({ totalVotes: 4, currentStreak: 1, bestStreak: 3 });
  });

  it('counts an out-of-order vote without touching the streak', () => {
    const s = computeStreak(computeStreak(fresh, at(0), 36), at(24), 36);
    expect(computeStreak(s, at(10), 36)).toEqual({ ...s, totalVotes: 3 });
  });
});

const values = (v: Partial<TemplateValues> = {}): TemplateValues => ({
  user: '<@1>',
  streak: '2',
  total: '9',
  reward: '5 coins',
  balance: '1,005',
  currency: 'coins',
  role: 'Voter',
  server: 'Test Server',
  next_vote: '<t:1:R>',
  ...v,
});
const facts = (f: Partial<VoteMessageFacts> = {}): VoteMessageFacts => ({
  template: null,
  streak: 1,
  total: 1,
  currency: 100,
  currencyName: 'gems',
  balance: '1000',
  roleId: '111111111111111111',
  roleSeconds: 43_200,
  nextVoteAt: null,
  ...f,
});

describe('templates and texts', () => {
  it('fills every placeholder and leaves unknown ones visible', () => {
    expect(
      renderTemplate(
        '{user} {streak} {total} {reward} {balance} {currency} {role} {server} {next_vote} {nope}',
        values(),
      ),
    ).toBe('<@1> 2 9 5 coins 1,005 coins Voter Test Server <t:1:R> {nope}');
    expect(unknownPlaceholders('{user} {bogus} {reward} {bogus} {Streak}')).toEqual(['bogus', 'Streak']);
  });

  it("cuts a message to Discord's 2,000 characters", () => {
    expect(renderTemplate('x'.repeat(3000), values())).toHaveLength(2000);
  });

  it('describes rewards as far as they were given', () => {
    const ctx = { userId: '2', roleName: 'Voter' } as const;
    expect(describeReward(facts(), { ...ctx, role: 'given' })).toBe(
      '100 gems and the **Voter** role for 12 hours',
    );
    expect(describeReward(facts(), { ...ctx, role: 'not_given' })).toBe('100 gems');
    expect(describeReward(facts(), { ...ctx, role: 'follows' })).toBe(
      '100 gems (the **Voter** role follows once they join the server)',
    );
    expect(describeReward(facts({ currency: 0, roleId: null }), { ...ctx, role: 'none' })).toBe('our thanks');
    expect(describeReward(facts({ currency: 1, currencyName: 'coins' }), { ...ctx, role: 'not_given' })).toBe(
      '1 coin',
    );
    expect(
      describeReward(facts({ currency: 1000, currencyName: 'coin/coins' }), { ...ctx, role: 'not_given' }),
    ).toBe('1,000 coins');
  });

  it('names the currency with its plural', () => {
    expect([0, 1, 2, 1000].map((n) => currencyNoun('coins', n))).toEqual(['coins', 'coin', 'coins', 'coins']);
    expect([1, 2].map((n) => currencyNoun('goose/geese', n))).toEqual(['goose', 'geese']);
    expect(currencyNoun('gas', 1)).toBe('gas');
  });

  it('composes the default DM and announcement with correct plurals', () => {
    const dm = (n: number) =>
      composeVoteMessage('dm', facts({ streak: n, total: n }), {
        userId: '2',
        role: 'given',
        roleName: 'Voter',
      });
    expect(dm(1)).toBe(
      'Thanks for voting, <@2>! You received 100 gems and the **Voter** role for 12 hours. Streak: 1 vote in a row, 1 vote in all.',
    );
    expect(dm(1000)).toContain('Streak: 1,000 votes in a row, 1,000 votes in all.');
    const announcement = composeVoteMessage('announcement', facts({ streak: 2, total: 1 }), {
      userId: '2',
      role: 'not_given',
    });
    expect(announcement).toBe('<@2> just voted and received 100 gems! (2 votes in a row, 1 vote in all)');
    expect(
      composeVoteMessage(
        'dm',
        facts({
          template: '{reward}. You have {balance} {currency}, next vote {next_vote}.',
          balance: '1',
          currencyName: 'coins',
          nextVoteAt: '2026-01-01T00:00:00.000Z',
        }),
        {
          userId: '2',
          role: 'not_given',
        },
      ),
    ).toBe('100 coins. You have 1 coin, next vote <t:1767225600:R>.');
  });

  it('fills defaults for a guild with no stored templates and an unknown denial policy', () => {
    const p = policyFrom({
      ...defaultPolicy,
      dmTemplate: null,
      announceTemplate: null,
      denialPolicy: 'maybe',
    });
    expect(p.dmTemplate).toBeNull();
    expect(p.denialPolicy).toBe('none');
  });
});

describe('leaderboard periods', () => {
  it('names ISO weeks and months in UTC, across year boundaries', () => {
    const { periodKeys } = periods;
    expect(periodKeys(new Date('2026-11-23T00:00:00.000Z'))).toEqual({ week: 'w2026-48', month: 'm2026-11' });
    expect(periodKeys(new Date('2026-11-22T23:59:59.999Z'))).toEqual({ week: 'w2026-47', month: 'm2026-11' });
    // 2027-01-01 is a Friday: it belongs to the last ISO week of 2026.
    expect(periodKeys(new Date('2027-01-01T12:00:00.000Z'))).toEqual({ week: 'w2026-53', month: 'm2027-01' });
    expect(periodKeys(new Date('2025-12-29T00:00:00.000Z')).week).toBe('w2026-01');
  });
});

describe('bot vote policy', () => {
  const guild = policy({ rewardRoleId: '333333333333333333', rewardRoleSeconds: 3600, currencyAmount: 10 });

  it("keeps the home guild's matrix and messages, with the bot's own currency and role (kept for good)", () => {
    const bot = botVotePolicy(guild, { currency: 25, roleId: '444444444444444444' });
    expect(bot).toEqual({
      ...guild,
      currencyAmount: 25,
      rewardRoleId: '444444444444444444',
      rewardRoleSeconds: null,
    });
  });

  it("keeps the guild role's duration when the bot vote gives the same role, and no role when none is set", () => {
    expect(botVotePolicy(guild, { currency: 0, roleId: '333333333333333333' }).rewardRoleSeconds).toBe(3600);
    const none = botVotePolicy(guild, { currency: 5, roleId: null });
    expect(none).toMatchObject({ rewardRoleId: null, rewardRoleSeconds: null, currencyAmount: 5 });
    expect(planVoteReward({ vote: vote(), policy: none, member: fresh }).effects).toContainEqual({
      kind: 'currency',
      amount: 5,
    });
  });
});
