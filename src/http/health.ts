import type { FastifyInstance } from 'fastify';

export type DiscordStatus = 'ready' | 'listener-only' | 'connecting' | 'invalid_token' | 'stopped';

export interface HealthDeps {
  checkDatabase(): Promise<boolean>;
  queueRunning(): boolean;
  discordStatus(): DiscordStatus;
  shuttingDown(): boolean;
}

/**
 * /healthz: the process is alive (for restarts). /readyz: it can do its job
 * (for load balancers): database reachable, queue running, and Discord
 * connected unless the bot runs as a listener only.
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
      (discord === 'ready' || discord === 'listener-only');
    return reply.code(ready ? 200 : 503).send({ ready, checks: { database, queue, discord }, shuttingDown });
  });
}
