/**
 * Local fake of Discord's HTTP API (v10) and gateway, so tests can drive the real discord.js
 * (`REST` and `Client`) against 127.0.0.1. Point discord.js at it with `rest: { api: fake.apiUrl }`;
 * the gateway URL is handed out by `GET /gateway/bot` like Discord does.
 *
 * Behaviour copied from Discord where discord.js depends on it:
 * - 429 bodies carry a float `retry_after`, but discord.js only reads the integer `Retry-After` header.
 * - 'reset' faults send a TCP RST: undici surfaces that as ECONNRESET, which @discordjs/rest retries.
 *   (A plain FIN close would surface as "other side closed" and NOT be retried.)
 * - 'timeout' faults never answer; @discordjs/rest aborts after its `timeout` option and retries.
 *
 * The parts live in ./fake-discord/: state.ts and permissions.ts (guilds, members, channels, DMs,
 * interactions, Discord's permission computation), payloads.ts (Discord's JSON objects), routes.ts
 * (the REST routes), interactions.ts (interaction callbacks and webhooks by Discord's rules: one
 * callback each, 15-minute tokens, @original of a component is its message), rest.ts and http.ts (answering HTTP requests), gateway.ts (websocket, IDENTIFY,
 * dispatch, member chunks), faults.ts (failNext, chaos, rate limits), recorder.ts (the request log,
 * waitFor), admin.ts (addGuild, updateRole, addMember, ...), start.ts (wiring them together).
 */
export { startFakeDiscord } from './fake-discord/start.js';
export type {
  FakeChannel,
  FakeDiscord,
  FakeGuildInit,
  FakeOverwrite,
  FakeRole,
  FaultRule,
  Json,
  RecordedRequest,
  UploadedFile,
} from './fake-discord/types.js';
