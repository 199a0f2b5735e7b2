import { DiscordAPIError, HTTPError } from 'discord.js';
import { type EffectStatus, effectStatus as S } from '../domain/effects.js';

/**
 * How a failed Discord call should be handled, in one place (README "How a
 * vote becomes a reward", "When Discord fails"):
 * - unknown_member: the voter is not in the guild; park the reward until they join.
 * - missing_permissions: the bot cannot do it (Manage Roles, role above the bot's);
 *   record and tell the admins, retrying would not help.
 * - dms_closed: the user does not accept DMs from the bot; remember it, never retry.
 * - unknown_target: a configured role or channel no longer exists; record.
 * - transient: Discord said it failed (5xx) or the bot is not connected; retry with backoff.
 * - ambiguous: no answer (timeout, reset): the request may or may not have taken
 *   effect. Safe to retry an idempotent call, never a message send.
 * - rejected: any other 4xx; retrying the same request cannot succeed.
 */
export type DiscordFailure =
  | 'unknown_member'
  | 'missing_permissions'
  | 'dms_closed'
  | 'unknown_target'
  | 'transient'
  | 'ambiguous'
  | 'rejected';

export const DiscordErrorCodes = {
  unknownChannel: 10003,
  unknownGuild: 10004,
  unknownMember: 10007,
  unknownRole: 10011,
  unknownUser: 10013,
  missingAccess: 50001,
  cannotSendToUser: 50007,
  missingPermissions: 50013,
} as const;

const connectPhaseCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

export function classifyDiscordError(error: unknown): DiscordFailure {
  if (error instanceof DiscordAPIError) {
    switch (error.code) {
      case DiscordErrorCodes.unknownMember:
        return 'unknown_member';
      case DiscordErrorCodes.missingPermissions:
      case DiscordErrorCodes.missingAccess:
        return 'missing_permissions';
      case DiscordErrorCodes.cannotSendToUser:
        return 'dms_closed';
      case DiscordErrorCodes.unknownChannel:
      case DiscordErrorCodes.unknownGuild:
      case DiscordErrorCodes.unknownRole:
      case DiscordErrorCodes.unknownUser:
        return 'unknown_target';
    }
    // 401 (token revoked) and 429 that escaped the REST client's own waiting
    // are worth retrying later; other client errors are not.
    return error.status === 401 || error.status === 429 ? 'transient' : 'rejected';
  }
  if (error instanceof HTTPError) {
    // 502/504 come from Discord's proxies: the request may have been carried out.
    if (error.status === 502 || error.status === 504) return 'ambiguous';
    return error.status >= 500 ? 'transient' : 'rejected';
  }
  if (error instanceof DiscordUnavailableError) return 'transient';
  // Failed before a connection existed: nothing reached Discord.
  if (connectPhaseCodes.has(errorCode(error) ?? '')) return 'transient';
  return 'ambiguous';
}

/** Thrown when a job needs Discord and the bot has no connection to it. */
export class DiscordUnavailableError extends Error {
  constructor() {
    super('Discord is not connected');
    this.name = 'DiscordUnavailableError';
  }
}

/** A short, secret-free description of a Discord failure for ledgers and logs. */
export function describeDiscordError(error: unknown): string {
  if (error instanceof DiscordAPIError)
    return `${error.status} ${error.code}: ${error.message}`.slice(0, 500);
  if (error instanceof HTTPError) return `${error.status} ${error.message}`.slice(0, 500);
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
}

/** What became of one Discord effect, in the ledger's words (domain/effects.ts). */
export type EffectOutcome =
  | {
      status: Extract<
        EffectStatus,
        'pending_member' | 'missing_permissions' | 'dms_closed' | 'failed' | 'unknown'
      >;
      detail: string;
    }
  | { status: 'retry'; detail: string };

/**
 * The ledger status for a failed effect. Only `retry` is worth another try;
 * a message send with no answer is `unknown` and never repeated (at most
 * once), while an idempotent call (a role) is retried.
 */
export function outcomeOfFailure(error: unknown, { idempotent }: { idempotent: boolean }): EffectOutcome {
  const detail = describeDiscordError(error);
  switch (classifyDiscordError(error)) {
    case 'unknown_member':
      return { status: S.pendingMember, detail };
    case 'dms_closed':
      return { status: S.dmsClosed, detail };
    case 'missing_permissions':
      return { status: S.missingPermissions, detail };
    case 'unknown_target':
    case 'rejected':
      return { status: S.failed, detail };
    case 'ambiguous':
      return idempotent ? { status: 'retry', detail } : { status: S.unknown, detail };
    case 'transient':
      return { status: 'retry', detail };
  }
}
