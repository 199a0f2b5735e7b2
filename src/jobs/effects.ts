import type { Db } from '../db/client.js';
import { dmsClosedNow, rememberDmChannel, rememberDmsClosed } from '../db/discord-users.js';
import { type Sql, sqlOf } from '../db/sql.js';
import type { DiscordActions } from '../discord/actions.js';
import { classifyDiscordError, outcomeOfFailure } from '../discord/errors.js';
import { type EffectStatus, effectStatus as S } from '../domain/effects.js';
import type { Logger } from '../log.js';
import { reportMissingPermissions } from './guild-alerts.js';
import type { RoleTarget } from './role-change.js';
import { rememberRefusedRole } from './role-grant.js';

/**
 * The ledger: how one effect is carried out and what is recorded, for
 * every table that holds effects (vote rewards in reward_effect, premium
 * in premium_effect). Delivery guarantees:
 * - a role change is idempotent at Discord: retried until Discord answers,
 *   so it happens exactly once in effect (carried out by role-change.ts);
 * - a message (DM, announcement) is not: it is claimed ('sending') before
 *   the request and sent with a nonce Discord deduplicates. A send with no
 *   answer is repeated with the same nonce inside the nonce window, then
 *   recorded 'unknown' and never sent again: at most once;
 * - currency lives in our database and is done in the plan's transaction;
 * - a payment into UnbelievaBoat is not idempotent and has no nonce: claimed
 *   the same way, never repeated once its outcome is unknown (economy-pay.ts).
 */

/** Thrown to make the queue retry the job later (Discord failed, not us). */
export class RetryLaterError extends Error {
  override name = 'RetryLaterError';
}

/**
 * Discord deduplicates a message create by its nonce for "the past few
 * minutes" (enforce_nonce), without saying how many. A send whose outcome
 * is unknown is repeated only within this much of its first attempt, well
 * inside that window (a resend 90 s after the first is too close to its
 * edge); a job a crashed process left behind runs again within it (30 s
 * expiry, 15 s maintenance interval, see boss.ts).
 */
export const nonceWindowMs = 60_000;

/** One table of the ledger, as the shared code needs it. */
export interface LedgerTable {
  /** Starts every message nonce of this table, so two tables' rows never share one. */
  readonly noncePrefix: 'r' | 'p' | 'l' | 's' | 'g';
  /** Records an outcome; the detail replaces the previous one (none clears it). */
  record(id: bigint, status: EffectStatus, detail?: string): Promise<void>;
  /**
   * planned → sending, stamped `now`, with the text about to be sent (a
   * resend repeats it as is); false when another attempt claimed it first.
   */
  claim(id: bigint, now: Date, content: string): Promise<boolean>;
  /** Called when an effect reached 'done' (metrics). */
  onDone?(kind: string): void;
}

/**
 * A table of effects (reward_effect, premium_effect): its two writes in
 * plain SQL, made for every effect (db/sql.ts). updated_at is the time of
 * the write, as Prisma's @updatedAt sets it; a claim stamps `now`.
 */
function ledgerTable(
  sql: Sql,
  table: 'reward_effect' | 'premium_effect' | 'loyalty_effect' | 'shop_effect' | 'goal_effect',
  noncePrefix: LedgerTable['noncePrefix'],
  onDone?: (kind: string) => void,
): LedgerTable {
  return {
    noncePrefix,
    record: async (id, status, detail) => {
      await sql.run(
        `UPDATE ${table} SET status = $2::effect_status, detail = $3, updated_at = $4 WHERE id = $1`,
        [id, status, detail ?? null, new Date()],
      );
    },
    claim: async (id, now, content) =>
      (await sql.run(
        `UPDATE ${table} SET status = 'sending', updated_at = $2, content = $3 WHERE id = $1 AND status = 'planned'`,
        [id, now, content],
      )) === 1,
    ...(onDone ? { onDone } : {}),
  };
}

export function rewardLedger(db: Db, onDone?: (kind: string) => void): LedgerTable {
  return ledgerTable(sqlOf(db), 'reward_effect', 'r', onDone);
}

