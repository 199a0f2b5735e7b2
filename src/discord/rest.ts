import { REST, Routes } from 'discord.js';
import type { DiscordState } from '../contracts.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { createDiscordActions, type DiscordActions } from './actions.js';
import { createRoleClients, discordRestOptions } from './client.js';
import { keepConnecting } from './connecting.js';
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
 * unreachable (see keepConnecting); a refused token is not retried. Guild and role names are not
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
  const connecting = keepConnecting({
    log,
    retryDelayMs: opts.retryDelayMs,
    retrying: 'could not reach Discord; retrying',
    attempt: async () => {
      const user = (await rest.get(Routes.user('@me'))) as { id: string; username: string };
      if (connecting.connected())
        log.info({ userId: user.id }, `Discord accepted the token of ${user.username} (REST only)`);
    },
  });
  connecting.start();
  return {
    actions: createDiscordActions(rest, roleClients, {}, buckets),
    state: connecting.state,
    ready: connecting.ready,
    async destroy() {
      connecting.stop();
      for (const client of [rest, ...roleClients]) {
        client.clearHashSweeper();
        client.clearHandlerSweeper();
      }
    },
  };
}
