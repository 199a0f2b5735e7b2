import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { exportVotesCsv } from '../../db/vote-export.js';
import { isStatsPeriod } from '../../domain/stats-period.js';
import type { DashboardContext } from '../plugin.js';
import { guildPage } from './guild.js';

/**
 * GET /dashboard/guilds/<id>/export.csv?period=7d|30d|90d|all: the votes
 * as CSV (db/vote-export.ts, the writer of /setup export and the CLI),
 * streamed a batch at a time with backpressure, so any size downloads in
 * constant memory.
 */
export function registerExportRoute(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;
  app.get('/dashboard/guilds/:guildId/export.csv', async (request, reply) => {
    const g = guildPage(request);
    const asked = (request.query as { period?: string }).period;
    const period = isStatsPeriod(asked) ? asked : 'all';
    const now = deps.now();
    const stream = new PassThrough();
    const write = (chunk: string) =>
      stream.destroyed
        ? false
        : stream.write(chunk) ||
          new Promise<boolean>((resolve) => {
            stream.once('drain', () => resolve(true));
            stream.once('close', () => resolve(false));
          });
    exportVotesCsv(deps.db, { guildId: g.guild.id, period, now }, write)
      .then(() => stream.end())
      .catch((err: unknown) => {
        request.log.error({ err, guildId: g.guild.id }, 'dashboard export failed');
        stream.destroy(err as Error);
      });
    const name = `votes-${g.guild.id}-${period}-${now.toISOString().slice(0, 10)}.csv`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(stream);
  });
}
