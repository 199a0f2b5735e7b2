import type { Db } from '../db/client.js';
import { type EconomyBalance, type EconomyMode, saveEconomy } from '../db/economy.js';
import type { Logger } from '../log.js';
import { t } from '../messages/index.js';
import { type EconomySettings, getBalance } from './unbelievaboat.js';

/** Where an admin authorizes an UnbelievaBoat application for a server. */
export const applicationsUrl = 'https://unbelievaboat.com/applications';

/** /setup economy defers its reply first, so the token check may take longer than Discord's 3 s. */
const checkTimeoutMs = 8_000;

export interface EconomyChoice {
  token: string | undefined;
  balance: EconomyBalance;
  mode: EconomyMode;
}

export type ConnectEconomyResult = { ok: true } | { ok: false; problem: string };

/**
 * Turns a guild's UnbelievaBoat payments on, for /setup economy and the
 * dashboard's Integrations page alike, so both refuse the same tokens with
 * the same sentence: the bot needs its ENCRYPTION_KEY, then a token, then
 * UnbelievaBoat must accept that token for this guild (a balance read, as
 * `userId`), and only then is it saved, encrypted. A refusal saves nothing
 * and never repeats the token. `beforeCheck` runs just before
 * UnbelievaBoat is asked (the command defers its reply there).
 */
export async function connectEconomy(
  deps: { db: Db; log: Logger; economy?: EconomySettings | undefined },
  guildId: string,
  userId: string,
  choice: EconomyChoice,
  opts: { locale?: string; beforeCheck?: () => Promise<unknown> } = {},
): Promise<ConnectEconomyResult> {
  const { locale } = opts;
  const key = deps.economy?.key;
  if (!deps.economy || !key) return { ok: false, problem: t('economy.noKey', {}, locale) };
  const token = choice.token?.trim();
  if (!token) return { ok: false, problem: t('economy.needToken', { url: applicationsUrl }, locale) };
  await opts.beforeCheck?.();
  const check = await getBalance(deps.economy.apiUrl, token, guildId, userId, checkTimeoutMs);
  if (check.kind !== 'ok') {
    const problem =
      check.kind === 'refused' && check.status === 401
        ? t('economy.refused401', { url: applicationsUrl }, locale)
        : check.kind === 'refused' && check.status === 403
          ? t('economy.refused403', { url: applicationsUrl }, locale)
          : t('economy.checkFailed', { detail: check.detail }, locale);
    return { ok: false, problem };
  }
  const { balance, mode } = choice;
  await saveEconomy(deps.db, guildId, key, { token, balance, mode });
  deps.log.info({ guildId, balance, mode }, 'UnbelievaBoat economy set');
  return { ok: true };
}
