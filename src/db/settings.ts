import { z } from 'zod';
import { durationLimits } from '../domain/duration.js';
import { isSnowflake, snowflakeRule } from '../domain/snowflake.js';
import { placeholderList, unknownPlaceholders } from '../domain/template.js';
import { isLanguage, languageCodes } from '../messages/languages.js';
import { voteUrlProblem } from '../rankly/links.js';
import type { Db } from './client.js';
import type { GuildConfig } from './generated/client.js';

/**
 * A guild's settings, read and written in one place: one validation per
 * setting, used by /setup, the guided setup and (later) the dashboard
 * alike, so no caller can store a value another would refuse. Whether a
 * role or channel is *safe* to choose depends on Discord's state and lives
 * in discord/permissions.ts; this module checks values.
 */

/** Bounds of the numeric settings, also the slash command options' min and max. */
export const settingLimits = {
  currencyAmount: { min: 0, max: 1_000_000 },
  currencyNameLength: { max: 32 },
  adBlockerPercent: { min: 0, max: 100 },
  templateLength: { max: 1500 },
  streakWindowHours: { min: 1, max: 720 },
  milestoneEvery: { min: 1, max: 1000 },
  milestoneBonus: { min: 0, max: 1_000_000 },
  voteCooldownHours: { min: 1, max: 168 },
  premiumVoteMultiplier: { min: 0, max: 100 },
  tierVotes: { min: 1, max: 100_000 },
  championCount: { min: 1, max: 25 },
} as const;

const int = (limits: { min: number; max: number }) =>
  z
    .number()
    .int('must be a whole number')
    .min(limits.min, `must be at least ${limits.min}`)
    .max(limits.max, `must be at most ${limits.max.toLocaleString('en-US')}`);
const id = z.string().refine(isSnowflake, snowflakeRule);
const template = z
  .string()
  .max(settingLimits.templateLength.max, `must be at most ${settingLimits.templateLength.max} characters`)
  .superRefine((text, ctx) => {
    const unknown = unknownPlaceholders(text);
    if (unknown.length === 0) return;
    ctx.addIssue({
      code: 'custom',
      message: `uses ${unknown.map((p) => `{${p}}`).join(', ')}, which ${unknown.length === 1 ? 'is not a placeholder' : 'are not placeholders'}. The placeholders are: ${placeholderList}`,
    });
  });

const rules = {
  rewardRoleId: id.nullable(),
  rewardRoleSeconds: z
    .number()
    .int()
    .min(durationLimits.minSeconds, 'must be at least 1 minute')
    .max(durationLimits.maxSeconds, 'must be at most 365 days')
    .nullable(),
  currencyAmount: int(settingLimits.currencyAmount),
  currencyName: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(
      settingLimits.currencyNameLength.max,
      `must be at most ${settingLimits.currencyNameLength.max} characters`,
    ),
  adBlockerPercent: int(settingLimits.adBlockerPercent),
  denialPolicy: z.enum(['none', 'reduced', 'full']),
  dmEnabled: z.boolean(),
  dmTemplate: template.nullable(),
  announceChannelId: id.nullable(),
  announceTemplate: template.nullable(),
  logChannelId: id.nullable(),
  streakWindowHours: int(settingLimits.streakWindowHours),
  milestoneEvery: int(settingLimits.milestoneEvery).nullable(),
  milestoneBonus: int(settingLimits.milestoneBonus),
  voteCooldownHours: int(settingLimits.voteCooldownHours),
  premiumRoleId: id.nullable(),
  premiumVoteMultiplier: z
    .number()
    .min(settingLimits.premiumVoteMultiplier.min, 'must be at least 0')
    .max(settingLimits.premiumVoteMultiplier.max, 'must be at most 100'),
  tierStack: z.boolean(),
  championRoleId: id.nullable(),
  championCount: int(settingLimits.championCount),
  championsSince: z.date().nullable(),
  streakProtection: z.boolean(),
  publicPage: z.boolean(),
  voteUrl: z
    .string()
    .superRefine((text, ctx) => {
      const problem = voteUrlProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .nullable(),
  // null: the guild's preferred locale in Discord.
  language: z
    .string()
    .refine((code): boolean => isLanguage(code), `must be one of ${languageCodes.join(', ')}`)
    .nullable(),
} satisfies { [K in keyof GuildConfig]?: z.ZodType };

const settingsSchema = z.object(rules).partial().strict();

export type SettingName = keyof typeof rules;
export type SettingsPatch = z.infer<typeof settingsSchema>;

/** A value a setting does not accept: what the caller shows the admin. */
export class InvalidSetting extends Error {
  override name = 'InvalidSetting';
  constructor(
    readonly setting: string,
    readonly problem: string,
  ) {
    super(`${setting} ${problem}`);
  }
}

/** Checks every value of `patch` against its setting's rule; throws InvalidSetting for the first that fails. */
export function validateSettings(patch: SettingsPatch): SettingsPatch {
  const parsed = settingsSchema.safeParse(patch);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InvalidSetting(String(issue?.path[0] ?? 'settings'), issue?.message ?? 'is not valid');
}

/** The guild's stored settings, or null when it has none (the defaults apply). */
export function loadSettings(db: Db, guildId: string): Promise<GuildConfig | null> {
  return db.guildConfig.findUnique({ where: { guildId } });
}

/** Validates and saves settings of a guild (creating its row with the defaults for the rest). */
export async function saveSettings(db: Db, guildId: string, patch: SettingsPatch): Promise<GuildConfig> {
  const valid = validateSettings(patch);
  return db.guildConfig.upsert({ where: { guildId }, create: { ...valid, guildId }, update: valid });
}

/**
 * What turning a setting off restores, by the name admins use; each entry
 * the values of the columns it owns when off.
 */
export const clearableSettings = {
  role: { rewardRoleId: null, rewardRoleSeconds: null },
  announce: { announceChannelId: null },
  logchannel: { logChannelId: null },
  premiumrole: { premiumRoleId: null },
  milestone: { milestoneEvery: null, milestoneBonus: 0 },
  dmtemplate: { dmTemplate: null },
  announcetemplate: { announceTemplate: null },
  currency: { currencyAmount: 0 },
  champions: { championRoleId: null, championsSince: null },
  protection: { streakProtection: false },
  language: { language: null },
} as const satisfies Record<string, SettingsPatch>;

export type ClearableSetting = keyof typeof clearableSettings;

/**
 * Monthly champions on, by /setup champions or the dashboard. Turned on
 * now (off before: no role, or no date), the first month crowned is this
 * one; a change of role or count keeps the date, so the month in progress
 * is still crowned. Whether the role may be given is the caller's check.
 */
export async function saveChampions(
  db: Db,
  guildId: string,
  choice: { roleId: string; count: number },
  now: Date,
): Promise<GuildConfig> {
  const current = await db.guildConfig.findUnique({
    where: { guildId },
    select: { championsSince: true, championRoleId: true },
  });
  const since = current?.championRoleId && current.championsSince ? current.championsSince : now;
  return saveSettings(db, guildId, {
    championRoleId: choice.roleId,
    championCount: choice.count,
    championsSince: since,
  });
}
