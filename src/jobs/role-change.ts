import { type EffectStatus, effectStatus as S } from '../domain/effects.js';
import { type EffectRow, type LedgerDeps, type LedgerTable, recordFailure } from './effects.js';
import { grantRewardRole, refusedLately } from './role-grant.js';

/** Where a role effect's failure is reported, and what an unknown member means for it. */
export interface RoleTarget {
  guildId: string;
  roleId: string;
  /** pending_member (a vote reward waits for the member) or not_member (nothing to do there). */
  notAMember: EffectStatus;
}

/**
 * Carries out a role change and records its outcome: 'done', 'refused'
 * (the role fails the reward role rule; no call made), or the sorted
 * Discord failure. Throws RetryLaterError when worth another try.
 */
export async function applyRoleChange(
  deps: LedgerDeps,
  table: LedgerTable,
  effect: EffectRow,
  target: RoleTarget & { change: 'grant' | 'remove'; reason: string },
): Promise<EffectStatus> {
  const { guildId, roleId } = target;
  try {
    if (target.change === 'grant' && (await refusedLately(deps.db, guildId, roleId))) {
      const detail =
        'not asked: Discord refused this role less than 10 minutes ago (50013); fix it, then /setup replay';
      await table.record(effect.id, S.missingPermissions, detail);
      return S.missingPermissions;
    }
    if (target.change === 'grant') {
      const refusal = await grantRewardRole(deps, {
        guildId,
        userId: effect.userId,
        roleId,
        reason: target.reason,
      });
      if (refusal) {
        await table.record(effect.id, S.refused, refusal);
        return S.refused;
      }
    } else {
      await deps.discord.removeRole(guildId, effect.userId, roleId, target.reason);
    }
  } catch (err) {
    return recordFailure(deps, table, effect, err, { idempotent: true, role: target });
  }
  await table.record(effect.id, S.done);
  table.onDone?.(effect.kind);
  return S.done;
}
