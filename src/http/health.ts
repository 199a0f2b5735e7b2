import type { FastifyInstance } from 'fastify';
import type { ProcessRole } from '../config.js';
import type { DiscordStatus } from '../contracts.js';

export interface HealthDeps {
  /** What this process runs (RUN); /readyz names them. */
  roles: readonly ProcessRole[];
  checkDatabase(): Promise<boolean>;
  queueRunning(): boolean;
  /** Undefined when this process does not talk to Discord (web only). */
  discordStatus(): DiscordStatus | undefined;
  shuttingDown(): boolean;
}

/**
 * /healthz: the process is alive (for restarts). /readyz: it can do its job
 * (for load balancers): database reachable, queue running, and Discord
 * connected when this process uses it (gateway or worker), unless the bot
 * runs as a listener only. Parts this process does not run are not checked.
 */
export function registerHealthRoutes(app: FastifyInstance, deps: HealthDeps): void {
  app.get('/healthz', async () => ({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }));

  app.get('/readyz', async (_request, reply) => {
    const database = (await deps.checkDatabase()) ? 'ok' : 'unreachable';
    const queue = deps.queueRunning() ? 'running' : 'stopped';
    const discord = deps.discordStatus();
    const shuttingDown = deps.shuttingDown();
    const ready =
      !shuttingDown &&
      database === 'ok' &&
      queue === 'running' &&
      (discord === undefined || discord === 'ready' || discord === 'listener-only');
    return reply.code(ready ? 200 : 503).send({
      ready,
      roles: deps.roles,
      checks: { database, queue, ...(discord === undefined ? {} : { discord }) },
      shuttingDown,
    });
  });
}
