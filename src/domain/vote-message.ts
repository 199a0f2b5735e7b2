import { t } from '../messages/index.js';
import { formatDuration } from './duration.js';
import { defaultPolicy } from './reward-policy.js';
import { renderTemplate } from './template.js';

/**
 * What a vote's DM or announcement will say, as facts kept with its ledger
 * row when the vote is planned. The text itself is composed when it is
 * sent, after the role it may mention has an outcome, so it never claims a
 * role that was not given.
 */
export interface VoteMessageFacts {
  /** The admin's own text; null: the default of the catalogue. */
  template: string | null;
  streak: number;
  total: number;
  /** Currency this vote earned, milestone bonus included. */
  currency: number;
  currencyName: string;
  /** The voter's balance after this vote (a bigint, as text). */
  balance: string;
  roleId: string | null;
  roleSeconds: number | null;
  /** When the voter may vote again (ISO). */
  nextVoteAt: string | null;
  /**
   * The guild's chosen language when the vote was planned (/setup language);
   * null or absent (rows planned before): the guild's preferred locale, at send time.
   */
  language?: string | null;
}

/** What became of the vote's role when the message is composed. */
export type RoleOutcome = 'given' | 'follows' | 'not_given' | 'none';

export interface MessageContext {
  userId: string;
  role: RoleOutcome;
  /** The role's name when known (a role mention does not render in DMs). */
  roleName?: string | undefined;
  serverName?: string | undefined;
  /** The reader's language: a DM's or announcement's is the guild's (see guildLanguage). */
  locale?: string | undefined;
}

/** The language a guild's DMs and announcements are in: its /setup language, else its preferred locale in Discord. */
export function guildLanguage(
  chosen: string | null | undefined,
  preferredLocale: string | null | undefined,
): string {
  return chosen ?? preferredLocale ?? 'en';
}

/**
 * The currency's name for `amount`: "coin/coins" gives both forms; a single
 * name is used as given, but for one of an English name ending in "s"
 * ("1 coin", "2 coins"). The default name ("coins", never chosen by an
 * admin) is said in the reader's language ("Münzen", "pièces").
 */
export function currencyNoun(name: string, amount: number | bigint, locale = 'en'): string {
  if (name === defaultPolicy.currencyName) return t('currency.default', { n: amount }, locale);
  const one = new Intl.PluralRules(locale).select(Number(amount)) === 'one';
  const [singular, plural] = name.split('/').map((s) => s.trim());
  if (plural) return one ? (singular as string) : plural;
  if (one && locale.startsWith('en') && name.length > 3 && /[^s]s$/i.test(name)) return name.slice(0, -1);
  return name;
}

/** "25 coins and the **Voter** role for 12 hours", as far as it was given. */
export function describeReward(facts: VoteMessageFacts, ctx: MessageContext): string {
  const locale = ctx.locale ?? 'en';
  const label = ctx.roleName ? `**${ctx.roleName}**` : `<@&${facts.roleId}>`;
  const parts: string[] = [];
  if (facts.currency > 0) {
    parts.push(
      t(
        'reward.currency',
        { amount: facts.currency, currency: currencyNoun(facts.currencyName, facts.currency, locale) },
        locale,
      ),
    );
  }
  if (facts.roleId && ctx.role === 'given') {
    parts.push(
      facts.roleSeconds
        ? t('reward.roleFor', { role: label, duration: formatDuration(facts.roleSeconds, locale) }, locale)
        : t('reward.role', { role: label }, locale),
    );
  }
  const joined =
    parts.length === 2
      ? t('reward.and', { first: parts[0] as string, second: parts[1] as string }, locale)
      : parts[0];
  if (facts.roleId && ctx.role === 'follows') {
    return t(
      'reward.roleFollows',
      { reward: joined ?? t('reward.nothing', {}, locale), role: label },
      locale,
    );
  }
  return joined ?? t('reward.nothing', {}, locale);
}

/** The text of a vote's DM or announcement. */
export function composeVoteMessage(
  kind: 'dm' | 'announcement',
  facts: VoteMessageFacts,
  ctx: MessageContext,
): string {
  const locale = ctx.locale ?? 'en';
  const reward = describeReward(facts, ctx);
  const user = `<@${ctx.userId}>`;
  if (facts.template === null) {
    return t(
      kind === 'dm' ? 'dm.default' : 'announce.default',
      { user, reward, streak: facts.streak, total: facts.total },
      locale,
    );
  }
  const number = new Intl.NumberFormat(locale);
  const nextVote = facts.nextVoteAt ? `<t:${Math.floor(new Date(facts.nextVoteAt).getTime() / 1000)}:R>` : '';
  return renderTemplate(facts.template, {
    user,
    streak: number.format(facts.streak),
    total: number.format(facts.total),
    reward,
    balance: number.format(BigInt(facts.balance)),
    currency: currencyNoun(facts.currencyName, BigInt(facts.balance), locale),
    role: ctx.role === 'given' && facts.roleId ? (ctx.roleName ?? `<@&${facts.roleId}>`) : '',
    server: ctx.serverName ?? t('template.thisServer', {}, locale),
    next_vote: nextVote,
  });
}
