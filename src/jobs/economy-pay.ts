import type { Db } from '../db/client.js';
import { type EffectStatus, effectStatus as S } from '../domain/effects.js';
import { addToBalance, type EconomyAnswer, type EconomySettings } from '../economy/unbelievaboat.js';
import type { Logger } from '../log.js';
import { decryptSecret, UndecryptableSecret } from '../secrets.js';
import { type EffectRow, type LedgerTable, RetryLaterError } from './effects.js';

export type { EconomySettings };

export interface EconomyDeps {
  db: Db;
  log: Logger;
  now: () => Date;
  economy?: EconomySettings;
}

/** What an economy row keeps in `facts`: where it was to be paid, chosen when planned. */
export interface EconomyFacts {
  balance: 'cash' | 'bank';
}

/**
 * Pays one economy row into UnbelievaBoat, at most once. The PATCH adds to
 * a balance: sending it twice pays twice, and UnbelievaBoat has no
 * idempotency key. So, as for a DM without a nonce: the row is claimed
 * ('sending') before the request, and a row found 'sending' is an earlier
 * attempt whose outcome nobody saw (an answer lost, a crash mid-call): it
 * is recorded 'unknown' and never sent again. Only an answer that proves
 * nothing happened (unbelievaboat.ts: refused connection, 429, 502/503)
 * puts the row back to 'planned' for another try.
 */
export async function payEconomyOnce(
  deps: EconomyDeps,
  table: LedgerTable,
  effect: EffectRow & { guildId: string; amount: number | null; facts: unknown },
): Promise<EffectStatus> {
  const log = deps.log.child({ effectId: effect.id.toString(), effect: effect.kind });
  if (effect.status === S.sending) {
    log.warn('an earlier payment got no answer; not paying again (at most once)');
    await table.record(
      effect.id,
      S.unknown,
      'no answer while paying: not paid again, check in UnbelievaBoat',
    );
    return S.unknown;
  }
  const fail = async (detail: string) => {
    await table.record(effect.id, S.failed, detail);
    log.warn({ detail }, 'economy payment not made');
    return S.failed;
  };
  const config = await deps.db.guildConfig.findUnique({ where: { guildId: effect.guildId } });
  if (!config?.economyToken) return fail('the economy was turned off before it was paid');
  if (!deps.economy?.key) return fail('ENCRYPTION_KEY is not set on the bot: the token cannot be read');
  let token: string;
  try {
    token = decryptSecret(deps.economy.key, config.economyToken);
  } catch (err) {
    if (!(err instanceof UndecryptableSecret)) throw err;
    return fail('the stored token does not decrypt with this ENCRYPTION_KEY: run /setup economy again');
  }
  const balance = (effect.facts as Partial<EconomyFacts> | null)?.balance ?? 'cash';
  const amount = effect.amount ?? 0;
  const change = { balance, amount, reason: 'Rankly vote reward' } as const;
  for (let waited = false; ; waited = true) {
    if (!(await table.claim(effect.id, deps.now(), JSON.stringify(change)))) return S.sending;
    const answer: EconomyAnswer = await addToBalance(
      deps.economy.apiUrl,
      token,
      effect.guildId,
      effect.userId,
      change,
    );
    if (answer.kind === 'ok') {
      await table.record(effect.id, S.done, `paid into ${balance}`);
      table.onDone?.(effect.kind);
      log.info({ balance, amount }, 'paid into UnbelievaBoat');
      return S.done;
    }
    if (answer.kind === 'unknown') {
      await table.record(effect.id, S.unknown, `${answer.detail}: not paid again, check in UnbelievaBoat`);
      log.warn({ detail: answer.detail }, 'economy payment outcome unknown: not repeated (at most once)');
      return S.unknown;
    }
    if (answer.kind === 'refused') return fail(answer.detail);
    // Surely not applied: back to planned, for this job or its retry.
    await table.record(effect.id, S.planned, answer.detail);
    const wait = answer.retryAfterMs;
    if (!waited && wait !== undefined && wait <= (deps.economy.maxInlineWaitMs ?? 10_000)) {
      log.info({ retryAfterMs: wait }, 'UnbelievaBoat asked to wait; paying after it');
      await new Promise((r) => setTimeout(r, Math.max(0, wait)));
      continue;
    }
    log.warn({ detail: answer.detail }, 'economy payment not sent; will retry');
    throw new RetryLaterError(answer.detail);
  }
}
