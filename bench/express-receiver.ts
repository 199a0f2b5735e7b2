/**
 * The yardstick of bench/ingest.ts (issue 17): the Express receiver that
 * Rankly's vote-webhook documentation walks a user through ("Node.js with
 * Express"), line for line: express.json(), a static Authorization check,
 * the doc's console.log lines, 200 {received:true}. It stores nothing, so a
 * crash or a restart loses every vote it acknowledged; the bot is measured
 * against it while storing each vote with its job first.
 *
 *   PORT=3002 RANKLY_WEBHOOK_AUTH=secret node --import tsx bench/express-receiver.ts
 *
 * Only the port comes from the environment (the doc listens on 3000) and
 * the address is 127.0.0.1, like the other servers of the benchmark.
 */
import express, { type Request, type Response } from 'express';

const app = express();
app.use(express.json());

const EXPECTED_AUTH = process.env.RANKLY_WEBHOOK_AUTH;

app.post('/webhook/votes', (req: Request, res: Response) => {
  // Verify authorization header if configured
  const authHeader = req.headers.authorization;
  if (EXPECTED_AUTH && authHeader !== EXPECTED_AUTH) {
    console.error('Unauthorized webhook request');
    return res.status(401).json({ error: 'Unauthorized' });
  }

  const { userId, serverId, creditsAwarded, adBlocker, test } = req.body;

  // Ignore test webhooks
  if (test) {
    console.log('✅ Test webhook received successfully');
    return res.status(200).json({ received: true, test: true });
  }

  console.log(`Vote: User ${userId} voted for server ${serverId}`);

  // Grant reward if credits were awarded
  if (creditsAwarded && !adBlocker) {
    void grantVoteReward(userId, serverId);
  }

  // Always return 200 immediately
  return res.status(200).json({ received: true });
});

async function grantVoteReward(userId: string, _serverId: string) {
  // Implement your reward logic
  console.log(`Granted reward to ${userId}`);
}

const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${process.env.PORT ?? 3000} (Express receiver of the docs)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
