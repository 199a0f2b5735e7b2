/**
 * The REST routes the bot uses, answered from the fake's state with Discord's status codes and
 * error codes. Routes match the path without `/api/v10` and without the query string.
 */
import type { Ctx, Handler, Params, Reply } from './http.js';
import { apiError, reply } from './http.js';
import { interactionRoutes } from './interactions.js';
import {
  application,
  channelObject,
  guildObject,
  guildRoles,
  memberObject,
  messageObject,
  userObject,
} from './payloads.js';
import {
  botCanManage,
  botTopPosition,
  channelPermissions,
  SEND_MESSAGES,
  VIEW_CHANNEL,
} from './permissions.js';
import { APPLICATION_ID, BOT_USER, BOT_USER_ID, findChannel, type Guild, type State } from './state.js';
import type { FakeDiscord } from './types.js';
import { isObj, snowflake } from './util.js';

/** Methods ('GET', or several as 'GET|PUT'), the path, and its handler. */
export type Route = [string, RegExp, Handler];

/** `dispatch` sends the gateway events a change causes (GUILD_MEMBER_UPDATE after a role change). */
export function createRoutes(state: State, dispatch: FakeDiscord['dispatch']): Route[] {
  const withGuild =
    (fn: (g: Guild, p: Params, ctx: Ctx) => Reply): Handler =>
    (p, ctx) => {
      const g = state.guilds.get(p[0]);
      return g ? fn(g, p, ctx) : apiError(404, 10004);
    };
  const changeRole: Handler = withGuild((g, p, ctx) => {
    const member = g.members.get(p[1]);
    if (!member) return apiError(404, 10007);
    const role = g.roles.get(p[2]);
    if (!role) return apiError(404, 10011);
    if (!botCanManage(g) || role.position >= botTopPosition(g) || role.managed) return apiError(403, 50013);
    const had = member.roles.has(role.id);
    if (ctx.method === 'PUT') member.roles.add(role.id);
    else member.roles.delete(role.id);
    // Discord only emits GUILD_MEMBER_UPDATE when something actually changed.
    if (had !== member.roles.has(role.id))
      dispatch('GUILD_MEMBER_UPDATE', { guild_id: g.id, ...memberObject(member) }, g.id);
    return reply(204);
  });
  const commandsRoute: Handler = (p, ctx) => {
    const guildId = p[1] || undefined;
    if (guildId && !state.guilds.has(guildId)) return apiError(404, 10004);
    const scope = guildId ?? 'global';
    if (ctx.method === 'GET') return reply(200, state.commands.get(scope) ?? []);
    if (!Array.isArray(ctx.body)) return apiError(400, 50035);
    const previous = state.commands.get(scope) ?? [];
    const stored = ctx.body.filter(isObj).map((c) => ({
      type: 1,
      description: '',
      options: [],
      default_member_permissions: null,
      nsfw: false,
      ...c,
      // Discord keeps ids stable for commands that are overwritten by name.
      id: previous.find((p) => p.name === c.name)?.id ?? snowflake(),
      application_id: APPLICATION_ID,
      version: snowflake(),
      ...(guildId ? { guild_id: guildId } : {}),
    }));
    state.commands.set(scope, stored);
    return reply(200, stored);
  };
  return [
    ['GET', /^\/users\/@me$/, () => reply(200, BOT_USER)],
    ['GET', /^\/users\/(\d+)$/, (p) => reply(200, p[0] === BOT_USER_ID ? BOT_USER : userObject(p[0]))],
    [
      'GET',
      /^\/gateway\/bot$/,
      () =>
        reply(200, {
          url: state.wsUrl,
          shards: state.recommendedShards,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        }),
    ],
    ['GET', /^\/gateway$/, () => reply(200, { url: state.wsUrl })],
    ['GET', /^\/(?:oauth2\/)?applications\/@me$/, () => reply(200, application())],
    ['GET', /^\/guilds\/(\d+)$/, withGuild((g) => reply(200, guildObject(g)))],
    ['GET', /^\/guilds\/(\d+)\/roles$/, withGuild((g) => reply(200, guildRoles(g)))],
    [
      'GET',
      /^\/guilds\/(\d+)\/channels$/,
      withGuild((g) =>
        reply(
          200,
          g.channels.map((c, i) => channelObject(g, c, i)),
        ),
      ),
    ],
    [
      'GET',
      /^\/guilds\/(\d+)\/members\/(\d+)$/,
      withGuild((g, p) => {
        const member = g.members.get(p[1]);
        return member ? reply(200, memberObject(member)) : apiError(404, 10007);
      }),
    ],
    ['PUT', /^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/, changeRole],
    ['DELETE', /^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/, changeRole],
    [
      'POST',
      /^\/users\/@me\/channels$/,
      (_p, { body }) => {
        const recipient = isObj(body) ? body.recipient_id : undefined;
        if (typeof recipient !== 'string' || !/^\d+$/.test(recipient)) return apiError(400, 50035);
        let id = state.dmChannels.get(recipient);
        if (!id) {
          id = snowflake();
          state.dmChannels.set(recipient, id);
        }
        return reply(200, {
          id,
          type: 1,
          last_message_id: null,
          flags: 0,
          recipients: [userObject(recipient)],
        });
      },
    ],
    [
      'GET',
      /^\/channels\/(\d+)$/,
      (p) => {
        const c = findChannel(state, p[0]);
        if (!c) return apiError(404, 10003);
        if ('dmUser' in c)
          return reply(200, {
            id: p[0],
            type: 1,
            last_message_id: null,
            flags: 0,
            recipients: [userObject(c.dmUser)],
          });
        return reply(200, channelObject(c.guild, p[0], c.index));
      },
    ],
    [
      'POST',
      /^\/channels\/(\d+)\/messages$/,
      (p, { body }) => {
        const c = findChannel(state, p[0]);
        if (!c) return apiError(404, 10003);
        if ('dmUser' in c && state.closedDms.has(c.dmUser)) return apiError(403, 50007);
        // Like Discord: no DMs to a user who shares no server with the bot.
        if ('dmUser' in c && ![...state.guilds.values()].some((g) => g.members.has(c.dmUser)))
          return apiError(403, 50007);
        if ('guild' in c) {
          const perms = channelPermissions(c.guild, BOT_USER_ID, p[0]);
          if (!(perms & VIEW_CHANNEL)) return apiError(403, 50001);
          if (!(perms & SEND_MESSAGES)) return apiError(403, 50013);
        }
        // Like Discord: with enforce_nonce, a create whose nonce was seen in
        // the last minutes returns the earlier message and posts nothing.
        const nonce = isObj(body) && body.enforce_nonce === true ? body.nonce : undefined;
        const nonceKey =
          typeof nonce === 'string' || typeof nonce === 'number' ? `${p[0]}:${nonce}` : undefined;
        const earlier = nonceKey ? state.sentByNonce.get(nonceKey) : undefined;
        if (earlier) return { ...reply(200, earlier), replayed: true };
        const message = messageObject(state.baseUrl, p[0], body);
        if (nonceKey) state.sentByNonce.set(nonceKey, message);
        return reply(200, message);
      },
    ],
    ...interactionRoutes(state),
    ['GET|PUT', /^\/applications\/(\d+)\/commands$/, commandsRoute],
    ['GET|PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, commandsRoute],
  ];
}
