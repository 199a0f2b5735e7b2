import type { Db } from '../db/client.js';
import { premiumEffectKind as K, openStatuses, effectStatus as S } from '../domain/effects.js';
import { applyEach, type LedgerDeps, type LedgerTable, premiumLedger, sendMessageOnce } from './effects.js';
import { applyRoleChange } from './role-change.js';

type EffectRow = Awaited<ReturnType<Db['premiumEffect']['findMany']>>[number];

export async function hasOpenEffects(db: Db, eventId: bigint): Promise<boolean> {
  return (await db.premiumEffect.count({ where: { eventId, status: { in: [...openStatuses] } } })) > 0;
}

/**
 * Carries out an event's open premium effects through the ledger: roles are
 * retried until Discord confirms; DMs are sent at most once (effects.ts).
 */
export async function applyPremiumEffects(deps: LedgerDeps, eventId: bigint): Promise<void> {
  const effects = await deps.db.premiumEffect.findMany({
    where: { eventId, status: { in: [...openStatuses] } },
    orderBy: { id: 'asc' },
  });
  const table = premiumLedger(deps.db);
  await applyEach(effects, (effect) =>
    effect.kind === K.roleGrant || effect.kind === K.roleRemove
      ? applyRole(deps, table, effect)
      : sendMessageOnce(deps, table, effect, effect.content ?? '', { dm: true }),
  );
}

async function applyRole(deps: LedgerDeps, table: LedgerTable, effect: EffectRow) {
  const guildId = effect.targetId;
  const config = await deps.db.guildConfig.findUnique({
    where: { guildId },
    select: { premiumRoleId: true },
  });
  if (!config?.premiumRoleId) return table.record(effect.id, S.failed, 'no premium role configured');
  const grant = effect.kind === K.roleGrant;
  // Not a member of that guild: nothing to change there (granted on join).
  return applyRoleChange(deps, table, effect, {
    guildId,
    roleId: config.premiumRoleId,
    notAMember: S.notMember,
    change: grant ? 'grant' : 'remove',
    reason: grant ? 'Rankly premium' : 'Rankly premium ended',
  });
}
