import { rewardEffectKind, effectStatus as S } from '../domain/effects.js';
import { encryptSecret } from '../secrets.js';
import type { Db } from './client.js';

/**
 * A guild's outside economy (README "Economy"): the one place that stores
 * its token (encrypted, never readable back through here) and tells how its
 * payments stand, for /setup economy and /setup status.
 */
export type EconomyBalance = 'cash' | 'bank';
export type EconomyMode = 'instead' | 'also';

export async function saveEconomy(
  db: Db,
  guildId: string,
  key: Buffer,
  choice: { token: string; balance: EconomyBalance; mode: EconomyMode },
): Promise<void> {
  const data = {
    economyToken: encryptSecret(key, choice.token),
    economyBalance: choice.balance,
    economyMode: choice.mode,
  };
  await db.guildConfig.upsert({ where: { guildId }, create: { guildId, ...data }, update: data });
}

/** Turns the economy off: the token is deleted; votes go back to the built-in balance. */
export async function clearEconomy(db: Db, guildId: string): Promise<boolean> {
  const { count } = await db.guildConfig.updateMany({
    where: { guildId, economyToken: { not: null } },
    data: { economyToken: null },
  });
  return count > 0;
}

/** The guild's economy payments by outcome, and the last one not paid. */
export async function economyPayments(db: Db, guildId: string) {
  const counts = await db.rewardEffect.groupBy({
    by: ['status'],
    where: { guildId, kind: rewardEffectKind.economy },
    _count: { _all: true },
  });
  const of = (...statuses: string[]) =>
    counts.filter((c) => statuses.includes(c.status)).reduce((n, c) => n + c._count._all, 0);
  const last = await db.rewardEffect.findFirst({
    where: { guildId, kind: rewardEffectKind.economy, status: { in: [S.failed, S.unknown] } },
    orderBy: { updatedAt: 'desc' },
    select: { detail: true, status: true },
  });
  return {
    paid: of(S.done),
    pending: of(S.planned, S.sending),
    failed: of(S.failed),
    unknown: of(S.unknown),
    lastProblem: last?.detail ?? last?.status ?? null,
  };
}
