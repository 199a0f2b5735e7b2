/**
 * The ceiling for bench/ingest.ts: Fastify 5 with the vote webhook's route
 * and body limit, parsing the JSON body and answering like the bot does for
 * a stored vote, but doing nothing else (no validation, no database, no logs).
 *
 *   PORT=3001 node --import tsx bench/bare-server.ts
 */
import Fastify from 'fastify';
import { webhookBodyLimit } from '../src/http/vote-webhook.js';

const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
app.post('/webhook/votes', { bodyLimit: webhookBodyLimit }, async () => ({ received: true }));

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`listening on ${address} (bare Fastify ${app.version})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
