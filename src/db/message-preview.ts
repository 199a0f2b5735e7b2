import { policyFrom } from '../domain/reward-policy.js';
import type { VoteMessageFacts } from '../domain/vote-message.js';
import type { Db } from './client.js';

/**
 * The facts a DM or announcement of this member's next vote would be
 * composed from, under the guild's current settings: what /setup shows as
 * a preview, with the admin's own numbers.
 */
export async function previewFacts(
  db: Db,
  guildId: string,
  userId: string,
  template: string | null,
  now: Date,
): Promise<VoteMessageFacts> {
  const [config, member] = await Promise.all([
    db.guildConfig.findUnique({ where: { guildId } }),
    db.member.findUnique({ where: { guildId_userId: { guildId, userId } } }),
  ]);
  const policy = policyFrom(config);
  return {
    template,
    streak: (member?.currentStreak ?? 0) + 1,
    total: (member?.totalVotes ?? 0) + 1,
    currency: policy.currencyAmount,
    currencyName: policy.currencyName,
    balance: ((member?.balance ?? 0n) + BigInt(policy.currencyAmount)).toString(),
    roleId: policy.rewardRoleId,
    roleSeconds: policy.rewardRoleId ? policy.rewardRoleSeconds : null,
    nextVoteAt: new Date(now.getTime() + policy.voteCooldownHours * 3_600_000).toISOString(),
    language: policy.language,
  };
}
