/**
 * Interactions as Discord runs them: what an INTERACTION_CREATE issues (a
 * token, the message `@original` names), the callback endpoint and the
 * interaction webhook (follow-ups, `@original` edits), with Discord's rules:
 * - one callback per interaction (40060 for a second one);
 * - a token works for 15 minutes (callbacks then 10062, webhook calls 50027);
 * - update-message callbacks (6, 7) only for a component or a modal submit;
 *   a modal (9) only in answer to a command or a component, not to a modal submit (type 5);
 * - `@original` of a component interaction is the message the component is on.
 */
import type { Handler, Reply } from './http.js';
import { apiError, reply } from './http.js';
import { messageObject } from './payloads.js';
import type { Route } from './routes.js';
import { APPLICATION_ID, fakeNow, type Interaction, interaction, type State } from './state.js';
import type { Json } from './types.js';
import { isObj } from './util.js';

const TOKEN_LIFETIME_MS = 15 * 60_000;
const COMMAND = 2;
const COMPONENT = 3;
/** Callback types: 4 reply, 5 deferred reply, 6 deferred update, 7 update message, 9 modal. */
const REPLY = 4;
const DEFERRED_REPLY = 5;
const DEFERRED_UPDATE = 6;
const UPDATE = 7;
const MODAL = 9;

/** Called for every INTERACTION_CREATE the fake dispatches: Discord issues its token now. */
export function noteInteraction(state: State, d: Json): void {
  if (typeof d.token !== 'string') return;
  const i = interaction(state, d.token);
  i.type = Number(d.type ?? 0);
  i.issuedAt = fakeNow(state);
  i.channelId = String(d.channel_id ?? (isObj(d.channel) ? d.channel.id : '0'));
  if (isObj(d.message) && typeof d.message.id === 'string') i.originalId = d.message.id;
}

const expired = (state: State, i: Interaction) => fakeNow(state) - i.issuedAt > TOKEN_LIFETIME_MS;

/** Why Discord refuses `callback` for this interaction; null when it accepts it. */
function callbackProblem(state: State, i: Interaction, callback: number): Reply | null {
  if (expired(state, i)) return apiError(404, 10062);
  if (i.callback !== undefined) return apiError(400, 40060);
  const known = i.type !== 0;
  if ((callback === DEFERRED_UPDATE || callback === UPDATE) && known && i.type === COMMAND)
    return apiError(400, 50035, 'Interaction callback type is not valid for this interaction');
  if (callback === MODAL && known && i.type !== COMMAND && i.type !== COMPONENT)
    return apiError(400, 50035, 'A modal cannot be opened in answer to a modal submit');
  return null;
}

const merged = (prev: Json | undefined, body: unknown): Json => ({
  ...(prev ?? {}),
  ...(isObj(body) ? body : {}),
});
const stored = (msg: Json): Json => ({
  content: msg.content,
  embeds: msg.embeds,
  components: msg.components,
  flags: msg.flags,
});

export function interactionRoutes(state: State): Route[] {
  const callback: Handler = (p, ctx) => {
    const i = interaction(state, p[1]);
    const type = isObj(ctx.body) ? Number(ctx.body.type) : 0;
    const refused = callbackProblem(state, i, type);
    if (refused) return refused;
    i.callback = type;
    const data = isObj(ctx.body) && isObj(ctx.body.data) ? ctx.body.data : {};
    if (type === REPLY) state.messages.set(i.originalId, data);
    if (type === DEFERRED_REPLY) state.messages.set(i.originalId, { content: '', flags: data.flags ?? 0 });
    if (type === UPDATE) state.messages.set(i.originalId, merged(state.messages.get(i.originalId), data));
    if (type === MODAL) i.modal = data;
    if (ctx.query.get('with_response') !== 'true') return reply(204);
    const message = state.messages.get(i.originalId) ?? {};
    const flags = typeof message.flags === 'number' ? message.flags : 0;
    return reply(200, {
      interaction: {
        id: p[0],
        type: i.type || COMMAND,
        response_message_id: i.originalId,
        response_message_loading: type === DEFERRED_REPLY,
        response_message_ephemeral: (flags & 64) !== 0,
      },
      resource: {
        type,
        ...(type === REPLY || type === UPDATE
          ? { message: messageObject(state.baseUrl, i.channelId, message, { id: i.originalId }) }
          : {}),
      },
    });
  };
  const webhookMessage: Handler = (p, ctx) => {
    const i = interaction(state, p[1]);
    if (expired(state, i)) return apiError(401, 50027);
    const target = p[2];
    const extra = { webhook_id: APPLICATION_ID, application_id: APPLICATION_ID };
    if (target === '') return reply(200, messageObject(state.baseUrl, i.channelId, ctx.body, extra));
    if (ctx.method === 'DELETE') return reply(204);
    const id = target === '@original' ? i.originalId : target;
    const prev = target === '@original' ? state.messages.get(id) : undefined;
    if (target === '@original' && !prev) return apiError(404, 10008);
    const body = ctx.method === 'PATCH' ? merged(prev, ctx.body) : (prev ?? {});
    const msg = messageObject(state.baseUrl, i.channelId, body, { id, ...extra });
    if (target === '@original' && ctx.method === 'PATCH') state.messages.set(id, stored(msg));
    return reply(200, msg);
  };
  return [
    ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, callback],
    ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, webhookMessage],
    ['GET|PATCH|DELETE', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, webhookMessage],
  ];
}

/** The message an interaction's `@original` is now (with its id), if there is one. */
export function originalMessage(state: State, token: string): Json | undefined {
  const i = state.interactions.get(token);
  const message = i && state.messages.get(i.originalId);
  return message && i ? messageObject(state.baseUrl, i.channelId, message, { id: i.originalId }) : undefined;
}
