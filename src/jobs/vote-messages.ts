import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import { type EffectStatus, rewardEffectKind as K, effectStatus as S } from '../domain/effects.js';
import {
  composeVoteMessage,
  guildLanguage,
  type RoleOutcome,
  type VoteMessageFacts,
} from '../domain/vote-message.js';

type EffectRow = Awaited<ReturnType<Db['rewardEffect']['findMany']>>[number];

/** What a message may say of the vote's role, from the role effect's status. */
export function roleOutcome(status: EffectStatus | undefined): RoleOutcome {
  if (status === undefined) return 'none';
  if (status === S.done) return 'given';
  return status === S.pendingMember ? 'follows' : 'not_given';
}

/** The text to send: a claimed message's own (a resend repeats it), else composed from its facts. */
export function composeContent(
  deps: { discord: DiscordActions },
  effect: EffectRow,
  role: RoleOutcome,
): string {
  if (effect.status === S.sending && effect.content !== null) return effect.content;
  // Planned before messages were composed at send time: its text was rendered then.
  if (!effect.facts) return effect.content ?? '';
  const facts = effect.facts as unknown as VoteMessageFacts;
  return composeVoteMessage(effect.kind === K.dm ? 'dm' : 'announcement', facts, {
    userId: effect.userId,
    role,
    roleName: facts.roleId ? deps.discord.roleName?.(effect.guildId, facts.roleId) : undefined,
    serverName: deps.discord.guildName?.(effect.guildId),
    // The guild's language, never the voter's: an announcement is read by everyone.
    locale: guildLanguage(facts.language, deps.discord.guildLocale?.(effect.guildId)),
  });
}
