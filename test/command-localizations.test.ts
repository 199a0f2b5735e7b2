import type { LocalizationMap } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { placeholderList } from '../src/domain/template.js';
import { languageCodes, languages, type MessageKey, messageKeys, t } from '../src/messages/index.js';

/**
 * The slash commands as they are registered (their JSON, what
 * `npm run commands:deploy` PUTs): every name, description and choice in
 * every language, within Discord's rules.
 */
interface Part {
  name: string;
  name_localizations?: LocalizationMap;
  description?: string;
  description_localizations?: LocalizationMap;
  options?: Part[];
  choices?: Array<{ name: string; value: string | number; name_localizations?: LocalizationMap }>;
}

/** Discord's rule for command and option names (CHAT_INPUT), and they must be lowercase. */
const nameRule = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const discordLocales = languageCodes.filter((c) => c !== 'en').flatMap((c) => [...languages[c].discord]);

/** Every part of every command with its catalogue path. */
function parts(): Array<{ path: string; part: Part; siblings: Part[] }> {
  const found: Array<{ path: string; part: Part; siblings: Part[] }> = [];
  const walk = (part: Part, parent: string, siblings: Part[]) => {
    const path = `${parent}.${part.name}`;
    found.push({ path, part, siblings });
    for (const option of part.options ?? []) walk(option, path, part.options ?? []);
  };
  const all = commands.map((c) => c.definition as unknown as Part);
  for (const command of all) walk(command, 'command', all);
  return found;
}

const isLanguageChoice = (path: string, value: string | number) =>
  path === 'command.setup.language.language' && value !== 'server';

describe('slash command localizations', () => {
  it('names every command, subcommand and option in every language, by Discord’s rules', () => {
    const problems: string[] = [];
    for (const { path, part, siblings } of parts()) {
      const names = part.name_localizations ?? {};
      for (const locale of discordLocales) {
        const name = names[locale as keyof LocalizationMap];
        if (!name) problems.push(`${path}: no name in ${locale}`);
        else if (!nameRule.test(name) || name !== name.toLowerCase())
          problems.push(`${path}: "${name}" (${locale}) breaks Discord's name rule`);
        // Two options of one command may not share a name in any language.
        const clash = siblings.filter(
          (s) => s !== part && (s.name_localizations?.[locale as keyof LocalizationMap] ?? s.name) === name,
        );
        if (clash.length) problems.push(`${path}: "${name}" (${locale}) is also ${clash[0]?.name}'s name`);
        const description = part.description_localizations?.[locale as keyof LocalizationMap];
        if (!description || description.length > 100) problems.push(`${path}: description in ${locale}`);
      }
      for (const choice of part.choices ?? []) {
        if (isLanguageChoice(path, choice.value)) continue;
        for (const locale of discordLocales) {
          const name = choice.name_localizations?.[locale as keyof LocalizationMap];
          if (!name || name.length > 100)
            problems.push(`${path} choice ${choice.value}: no name in ${locale}`);
        }
      }
      if (!nameRule.test(part.name) || part.name !== part.name.toLowerCase())
        problems.push(`${path}: "${part.name}"`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps the catalogue’s English the same as the definitions, and has no key for a part that is gone', () => {
    const values = { placeholders: placeholderList };
    const expected = new Map<string, string>();
    for (const { path, part } of parts()) {
      expected.set(`${path}.name`, part.name);
      expected.set(`${path}.description`, part.description ?? '');
      for (const choice of part.choices ?? [])
        if (!isLanguageChoice(path, choice.value))
          expected.set(`${path}.choice.${choice.value}`, choice.name);
    }
    const catalogue = messageKeys.filter((k) => k.startsWith('command.'));
    expect([...catalogue].sort()).toEqual([...expected.keys()].sort());
    const drift = catalogue.filter(
      (key) => t(key as MessageKey, values, 'en').slice(0, 100) !== expected.get(key),
    );
    expect(drift).toEqual([]);
  });

  it('registers /votes in German as /stimmen, and its choices in Turkish', () => {
    const votes = commands.find((c) => c.definition.name === 'votes')?.definition as unknown as Part;
    expect(votes.name_localizations?.de).toBe('stimmen');
    const stats = votes.options?.find((o) => o.name === 'stats');
    const period = stats?.options?.find((o) => o.name === 'period');
    expect(period?.choices?.[0]?.name_localizations?.tr).toBe('Son 7 gün');
  });
});
