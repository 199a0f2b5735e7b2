/**
 * The gateway: hello and heartbeats, IDENTIFY (token, shard, intents, large_threshold), READY and
 * GUILD_CREATE for the shard's guilds, member chunks, and dispatching events to the owning shard.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { noteInteraction } from './interactions.js';
import { channelObject, guildObject, memberObject } from './payloads.js';
import { APPLICATION_ID, BOT_USER, BOT_USER_ID, type Guild, type Member, type State } from './state.js';
import type { FakeDiscord, Json } from './types.js';
import { isObj } from './util.js';

const INTENT_GUILD_MEMBERS = 1 << 1;
const MEMBER_EVENTS = new Set(['GUILD_MEMBER_ADD', 'GUILD_MEMBER_UPDATE', 'GUILD_MEMBER_REMOVE']);
const HEARTBEAT_INTERVAL = 41250;

interface Conn {
  ws: WebSocket;
  shardId: number;
  shardCount: number;
  identified: boolean;
  seq: number;
  intents: number;
  largeThreshold: number;
}

/** Which shard Discord routes a guild to. */
function shardFor(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export interface Gateway extends Pick<FakeDiscord, 'dispatch' | 'gatewayConnections'> {
  /** Like the bot joining a guild: shards that are already up learn about it. */
  guildAdded(g: Guild): void;
  /** Drops every connection and closes the websocket server (the HTTP server stays up). */
  close(): Promise<void>;
}

/** Serves the gateway at `/gateway` on the fake's HTTP server. */
export function createGateway(server: Server, state: State): Gateway {
  const conns = new Set<Conn>();
  /** Full GUILD_CREATE payload (gateway-only fields on top of the REST guild object). */
  const guildCreate = (g: Guild, c: Conn): Json => {
    const large = g.members.size > c.largeThreshold;
    const listed =
      state.memberLists && !large && c.intents & INTENT_GUILD_MEMBERS
        ? [...g.members.values()]
        : [g.members.get(BOT_USER_ID) as Member];
    return {
      ...guildObject(g),
      unavailable: false,
      joined_at: g.joinedAt,
      large: state.memberLists ? large : false,
      member_count: g.members.size,
      members: listed.map((m) => memberObject(m)),
      channels: g.channels.map((id, i) => channelObject(g, id, i)),
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      incidents_data: null,
    };
  };
  const send = (c: Conn, payload: Json): void => {
    if (c.ws.readyState === WebSocket.OPEN) c.ws.send(JSON.stringify(payload));
  };
  const sendDispatch = (c: Conn, t: string, d: unknown): void => send(c, { op: 0, t, s: ++c.seq, d });
  const shardGuilds = (c: Conn) =>
    [...state.guilds.values()].filter((g) => shardFor(g.id, c.shardCount) === c.shardId);

  const onIdentify = (c: Conn, d: Json): void => {
    if (c.identified) return void c.ws.close(4005, 'Already authenticated.');
    // discord.js strips the "Bot " prefix before identifying; accept both forms.
    if (String(d.token ?? '').replace(/^Bot\s+/i, '') !== state.token)
      return void c.ws.close(4004, 'Authentication failed.');
    const [shardId = 0, shardCount = 1] = Array.isArray(d.shard) ? d.shard.map(Number) : [];
    if (!(shardCount >= 1 && shardId >= 0 && shardId < shardCount))
      return void c.ws.close(4010, 'Invalid shard.');
    if (!state.membersIntentAllowed && Number(d.intents ?? 0) & INTENT_GUILD_MEMBERS)
      return void c.ws.close(4014, 'Disallowed intent(s).');
    Object.assign(c, {
      shardId,
      shardCount,
      identified: true,
      intents: Number(d.intents ?? 0),
      largeThreshold: Math.min(250, Math.max(50, Number(d.large_threshold ?? 50))),
    });
    const mine = shardGuilds(c);
    sendDispatch(c, 'READY', {
      v: 10,
      user: { ...BOT_USER, verified: true, mfa_enabled: false, flags: 0 },
      guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
      session_id: randomBytes(16).toString('hex'),
      resume_gateway_url: state.wsUrl,
      shard: [shardId, shardCount],
      application: { id: APPLICATION_ID, flags: 0 },
      private_channels: [],
      presences: [],
      user_settings: {},
      relationships: [],
      guild_join_requests: [],
    });
    for (const g of mine) sendDispatch(c, 'GUILD_CREATE', guildCreate(g, c));
  };
  /** op 8: answer with one GUILD_MEMBERS_CHUNK so guild.members.fetch() resolves. */
  const onRequestMembers = (c: Conn, d: Json): void => {
    const g = state.guilds.get(String(d.guild_id));
    if (!g) return;
    const wanted = Array.isArray(d.user_ids)
      ? d.user_ids.map(String)
      : typeof d.user_ids === 'string'
        ? [d.user_ids]
        : null;
    const members = [...g.members.values()].filter((m) => !wanted || wanted.includes(m.userId));
    sendDispatch(c, 'GUILD_MEMBERS_CHUNK', {
      guild_id: g.id,
      members: members.map((m) => memberObject(m)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: wanted ? wanted.filter((u) => !g.members.has(u)) : [],
      ...(d.nonce ? { nonce: d.nonce } : {}),
    });
  };
  const onGatewayMessage = (c: Conn, data: RawData): void => {
    let msg: unknown;
    try {
      msg = JSON.parse(data.toString());
    } catch {
      c.ws.close(4002, 'Error while decoding payload.');
      return;
    }
    if (!isObj(msg)) return;
    const d = isObj(msg.d) ? msg.d : {};
    if (msg.op === 1) send(c, { op: 11, d: null });
    else if (msg.op === 2) onIdentify(c, d);
    else if (msg.op === 6)
      send(c, { op: 9, d: false }); // no resumable sessions: make discord.js re-identify
    else if (msg.op === 8) {
      if (c.identified) onRequestMembers(c, d);
    } else if (msg.op !== 3 && msg.op !== 4) c.ws.close(4001, 'Unknown opcode.'); // presence/voice updates: ignored
  };

  const wss = new WebSocketServer({ server, path: '/gateway' });
  wss.on('connection', (ws) => {
    const c: Conn = {
      ws,
      shardId: 0,
      shardCount: 1,
      identified: false,
      seq: 0,
      intents: 0,
      largeThreshold: 50,
    };
    conns.add(c);
    ws.on('message', (data) => onGatewayMessage(c, data));
    ws.on('close', () => conns.delete(c));
    ws.on('error', () => conns.delete(c));
    send(c, { op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL }, s: null, t: null });
  });

  return {
    guildAdded(g) {
      for (const c of conns)
        if (c.identified && shardFor(g.id, c.shardCount) === c.shardId)
          sendDispatch(c, 'GUILD_CREATE', guildCreate(g, c));
    },
    dispatch(t, d, guildId) {
      // Remember where an interaction happened: its follow-ups and @original edits are messages there.
      if (t === 'INTERACTION_CREATE' && isObj(d)) noteInteraction(state, d);
      for (const c of conns) {
        if (!c.identified) continue;
        if (guildId !== undefined && shardFor(guildId, c.shardCount) !== c.shardId) continue;
        if (MEMBER_EVENTS.has(t) && !(c.intents & INTENT_GUILD_MEMBERS)) continue; // privileged intent not requested
        sendDispatch(c, t, d);
      }
    },
    gatewayConnections: () =>
      [...conns].map((c) => ({ shardId: c.shardId, shardCount: c.shardCount, identified: c.identified })),
    async close() {
      for (const c of conns) c.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