export function premiumLedger(db: Db): LedgerTable {
  return ledgerTable(sqlOf(db), 'premium_effect', 'p');
}

/** Tiers and champions (loyalty_effect, jobs/loyalty-effects.ts). */
export function loyaltyLedger(db: Db, onDone?: (kind: string) => void): LedgerTable {
  return ledgerTable(sqlOf(db), 'loyalty_effect', 'l', onDone);
}

export interface LedgerDeps {
  db: Db;
  discord: DiscordActions;
  log: Logger;
  now: () => Date;
  /** How long a user's refused DMs (50007) keep the bot from trying again (DMS_CLOSED_DAYS). */
  dmsClosedForMs?: number;
}

/** What the ledger needs of a row, whichever table it is in. */
export interface EffectRow {
  id: bigint;
  kind: string;
  status: EffectStatus;
  userId: string;
  updatedAt: Date;
}

/**
 * Opens the DM channel with a user and keeps its id: a DM channel never
 * changes, so every later DM to them costs one request instead of two.
 */
async function openDmChannel(deps: LedgerDeps, userId: string): Promise<string> {
  const channelId = await deps.discord.openDm(userId);
  await rememberDmChannel(deps.db, userId, channelId);
  return channelId;
}

/**
 * Where a message goes: a user's DMs, or a channel (pinging only
 * `mention`). A DM sent for a guild (`guildId`) that Discord refuses with
 * 50007 counts as "DMs closed" only when the user is in that guild: Discord
 * refuses DMs to anyone who shares no server with the bot, so a voter who
 * has not joined yet gets the DM when they join (pending_member) instead.
 */
export type MessageTarget =
  | { dm: true; guildId?: string }
  | { channelId: string; mention?: string[]; guildId: string };

/**
 * Sends a message at most once and records its outcome. A row found
 * 'sending' is an earlier attempt that got no answer or died mid-send:
 * within the nonce window the same send is repeated (Discord posts it
 * once); after it, the message is recorded 'unknown' rather than risk a
 * second copy.
 */
export async function sendMessageOnce(
  deps: LedgerDeps,
  table: LedgerTable,
  effect: EffectRow,
  content: string,
  to: MessageTarget,
): Promise<EffectStatus> {
  const now = deps.now();
  const log = deps.log.child({ effectId: effect.id.toString(), effect: effect.kind });
  if (effect.status === S.sending && now.getTime() - effect.updatedAt.getTime() >= nonceWindowMs) {
    log.warn('an earlier send got no answer and the nonce window has passed; not resending (at most once)');
    await table.record(effect.id, S.unknown, 'no answer while sending');
    return S.unknown;
  }
  let channelId: string;
  let storedDmChannel = false;
  if ('dm' in to) {
    const [user = null] = await sqlOf(deps.db).rows<{ dmsClosedAt: Date | null; dmChannelId: string | null }>(
      'SELECT dms_closed_at, dm_channel_id FROM discord_user WHERE user_id = $1',
      [effect.userId],
    );
    if (dmsClosedNow(user, now, deps.dmsClosedForMs)) {
      await table.record(effect.id, S.dmsClosed, 'DMs closed earlier');
      return S.dmsClosed;
    }
    storedDmChannel = Boolean(user?.dmChannelId);
    try {
      // Opening the DM channel is idempotent: done before the send is claimed.
      channelId = user?.dmChannelId ?? (await openDmChannel(deps, effect.userId));
    } catch (err) {
      return recordFailure(deps, table, effect, err, { idempotent: true });
    }
  } else {
    channelId = to.channelId;
  }
  if (effect.status === S.planned && !(await table.claim(effect.id, now, content))) return S.sending;
  const send = (channel: string) =>
    deps.discord.sendMessage(
      channel,
      content,
      'dm' in to ? [] : (to.mention ?? []),
      `${table.noncePrefix}${effect.id}`,
    );
  try {
    try {
      await send(channelId);
    } catch (err) {
      // A stored DM channel Discord no longer knows (10003): nothing was posted; open a new one, once.
      if (!(storedDmChannel && classifyDiscordError(err) === 'unknown_target')) throw err;
      log.info('the stored DM channel is unknown to Discord; opening a new one');
      channelId = await openDmChannel(deps, effect.userId);
      await send(channelId);
    }
  } catch (err) {
    return recordFailure(deps, table, effect, err, {
      idempotent: false,
      ...('dm' in to
        ? to.guildId
          ? { dmForGuild: to.guildId }
          : {}
        : { channel: { guildId: to.guildId, channelId } }),
    });
  }
  await table.record(effect.id, S.done);
  table.onDone?.(effect.kind);
  log.info('message sent');
  return S.done;
}

