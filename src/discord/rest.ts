import { REST, Routes } from 'discord.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { createDiscordActions, type DiscordActions } from './actions.js';
import { createRoleClients, type DiscordState, discordRestOptions } from './client.js';
import { createRouteBuckets } from './route-buckets.js';

export interface DiscordRestConnection {
  actions: DiscordActions;
  state(): DiscordState;
  /** Resolves once Discord accepted the token (never, if it refuses it). */
  ready: Promise<void>;
  destroy(): Promise<void>;
}

/**
 * Discord over REST only, for a worker process that does not hold the
 * gateway (RUN without `gateway`): the jobs need nothing else. The token is
 * checked once with GET /users/@me, retried with backoff while Discord is
 * unreachable; a refused token is not retried. Guild and role names are not
 * cached here (no gateway), so DMs fall back to their generic wording.
 */
export function connectDiscordRest(opts: {
  token: string;
  apiUrl?: string;
  restTimeoutMs?: number;
  log: Logger;
  retryDelayMs?: number;
  /** Counts failed REST calls (rankly_discord_api_errors_total). */
  metrics?: Pick<Metrics, 'discordErrors'>;
}): DiscordRestConnection {
  const log = opts.log.child({ component: 'discord-rest' });
  const buckets = createRouteBuckets();
  const restOptions = discordRestOptions(opts, buckets);
  const rest = new REST(restOptions).setToken(opts.token);
  const roleClients = createRoleClients(restOptions, opts.token);
  let state: DiscordState = 'connecting';
  let retryTimer: NodeJS.Timeout | undefined;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const baseDelay = opts.retryDelayMs ?? 5_000;
  const check = async (attempt: number): Promise<void> => {
    try {
      const user = (await rest.get(Routes.user('@me'))) as { id: string; username: string };
      if (state === 'stopped') return;
      state = 'ready';
      log.info({ userId: user.id }, `Discord accepted the token of ${user.username} (REST only)`);
      markReady();
    } catch (err) {
      if (state === 'stopped') return;
      if ((err as { status?: number }).status === 401) {
        state = 'invalid_token';
        log.error('Discord refused the token (DISCORD_TOKEN): rewards are paused until it is fixed');
        return;
      }
      const delay = Math.min(baseDelay * 2 ** attempt, 300_000);
      log.warn({ err, retryInMs: delay }, 'could not reach Discord; retrying');
      retryTimer = setTimeout(() => void check(attempt + 1), delay);
    }
  };
  void check(0);
  return {
    actions: createDiscordActions(rest, roleClients, {}, buckets),
    state: () => state,
    ready,
    async destroy() {
      state = 'stopped';
      clearTimeout(retryTimer);
      for (const client of [rest, ...roleClients]) {
        client.clearHashSweeper();
        client.clearHandlerSweeper();
      }
    },
  };
}
