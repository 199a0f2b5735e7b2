import type { Db } from '../db/client.js';
import type { DiscordActions } from '../discord/actions.js';
import { type EffectStatus, effectStatus as S } from '../domain/effects.js';
import { addToBalance, type EconomyAnswer, type EconomySettings } from '../economy/unbelievaboat.js';
import type { Logger } from '../log.js';
import { decryptSecret, UndecryptableSecret } from '../secrets.js';
import { type EffectRow, type LedgerTable, RetryLaterError } from './effects.js';
import { reportEconomyRefused, reportEconomyUnknown } from './guild-alerts.js';

export type { EconomySettings };

export interface EconomyDeps {
  db: Db;
  /** To tell the guild's admins in its log channel (guild-alerts.ts). */
  discord: DiscordActions;
  log: Logger;
  now: () => Date;
  economy?: EconomySettings;
}

/**
 * A 429 asking for at most this long is waited out in the job. Two calls
 * (10 s timeout each) and this wait stay inside vote.reward's 30 s expiry,
 * so the queue never starts a second attempt while one is still calling.
 */
const defaultMaxInlineWaitMs = 5_000;

/** What an economy row keeps in `facts`: where it was to be paid, chosen when planned. */
export interface EconomyFacts {
  balance: 'cash' | 'bank';
  /** UnbelievaBoat's 429 asked not to be called before then (ISO 8601): a retry before it waits again. */
  notBefore?: string;
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
  const facts = (effect.facts ?? {}) as Partial<EconomyFacts>;
  const balance = facts.balance ?? 'cash';
  const amount = effect.amount ?? 0;
  const unknown = async (detail: string) => {
    await table.record(effect.id, S.unknown, `${detail}: not paid again, check in UnbelievaBoat`);
    log.warn({ detail }, 'economy payment outcome unknown: not repeated (at most once)');
    await reportEconomyUnknown(deps, effect.guildId, { userId: effect.userId, amount, balance });
    return S.unknown;
  };
  // An earlier attempt claimed it and nobody saw its outcome (an answer lost, a crash mid-call).
  if (effect.status === S.sending) return unknown('no answer while paying (an earlier attempt)');
  const fail = async (detail: string, tellAdmins = true) => {
    await table.record(effect.id, S.failed, detail);
    log.warn({ detail }, 'economy payment not made');
    if (tellAdmins) await reportEconomyRefused(deps, effect.guildId, detail);
    return S.failed;
  };
  // A retry the queue started before UnbelievaBoat's retry_after passed: not called, tried again later.
  if (facts.notBefore && new Date(facts.notBefore) > deps.now())
    throw new RetryLaterError(`rate limited by UnbelievaBoat until ${facts.notBefore}`);
  const config = await deps.db.guildConfig.findUnique({ where: { guildId: effect.guildId } });
  if (!config?.economyToken) return fail('the economy was turned off before it was paid', false);
  if (!deps.economy?.key) return fail('ENCRYPTION_KEY is not set on the bot: the token cannot be read');
  let token: string;
  try {
    token = decryptSecret(deps.economy.key, config.economyToken);
  } catch (err) {
    if (!(err instanceof UndecryptableSecret)) throw err;
    return fail('the stored token does not decrypt with this ENCRYPTION_KEY: run /setup economy again');
  }
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
    if (answer.kind === 'unknown') return unknown(answer.detail);
    if (answer.kind === 'refused') return fail(answer.detail);
    // Surely not applied: back to planned, for this job or its retry.
    await table.record(effect.id, S.planned, answer.detail);
    const wait = answer.retryAfterMs;
    if (!waited && wait !== undefined && wait <= (deps.economy.maxInlineWaitMs ?? defaultMaxInlineWaitMs)) {
      log.info({ retryAfterMs: wait }, 'UnbelievaBoat asked to wait; paying after it');
      await new Promise((r) => setTimeout(r, Math.max(0, wait)));
      continue;
    }
    if (wait !== undefined) {
      const notBefore = new Date(deps.now().getTime() + wait).toISOString();
      await deps.db.rewardEffect.update({
        where: { id: effect.id },
        data: { facts: { ...facts, balance, notBefore } satisfies EconomyFacts },
      });
    }
    log.warn({ detail: answer.detail, retryAfterMs: wait }, 'economy payment not sent; will retry');
    throw new RetryLaterError(answer.detail);
  }
}
