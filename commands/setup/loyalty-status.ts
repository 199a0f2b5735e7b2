import type { Guild } from 'discord.js';
import type { Db } from '../../src/db/client.js';
import type { GuildConfig } from '../../src/db/generated/client.js';
import { listTiers } from '../../src/db/tiers.js';
import { problemText, roleProblem } from '../../src/discord/permissions.js';
import { monthName } from '../../src/jobs/loyalty-effects.js';
import { t } from '../../src/messages/index.js';
import { tierLine } from './tiers.js';

/** The /setup status field of the loyalty programme: tiers (with their role checks), champions, streak protection. */
export async function loyaltyStatus(
  db: Db,
  guild: Guild,
  config: GuildConfig | null,
  locale = 'en',
): Promise<string> {
  const [tiers, lastMonth] = await Promise.all([
    config?.hasTiers ? listTiers(db, guild.id) : Promise.resolve([]),
    config?.championRoleId
      ? db.loyaltyMonth.findFirst({ where: { guildId: guild.id }, orderBy: { month: 'desc' } })
      : Promise.resolve(null),
  ]);
  const check = (roleId: string) => {
    const problem = problemText(roleProblem(guild, roleId), locale);
    return problem ? `❌ ${problem}` : '✅';
  };
  const lines = [
    t('status.tiers', { n: tiers.length, mode: config?.tierStack ? 'stack' : 'replace' }, locale),
  ];
  for (const tier of tiers) {
    lines.push(`• ${tierLine(tier, locale)} ${check(tier.roleId)}`);
  }
  const champion = config?.championRoleId;
  lines.push(
    t(
      'status.champions',
      {
        role: champion ? `<@&${champion}>` : 'none',
        count: config?.championCount ?? 3,
        last: lastMonth ? monthName(lastMonth.month, locale) : 'none',
      },
      locale,
    ) + (champion ? ` ${check(champion)}` : ''),
  );
  lines.push(t('status.protection', { on: config?.streakProtection ? 'yes' : 'no' }, locale));
  // An embed field holds 1,024 characters.
  return lines.join('\n').slice(0, 1024);
}
