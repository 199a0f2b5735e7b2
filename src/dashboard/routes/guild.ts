import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isSnowflake } from '../../domain/snowflake.js';
import type { GuildFacts } from '../guild-access.js';
import { discordText, type Html } from '../html.js';
import { type Frame, type GuildSection, problemPage } from '../pages/layout.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { dashboardRoleProblem } from '../role-rules.js';
import type { Session } from '../sessions.js';
import { registerExportRoute } from './guild-export.js';
import { registerIntegrationsRoutes } from './guild-integrations.js';
import { registerLoyaltyRoutes } from './guild-loyalty.js';
import { registerRewardsRoutes } from './guild-rewards.js';
import { registerSettingsRoutes } from './guild-settings.js';
import { registerStatsRoutes } from './guild-stats.js';
import { registerStatusRoute } from './guild-status.js';
import { registerVotesRoute } from './guild-votes.js';
import { registerWebhookRoutes } from './guild-webhook.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The guild of a /dashboard/guilds/<id> request, once its user was allowed in. */
    dashboardGuild: GuildFacts | null;
  }
}

/** What a guild page has: the user, the guild as Discord says it is now, and its frame. */
export interface GuildPage {
  session: Session;
  guild: GuildFacts;
  frame(section: GuildSection, title: string): Frame;
  /** Shared Discord-flavoured text (checklist, refusals) as HTML, mentions by name. */
  text(message: string): Html;
  /** The same text as plain words, for a table cell or an option: mentions by name, no bold. */
  plain(message: string): string;
  /** Why each of the guild's roles cannot be given by the bot (the /setup role rule), or null. */
  roleProblems(): Map<string, string | null>;
}

/** A posted form's field as text; '' when it is missing or not a string (a forged form). */
export function formField(body: unknown, name: string): string {
  const v = ((body ?? {}) as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : '';
}

export function guildPage(request: FastifyRequest): GuildPage {
  const session = request.dashboardSession as Session;
  const guild = request.dashboardGuild as GuildFacts;
  return {
    session,
    guild,
    frame: (section, title) => ({ title, user: session, guild: { id: guild.id, name: guild.name, section } }),
    text: (message) =>
      discordText(message, {
        role: (id) => guild.roles.get(id)?.name ?? 'deleted-role',
        channel: (id) => guild.channels.find((c) => c.id === id)?.name ?? 'deleted-channel',
      }),
    plain: (message) =>
      message
        .replace(/<@&(\d+)>/g, (_, id: string) => `@${guild.roles.get(id)?.name ?? 'deleted-role'}`)
        .replace(/\*\*/g, ''),
    roleProblems: () =>
      new Map([...guild.roles.keys()].map((id) => [id, dashboardRoleProblem(guild, id, false)] as const)),
  };
}

/**
 * Every /dashboard/guilds/<id>/... request: signed in, and allowed in that
 * guild now. The check asks Discord (the bot's view of the member's roles,
 * kept 30 s; afresh for every POST) by the same rule as /setup: Manage
 * Server, and Manage Roles as well to choose a role (guild-settings.ts).
 * The guild id in the URL is all that names the guild, so editing it
 * leads to another check, never to another guild's data.
 */
export function registerGuildRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  app.register(async (scope) => {
    scope.decorateRequest('dashboardGuild', null);
    scope.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      const session = request.dashboardSession;
      if (!session) return reply.redirect('/dashboard', 303);
      const guildId = (request.params as { guildId?: string }).guildId ?? '';
      const frame = { title: 'Not allowed', user: session };
      if (!isSnowflake(guildId))
        return sendPage(reply, problemPage(frame, 'Not found', 'There is no such server.'), 404);
      // A change asks Discord afresh; a live preview (saving nothing) may use the 30 s answer.
      const changes = request.method === 'POST' && !request.url.endsWith('/settings/preview');
      const access = await ctx.deps.guildAccess.check(guildId, session.userId, 'settings', {
        fresh: changes,
      });
      if (!access.ok) {
        request.log.warn(
          { guildId, userId: session.userId, status: access.status },
          'dashboard guild refused',
        );
        return sendPage(
          reply,
          problemPage(
            frame,
            access.status === 404 ? 'Not found' : 'Not allowed',
            discordText(access.problem, {
              role: () => 'role',
              channel: () => 'channel',
            }),
          ),
          access.status,
        );
      }
      request.dashboardGuild = access.guild;
    });
    registerStatusRoute(scope, ctx);
    registerSettingsRoutes(scope, ctx);
    registerLoyaltyRoutes(scope, ctx);
    registerWebhookRoutes(scope, ctx);
    registerIntegrationsRoutes(scope, ctx);
    registerVotesRoute(scope, ctx);
    registerRewardsRoutes(scope, ctx);
    registerExportRoute(scope, ctx);
    registerStatsRoutes(scope, ctx);
  });
}