/**
 * Sorts a failed Discord call (discord/errors.ts) and records it. Worth
 * another try: the row goes back to 'planned' (a message with no answer
 * keeps its claim, to be resent with the same nonce) and RetryLaterError is
 * thrown for the queue to back off. Otherwise the outcome is final: closed
 * DMs are remembered, missing permissions reported to the guild's admins.
 */
export async function recordFailure(
  deps: LedgerDeps,
  table: LedgerTable,
  effect: EffectRow,
  err: unknown,
  how: {
    idempotent: boolean;
    role?: RoleTarget;
    channel?: { guildId: string; channelId: string };
    /** A DM sent for this guild (see MessageTarget). */
    dmForGuild?: string;
  },
): Promise<EffectStatus> {
  const outcome = outcomeOfFailure(err, { idempotent: how.idempotent });
  const log = deps.log.child({ effectId: effect.id.toString(), effect: effect.kind });
  if (outcome.status === 'retry') {
    await table.record(effect.id, S.planned, outcome.detail);
    log.warn({ detail: outcome.detail }, 'Discord call failed; will retry');
    throw new RetryLaterError(outcome.detail);
  }
  if (outcome.status === S.unknown && !how.idempotent) {
    log.warn(
      { detail: outcome.detail },
      'no answer from Discord while sending; will resend with the same nonce',
    );
    throw new RetryLaterError(outcome.detail);
  }
  const status: EffectStatus =
    outcome.status === S.pendingMember && how.role ? how.role.notAMember : outcome.status;
  if (
    status === S.dmsClosed &&
    how.dmForGuild &&
    !(await deps.discord.isMember(how.dmForGuild, effect.userId))
  ) {
    await table.record(effect.id, S.pendingMember, 'not in the server yet: sent when they join');
    log.info('a DM to someone who is not in the server yet waits until they join');
    return S.pendingMember;
  }
  await table.record(effect.id, status, outcome.detail);
  log.warn({ detail: outcome.detail, status }, 'effect not applied');
  if (status === S.dmsClosed) await rememberDmsClosed(deps.db, effect.userId, deps.now());
  if (status === S.missingPermissions) {
    if (how.role) {
      await rememberRefusedRole(deps.db, how.role.guildId, how.role.roleId, deps.now());
      await reportMissingPermissions(deps, how.role.guildId, 'role', how.role.roleId);
    } else if (how.channel)
      await reportMissingPermissions(deps, how.channel.guildId, 'channel', how.channel.channelId);
  }
  return status;
}

/**
 * Runs `apply` for every effect even when some must be retried, so one
 * effect Discord failed does not hold back the others; then throws the
 * last RetryLaterError, if any, for the queue to retry the job.
 */
export async function applyEach<T>(effects: T[], apply: (effect: T) => Promise<unknown>): Promise<void> {
  let retry: RetryLaterError | undefined;
  for (const effect of effects) {
    try {
      await apply(effect);
    } catch (err) {
      if (!(err instanceof RetryLaterError)) throw err;
      retry = err;
    }
  }
  if (retry) throw retry;
}

/** The shop's ledger table (shop_effect, README "Shop"). */
export function shopLedger(db: Db): LedgerTable {
  return ledgerTable(sqlOf(db), 'shop_effect', 's');
}

/** The community goal's ledger table (goal_effect, README "Community goal"). */
export function goalLedger(db: Db): LedgerTable {
  return ledgerTable(sqlOf(db), 'goal_effect', 'g');
}
