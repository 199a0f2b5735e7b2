import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { voteTrendsSvg } from '../src/charts/vote-trends-chart.js';
import { dangerousPermissions, roleGrantProblem, ruleText } from '../src/discord/permissions.js';
import { formatDuration } from '../src/domain/duration.js';
import { composeVoteMessage, describeReward, type VoteMessageFacts } from '../src/domain/vote-message.js';
import { en } from '../src/messages/en.js';
import {
  formatNumber,
  formatRelativeTime,
  type Language,
  languageCodes,
  languages,
  type MessageKey,
  messageKeys,
  messageText,
  t,
} from '../src/messages/index.js';

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

/** The arguments of an ICU message as `name:kind` (kind: text, number, plural, select with its options), sorted. */
function signature(text: string): string[] {
  const found = new Set<string>();
  const walk = (nodes: ReturnType<typeof parse>) => {
    for (const node of nodes) {
      if (node.type === TYPE.argument) found.add(`${node.value}:text`);
      else if (node.type === TYPE.number) found.add(`${node.value}:number`);
      else if (node.type === TYPE.plural) found.add(`${node.value}:plural`);
      else if (node.type === TYPE.select)
        found.add(`${node.value}:select(${Object.keys(node.options).sort().join('|')})`);
      if ('options' in node) for (const option of Object.values(node.options)) walk(option.value);
    }
  };
  walk(parse(text));
  return [...found].sort();
}

const others = languageCodes.filter((code) => code !== 'en');

