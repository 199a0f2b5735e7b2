import type { GuildConfig } from '../db/generated/client.js';
import type { SettingsPatch } from '../db/settings.js';
import { parseDuration } from '../domain/duration.js';
import { policyFrom } from '../domain/reward-policy.js';

/**
 * The settings form as text fields, both ways: what the form shows for the
 * stored settings, and the patch a submitted form asks for. Only the
 * *shape* is checked here (a number is a number); every value's rule is
 * db/settings.ts's, applied when saving, as for /setup.
 */
export type SettingsForm = Record<(typeof fields)[number], string>;

export const fields = [
  'rewardRoleId',
  'rewardRoleDuration',
  'currencyAmount',
  'currencyName',
  'adBlockerPercent',
  'denialPolicy',
  'dmEnabled',
  'dmTemplate',
  'announceChannelId',
  'announceTemplate',
  'logChannelId',
  'streakWindowHours',
  'milestoneEvery',
  'milestoneBonus',
  'voteCooldownHours',
  'premiumRoleId',
  'premiumVoteMultiplier',
  'streakProtection',
  'language',
  'publicPage',
  'voteUrl',
] as const;

/** How the form names a field in a refusal. */
export const fieldLabels: Record<string, string> = {
  rewardRoleId: 'Reward role',
  rewardRoleDuration: 'Role duration',
  rewardRoleSeconds: 'Role duration',
  currencyAmount: 'Currency per vote',
  currencyName: 'Currency name',
  adBlockerPercent: 'Ad-blocker share',
  denialPolicy: 'Other denied votes',
  dmTemplate: 'DM text',
  announceTemplate: 'Announcement text',
  announceChannelId: 'Announcement channel',
  logChannelId: 'Log channel',
  streakWindowHours: 'Streak window',
  milestoneEvery: 'Milestone every',
  milestoneBonus: 'Milestone bonus',
  voteCooldownHours: 'Vote cooldown',
  premiumRoleId: 'Premium role',
  premiumVoteMultiplier: 'Premium multiplier',
  streakProtection: 'Streak protection',
  language: 'Language',
  publicPage: 'Public page',
  voteUrl: 'Vote link',
};

/** 90000 → "1d1h": what the duration field shows, in the form parseDuration reads. */
export function compactDuration(seconds: number): string {
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3_600);
  const m = Math.floor((seconds % 3_600) / 60);
  return `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}` || '1m';
}

export function formFromSettings(config: GuildConfig | null): SettingsForm {
  const p = policyFrom(config);
  return {
    rewardRoleId: p.rewardRoleId ?? '',
    rewardRoleDuration: p.rewardRoleSeconds ? compactDuration(p.rewardRoleSeconds) : '',
    currencyAmount: String(p.currencyAmount),
    currencyName: p.currencyName,
    adBlockerPercent: String(p.adBlockerPercent),
    denialPolicy: p.denialPolicy,
    dmEnabled: p.dmEnabled ? 'on' : '',
    dmTemplate: p.dmTemplate ?? '',
    announceChannelId: p.announceChannelId ?? '',
    announceTemplate: p.announceTemplate ?? '',
    logChannelId: p.logChannelId ?? '',
    streakWindowHours: String(p.streakWindowHours),
    milestoneEvery: p.milestoneEvery === null ? '' : String(p.milestoneEvery),
    milestoneBonus: String(p.milestoneBonus),
    voteCooldownHours: String(p.voteCooldownHours),
    premiumRoleId: config?.premiumRoleId ?? '',
    premiumVoteMultiplier: String(p.premiumVoteMultiplier),
    streakProtection: config?.streakProtection ? 'on' : '',
    language: config?.language ?? '',
    publicPage: config?.publicPage ? 'on' : '',
    voteUrl: config?.voteUrl ?? '',
  };
}

/** The submitted form's fields (anything else ignored; a missing checkbox is unchecked). */
export function readForm(body: unknown): SettingsForm {
  const b = (body ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof b[name] === 'string' ? (b[name] as string) : '');
  return Object.fromEntries(fields.map((f) => [f, text(f)])) as SettingsForm;
}

export type ParsedForm = { patch: SettingsPatch } | { problem: string };

export function patchFromForm(form: SettingsForm): ParsedForm {
  const numbers: Partial<Record<keyof SettingsPatch, number | null>> = {};
  for (const name of [
    'currencyAmount',
    'adBlockerPercent',
    'streakWindowHours',
    'milestoneEvery',
    'milestoneBonus',
    'voteCooldownHours',
    'premiumVoteMultiplier',
  ] as const) {
    const raw = form[name].trim();
    if (raw === '' && name === 'milestoneEvery') {
      numbers[name] = null;
      continue;
    }
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value)) return { problem: `${fieldLabels[name]} must be a number.` };
    numbers[name] = value;
  }
  let seconds: number | null = null;
  if (form.rewardRoleDuration.trim() !== '') {
    const parsed = parseDuration(form.rewardRoleDuration);
    if (!parsed.ok) return { problem: `${fieldLabels.rewardRoleDuration}: ${parsed.problem}` };
    seconds = parsed.seconds;
  }
  const id = (v: string) => (v.trim() === '' ? null : v.trim());
  const template = (v: string) => (v.trim() === '' ? null : v);
  return {
    patch: {
      ...numbers,
      rewardRoleId: id(form.rewardRoleId),
      rewardRoleSeconds: id(form.rewardRoleId) ? seconds : null,
      currencyName: form.currencyName,
      denialPolicy: form.denialPolicy as SettingsPatch['denialPolicy'],
      dmEnabled: form.dmEnabled === 'on',
      dmTemplate: template(form.dmTemplate),
      announceChannelId: id(form.announceChannelId),
      announceTemplate: template(form.announceTemplate),
      logChannelId: id(form.logChannelId),
      premiumRoleId: id(form.premiumRoleId),
      streakProtection: form.streakProtection === 'on',
      // Empty: the server's language in Discord, as /setup language's first choice.
      language: id(form.language),
      publicPage: form.publicPage === 'on',
      voteUrl: id(form.voteUrl),
    } as SettingsPatch,
  };
}
