/** Starts one fake Discord: wires the state, REST, gateway, faults and request log onto one server. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdmin } from './admin.js';
import { createFaults } from './faults.js';
import { createGateway } from './gateway.js';
import { originalMessage } from './interactions.js';
import { createOAuth } from './oauth.js';
import { createRecorder } from './recorder.js';
import { createRest } from './rest.js';
import { createRoutes } from './routes.js';
import { APPLICATION_ID, BOT_USER_ID, createState } from './state.js';
import type { FakeDiscord } from './types.js';

export async function startFakeDiscord(
  opts: {
    token?: string;
    port?: number;
    /**
     * GUILD_CREATE carries the member list as Discord sends it: every member of
     * a guild up to IDENTIFY's large_threshold (with the GuildMembers intent),
     * only the bot's own for larger ones. Off: only the bot's own, always.
     */
    memberLists?: boolean;
  } = {},
): Promise<FakeDiscord> {
  const token = opts.token ?? 'fake-bot-token';
  const state = createState(token, opts.memberLists ?? false);
  const recorder = createRecorder();
  const faults = createFaults();
  const server = createServer();
  const gateway = createGateway(server, state);
  const oauth = createOAuth(state);
  const rest = createRest({ token, faults, recorder, routes: createRoutes(state, gateway.dispatch), oauth });
  server.on('request', rest.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  state.baseUrl = `http://127.0.0.1:${port}`;
  state.wsUrl = `ws://127.0.0.1:${port}/gateway`;

  return {
    apiUrl: `${state.baseUrl}/api`,
    port,
    token,
    botUserId: BOT_USER_ID,
    applicationId: APPLICATION_ID,
    requests: recorder.requests,
    oauth: oauth.api,
    recommendShards(count) {
      state.recommendedShards = count;
    },
    refuseMembersIntent() {
      state.membersIntentAllowed = false;
    },
    ...createAdmin(state, gateway),
    originalMessage: (tok) => originalMessage(state, tok),
    guildLocale: (guildId) => state.guilds.get(guildId)?.preferredLocale ?? 'en-US',
    openedModal: (tok) => state.interactions.get(tok)?.modal,
    advanceClock(ms) {
      state.clockOffsetMs += ms;
    },
    failNext: faults.failNext,
    setLatency: rest.setLatency,
    setChaos: faults.setChaos,
    rateLimits: faults.rateLimits,
    maxRequestsPerSecond: recorder.maxRequestsPerSecond,
    dispatch: gateway.dispatch,
    gatewayConnections: gateway.gatewayConnections,
    find: recorder.find,
    waitFor: recorder.waitFor,
    reset() {
      recorder.requests.length = 0;
      faults.reset();
      rest.setLatency(0, 0);
    },
    async close() {
      rest.stop();
      recorder.failWaiters(new Error('fake Discord closed'));
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
