import type { LocalizationMap, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { placeholderList } from '../src/domain/template.js';
import { languageCodes, languages, type MessageKey, messageKeys, t } from '../src/messages/index.js';

/**
 * Gives a command's JSON the name, description and choice localizations of
 * every language of the catalogue, from the keys named after each part's
 * path: `command.votes.name`, `command.votes.show.user.description`,
 * `command.votes.stats.period.choice.7d`. A part without a key keeps its
 * English only (a language's own name, for one). Discord sends the English
 * names back in interactions, whatever the member typed, so handlers read
 * options by their English names.
 */
export function localizeCommand(
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return localizePart(definition, 'command') as RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/** The values of the few command texts with a placeholder. */
const values = { placeholders: placeholderList };
const known = new Set<string>(messageKeys);

interface Part {
  name: string;
  description?: string;
  options?: Part[];
  choices?: Array<{ name: string; value: string | number }>;
}

function localizePart(part: Part, parent: string): Part {
  const path = `${parent}.${part.name}`;
  const name = localizations(`${path}.name`, 32);
  const description = localizations(`${path}.description`, 100);
  return {
    ...part,
    ...(name ? { name_localizations: name } : {}),
    ...(description ? { description_localizations: description } : {}),
    ...(part.options ? { options: part.options.map((o) => localizePart(o, path)) } : {}),
    ...(part.choices
      ? {
          choices: part.choices.map((c) => {
            const choice = localizations(`${path}.choice.${c.value}`, 100);
            return choice ? { ...c, name_localizations: choice } : c;
          }),
        }
      : {}),
  };
}

/** The text of `key` for every Discord locale but English (the default), cut to Discord's `max`. */
function localizations(key: string, max: number): LocalizationMap | undefined {
  if (!known.has(key)) return undefined;
  const map: LocalizationMap = {};
  for (const code of languageCodes) {
    if (code === 'en') continue;
    const text = t(key as MessageKey, values, code).slice(0, max);
    for (const locale of languages[code].discord) map[locale as keyof LocalizationMap] = text;
  }
  return map;
}