describe('every language of the catalogue', () => {
  it.each(others)('%s has every key of English, no other, with the same placeholders', (code) => {
    const messages = languages[code].messages as Record<string, string>;
    expect(Object.keys(messages).sort()).toEqual([...messageKeys].sort());
    const differences = messageKeys
      .filter(
        (key) => JSON.stringify(signature(messages[key] as string)) !== JSON.stringify(signature(en[key])),
      )
      .map(
        (key) => `${key}: ${signature(messages[key] as string).join(' ')} ≠ ${signature(en[key]).join(' ')}`,
      );
    expect(differences).toEqual([]);
  });

  it.each(languageCodes)(
    'renders every message in %s with counts 0, 1, 2 and 1,000, every placeholder filled',
    (code: Language) => {
      const problems: string[] = [];
      for (const key of messageKeys) {
        const args = argumentsOf(key);
        for (const n of counts) {
          for (const choice of ['yes', 'no', 'all', 'week', 'day']) {
            const values = {
              ...Object.fromEntries(args.texts.map((name) => [name, `‹${name}›`])),
              ...Object.fromEntries(args.selects.map((name) => [name, choice])),
              ...Object.fromEntries(args.numbers.map((name) => [name, n])),
            };
            const text = t(key, values, code);
            if (/[{}#]|undefined|NaN|\[object/.test(text.replace(/#\{?[a-z]+|#\d|`#/g, '')))
              problems.push(`${code} ${key} with ${n}: ${text}`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('formats numbers in each language: 1,000 is 1.000 in German and Turkish', () => {
    expect(t('votes.count', { n: 1000 }, 'de')).toBe('1.000 Stimmen');
    expect(t('votes.count', { n: 1000 }, 'pt-BR')).toBe('1.000 votos');
    expect(t('votes.count', { n: 1000 }, 'tr')).toBe('1.000 oy');
    expect(t('votes.count', { n: 1 }, 'fr')).toBe('1 vote');
    expect(t('votes.count', { n: 1000 }, 'en-GB')).toBe('1,000 votes');
    expect(formatNumber(1234567, 'fr')).toBe('1\u202f234\u202f567');
  });

  it('says relative times in the reader’s language', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    const later = new Date('2026-12-02T15:00:00Z');
    expect(formatRelativeTime(later, now, 'en-US')).toBe('in 3 hours');
    expect(formatRelativeTime(later, now, 'de')).toBe('in 3 Stunden');
    expect(formatRelativeTime(later, now, 'es-ES')).toBe('dentro de 3 horas');
    expect(formatRelativeTime(later, now, 'tr')).toBe('3 saat sonra');
  });

  it('draws the /votes stats chart in the reader’s language: legend, dates and numbers', () => {
    const buckets = [
      { start: new Date('2026-11-23T00:00:00Z'), credited: 12_000, adBlocker: 400, denied: 100 },
      { start: new Date('2026-11-24T00:00:00Z'), credited: 3, adBlocker: 0, denied: 0 },
    ];
    const chart = (locale: string) => voteTrendsSvg({ title: 'T', unit: 'day', buckets, locale });
    expect(chart('en-US')).toContain('>Credited<');
    expect(chart('en-US')).toContain('>Nov 23<');
    expect(chart('en-US')).toContain('>10K<');
    expect(chart('de')).toContain('>10.000<');
    expect(chart('de')).toContain('>Gutgeschrieben<');
    expect(chart('de')).toContain('>23. Nov.<');
    expect(chart('fr')).toContain('>23 nov.<');
    expect(chart('tr')).toContain('>Reklam engelleyici<');
    expect(chart('tr')).toContain('>24 Kas<');
  });

  it('falls back to English for a key a language lacks, and for a language it does not speak', () => {
    expect(messageText('votes.count', 'de', {})).toEqual({ text: en['votes.count'], language: 'en' });
    expect(t('votes.count', { n: 2 }, 'ja')).toBe('2 votes');
    expect(t('votes.count', { n: 2 }, 'es-419')).toBe('2 votos');
  });
});

/**
 * What the bot says is composed from the catalogue: a text written straight
 * into a reply, an embed, an error or a message to Discord would reach every
 * reader in English. Where the source writes one, this finds it (command
 * definitions are localized through the catalogue by commands/localize.ts
 * and are not replies).
 */
const spoken = [
  [/new UserFacingError\(\s*['"`]/, 'an error reply'],
  [/\bembed\(\s*['"`]/, 'an embed title'],
  [/\{ name: ['"`][^'"`]+['"`], value: (?!['"`])/, 'an embed field name'],
  [/\.sendMessage\([^,()]+,\s*['"`]/, 'a message to a channel or DM'],
  [/\bcontent: ['"`]/, 'a reply or DM text'],
] as const;
/**
 * Literals that are not words for a reader: the field Rankly's dashboard
 * calls "Authorization", an emoji, and a command choice (localized with the
 * command by commands/localize.ts).
 */
const allowed = [
  /name: 'Authorization'/,
  /name: '[^A-Za-z']+'/,
  /name: 'The server’s language in Discord', value: serverDefault/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** `file:line: what` for each line of `text` that writes a user-visible text as a literal. */
function literalTexts(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      spoken
        .filter(([pattern]) => pattern.test(line) && !allowed.some((a) => a.test(line)))
        .map(([, what]) => `${file}:${i + 1}: ${what}: ${line.trim()}`),
    );
}

describe('no English literal where the bot speaks', () => {
  it('composes every reply, embed, error and Discord message of commands/ and src/jobs from the catalogue', () => {
    const files = [...sourceFiles('commands'), ...sourceFiles('src/jobs'), ...sourceFiles('src/domain')];
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => literalTexts(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('finds such a literal when there is one (the check itself works)', () => {
    expect(
      literalTexts('x.ts', "throw new UserFacingError('Give at least one of the options.');"),
    ).toHaveLength(1);
    expect(literalTexts('x.ts', "  const reply = embed('🔗 Rankly webhook')")).toHaveLength(1);
    expect(literalTexts('x.ts', "{ name: 'Tier', value: current.join('\\n'), inline: true },")).toHaveLength(
      1,
    );
    expect(
      literalTexts('x.ts', 'await deps.discord.sendMessage(config.logChannelId, `✅ Rankly test`);'),
    ).toHaveLength(1);
    expect(literalTexts('x.ts', "{ name: 'All time', value: 'all' },")).toEqual([]);
    expect(literalTexts('x.ts', "throw new UserFacingError(t('setup.giveAnOption', {}, locale));")).toEqual(
      [],
    );
  });

  it('says a safety rule’s refusal in each language, naming the permissions as that language does', () => {
    const staff = { id: '5', position: 4, managed: false, permissions: dangerousPermissions[0]?.[1] ?? 0n };
    const bot = { isOwner: false, permissions: 1n << 28n, highestRole: { id: '9', position: 10 } };
    const problem = roleGrantProblem({ guildId: '1', role: staff, bot }, (id) => `<@&${id}>`);
    if (!problem) throw new Error('an Administrator role must be refused');
    expect(ruleText(problem)).toBe(
      '<@&5> has the **Administrator** permission: a vote reward must not give anyone staff powers. Remove it from the role in Server Settings → Roles, or pick a role without it.',
    );
    expect(ruleText(problem, 'fr')).toContain('<@&5> a la permission **Administrateur** :');
    expect(ruleText(problem, 'tr')).toContain('**Yönetici** izni');
    for (const code of others) expect(ruleText(problem, code), code).not.toContain('staff powers');
  });
});
