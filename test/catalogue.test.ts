import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../src/domain/duration.js';
import { composeVoteMessage, describeReward, type VoteMessageFacts } from '../src/domain/vote-message.js';
import { en } from '../src/messages/en.js';
import { type MessageKey, messageKeys, t } from '../src/messages/index.js';

/**
 * Every message with a number, rendered with 0, 1, 2 and 1,000: no broken
 * plural ("1 votes", "2 vote"), no placeholder left unfilled.
 */
const counts = [0, 1, 2, 1000];
const nouns = ['vote', 'reward', 'day', 'hour', 'minute', 'second', 'step', 'coin', 'gem'];
const singularAfterOne = new RegExp(`(?<![\\d,.])1 (${nouns.join('|')})s\\b`);
const pluralMissing = new RegExp(`\\b(0|2|1,000) (${nouns.join('|')})\\b(?!s)`);

function brokenPlural(text: string): string | null {
  return singularAfterOne.exec(text)?.[0] ?? pluralMissing.exec(text)?.[0] ?? null;
}

/** The arguments a message takes, by kind: numbers for plural and number arguments, text otherwise. */
function argumentsOf(key: MessageKey): { numbers: string[]; selects: string[]; texts: string[] } {
  const numbers = new Set<string>();
  const selects = new Set<string>();
  const texts = new Set<string>();
  const walk = (nodes: ReturnType<typeof parse>) => {
    for (const node of nodes) {
      if (node.type === TYPE.plural || node.type === TYPE.number) numbers.add(node.value);
      else if (node.type === TYPE.select) selects.add(node.value);
      else if (node.type === TYPE.argument) texts.add(node.value);
      if ('options' in node) for (const option of Object.values(node.options)) walk(option.value);
    }
  };
  walk(parse(en[key]));
  return { numbers: [...numbers], selects: [...selects], texts: [...texts].filter((n) => !numbers.has(n)) };
}

describe('the message catalogue', () => {
  it('renders every message with counts 0, 1, 2 and 1,000 without a broken plural or a leftover placeholder', () => {
    const problems: string[] = [];
    for (const key of messageKeys) {
      const args = argumentsOf(key);
      for (const n of counts) {
        for (const choice of ['yes', 'no']) {
          const values = {
            ...Object.fromEntries(args.texts.map((name) => [name, `‹${name}›`])),
            ...Object.fromEntries(args.selects.map((name) => [name, choice])),
            ...Object.fromEntries(args.numbers.map((name) => [name, n])),
          };
          const text = t(key, values);
          const broken = brokenPlural(text);
          if (broken) problems.push(`${key} with ${n}: "${broken}" in ${text}`);
          if (/[{}]|undefined|NaN/.test(text)) problems.push(`${key} with ${n}: ${text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('says durations, rewards and the default DM and announcement right for every count', () => {
    const texts: string[] = [];
    for (const n of counts) {
      texts.push(
        formatDuration(n * 86_400 || 60),
        formatDuration(n * 3600 + 3600),
        formatDuration(n * 60 + 60),
      );
      const facts: VoteMessageFacts = {
        template: null,
        streak: n,
        total: n,
        currency: n,
        currencyName: 'coins',
        balance: String(n),
        roleId: '111111111111111111',
        roleSeconds: n * 86_400 || null,
        nextVoteAt: null,
      };
      for (const role of ['given', 'follows', 'not_given'] as const) {
        const ctx = { userId: '2', role, roleName: 'Voter' };
        texts.push(
          describeReward(facts, ctx),
          composeVoteMessage('dm', facts, ctx),
          composeVoteMessage('announcement', facts, ctx),
        );
      }
    }
    expect(texts.map(brokenPlural).filter(Boolean)).toEqual([]);
    expect(texts).toContain(
      'Thanks for voting, <@2>! You received 1 coin and the **Voter** role for 1 day. Streak: 1 vote in a row, 1 vote in all.',
    );
    expect(texts).toContain(
      '<@2> just voted and received 1,000 coins! (1,000 votes in a row, 1,000 votes in all)',
    );
  });

  it('finds a broken plural when there is one (the check itself works)', () => {
    expect(brokenPlural('(1 votes)')).toBe('1 votes');
    expect(brokenPlural('+2 vote')).toBe('2 vote');
    expect(brokenPlural('1 vote, 2 votes, 1,000 coins, 11 votes')).toBeNull();
  });
});
