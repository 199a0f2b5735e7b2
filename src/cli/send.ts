import { type Command, InvalidArgumentError, Option } from 'commander';
import type { z } from 'zod';
import { type Config, splitSecrets } from '../config.js';
import {
  botVotePayload,
  describePayloadProblems,
  premiumPayload,
  serverVotePayload,
} from '../rankly/payloads.js';
import { webhookSignature } from '../rankly/signature.js';
import { CliError, type CliIo, configOf, snowflakeArg } from './context.js';

/** The IDs `npm run fake-discord` creates, so a first try works against it unchanged. */
const exampleUser = '987654321098765432';
const exampleGuild = '123456789012345678';

/** The "Examples:" part of a command's help. */
const examples = (...lines: string[]) => `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}`;

const timestampArg = (value: string): string => {
  if (Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('must be an ISO 8601 date-time');
  return new Date(value).toISOString();
};

/**
 * `send vote`, `send premium` and `send bot-vote`: post a webhook exactly as Rankly does,
 * to check the wiring end to end. Test deliveries by default (`"test":
 * true`: logged, answered, never rewarded); `--live` sends a real one.
 */
export function registerSendCommands(program: Command, io: CliIo): void {
  const send = program
    .command('send')
    .description('post a webhook as Rankly does (a test delivery unless --live)');

  voteFactOptions(
    send
      .command('vote')
      .description('post a server vote webhook, with the Authorization header')
      .option('--url <url>', 'where to post (default: http://127.0.0.1:$PORT/webhook/votes)')
      .option('--auth <value>', 'Authorization header (default: $RANKLY_WEBHOOK_AUTH)')
      .option('--no-auth', 'send no Authorization header')
      .option('--user <id>', 'userId: the voter', snowflakeArg('--user'), exampleUser)
      .option('--server <id>', 'serverId: the guild voted for', snowflakeArg('--server'), exampleGuild),
    'test: false',
  )
    .addHelpText(
      'after',
      examples(
        'send vote',
        'send vote --live --user 987654321098765432 --server 123456789012345678',
        'send vote --live --no-credits-awarded --ad-blocker --denial-reason "Ad blocker detected"',
      ),
    )
    .action(async (opts: VoteOptions) => {
      const config = configOf(io);
      const payload = checked('vote', serverVotePayload, {
        userId: opts.user,
        serverId: opts.server,
        timestamp: opts.timestamp ?? new Date().toISOString(),
        creditsAwarded: opts.creditsAwarded,
        adBlocker: opts.adBlocker,
        creditDenialReason: opts.denialReason ?? null,
        test: !opts.live,
      });
      const auth = opts.auth === false ? undefined : (opts.auth ?? config.RANKLY_WEBHOOK_AUTH);
      const body = JSON.stringify(payload);
      await post(
        io,
        opts.url ?? localUrl(config, '/webhook/votes'),
        body,
        auth ? { authorization: auth } : {},
      );
    });

  send
    .command('premium')
    .description('post a premium webhook signed with X-Webhook-Signature (HMAC-SHA256 of the body)')
    .option('--url <url>', 'where to post (default: http://127.0.0.1:$PORT/webhook/premium)')
    .option('--secret <secret>', 'signing secret (default: the last of $RANKLY_PREMIUM_WEBHOOK_SECRET)')
    .option(
      '--event <name>',
      'event: premium_purchase, subscription.renewed, .expired, .revoked, ...',
      'premium_purchase',
    )
    .option('--purchase-id <id>', 'purchaseId (default: <now>-<buyer>, like Rankly)')
    .option('--order-id <id>', 'orderId (server premium)')
    .option('--user <id>', 'buyer.userId', snowflakeArg('--user'), exampleUser)
    .option('--username <name>', 'buyer.username', 'exampleuser')
    .option('--tier-id <id>', 'tier.id', 'pro-monthly')
    .option('--tier-name <name>', 'tier.name', 'Pro Plan')
    .addOption(
      new Option('--duration <duration>', 'tier.duration')
        .choices(['weekly', 'monthly', 'lifetime'])
        .default('monthly'),
    )
    .addOption(new Option('--plan-type <type>', 'tier.planType').choices(['user', 'server']).default('user'))
    .option('--server <id>', 'serverId (required for --plan-type server)', snowflakeArg('--server'))
    .option('--recipient <id>', 'recipient.userId: a gift to this user', snowflakeArg('--recipient'))
    .option('--gifted-by <id>', 'giftedBy', snowflakeArg('--gifted-by'))
    .option('--timestamp <iso>', 'timestamp (default: now)', timestampArg)
    .option('--current-period-end <iso>', 'currentPeriodEnd (renewals)', timestampArg)
    .option('--auto-renew', 'autoRenew: true')
    .option('--live', 'a real event (no test: true): stored and applied', false)
    .addHelpText(
      'after',
      examples(
        'send premium',
        'send premium --live --user 987654321098765432 --duration weekly',
        'send premium --live --event subscription.revoked --purchase-id 1732525200000-987654321098765432',
      ),
    )
    .action(async (opts: PremiumOptions) => {
      const config = configOf(io);
      const secret = signingSecret(config, opts.secret, 'RANKLY_PREMIUM_WEBHOOK_SECRET');
      const timestamp = opts.timestamp ?? new Date().toISOString();
      const payload = {
        event: opts.event,
        purchaseId: opts.purchaseId ?? `${Date.parse(timestamp)}-${opts.user}`,
        ...(opts.orderId ? { orderId: opts.orderId } : {}),
        timestamp,
        buyer: { userId: opts.user, username: opts.username },
        tier: { id: opts.tierId, name: opts.tierName, duration: opts.duration, planType: opts.planType },
        serverId: opts.server ?? null,
        ...(opts.recipient
          ? {
              recipient: { userId: opts.recipient, username: null },
              isGift: true,
              giftedBy: opts.giftedBy ?? opts.user,
            }
          : opts.giftedBy
            ? { giftedBy: opts.giftedBy }
            : {}),
        ...(opts.currentPeriodEnd ? { currentPeriodEnd: opts.currentPeriodEnd } : {}),
        ...(opts.autoRenew ? { autoRenew: true } : {}),
        ...(opts.live ? {} : { test: true }),
      };
      checked('premium', premiumPayload, payload);
      await postSigned(io, opts.url ?? localUrl(config, '/webhook/premium'), payload, secret);
    });

  voteFactOptions(
    send
      .command('bot-vote')
      .description('post a bot vote webhook signed with X-Webhook-Signature (HMAC-SHA256 of the body)')
      .option('--url <url>', 'where to post (default: http://127.0.0.1:$PORT/webhook/bot-votes)')
      .option('--secret <secret>', 'signing secret (default: the last of $RANKLY_VOTE_WEBHOOK_SECRET)')
      .option('--user <id>', 'voter.userId', snowflakeArg('--user'), exampleUser)
      .option('--username <name>', 'voter.username', 'exampleuser')
      .option('--bot <id>', 'bot.id: the bot voted for', snowflakeArg('--bot'), '1234567890123456789')
      .option('--bot-name <name>', 'bot.name', 'Your Bot Name'),
    'no test: true',
  )
    .addHelpText('after', examples('send bot-vote', 'send bot-vote --live --user 987654321098765432'))
    .action(async (opts: BotVoteOptions) => {
      const config = configOf(io);
      const secret = signingSecret(config, opts.secret, 'RANKLY_VOTE_WEBHOOK_SECRET');
      const payload = {
        event: 'bot_vote',
        timestamp: opts.timestamp ?? new Date().toISOString(),
        voter: { userId: opts.user, username: opts.username },
        bot: { id: opts.bot, name: opts.botName },
        creditsAwarded: opts.creditsAwarded,
        adBlocker: opts.adBlocker,
        creditDenialReason: opts.denialReason ?? null,
        ...(opts.live ? {} : { test: true }),
      };
      checked('bot vote', botVotePayload, payload);
      await postSigned(io, opts.url ?? localUrl(config, '/webhook/bot-votes'), payload, secret);
    });
}

/** What every vote says about itself (server or bot vote), and --live. */
function voteFactOptions(command: Command, liveMeans: string): Command {
  return command
    .option('--timestamp <iso>', 'timestamp of the vote (default: now)', timestampArg)
    .option('--no-credits-awarded', 'creditsAwarded: false (Rankly did not credit the vote)')
    .option('--ad-blocker', 'adBlocker: true', false)
    .option('--denial-reason <text>', 'creditDenialReason, e.g. "Already voted recently"')
    .option('--live', `a real vote (${liveMeans}): stored and rewarded`, false);
}

interface BotVoteOptions {
  url?: string;
  secret?: string;
  user: string;
  username: string;
  bot: string;
  botName: string;
  timestamp?: string;
  creditsAwarded: boolean;
  adBlocker: boolean;
  denialReason?: string;
  live: boolean;
}

interface VoteOptions {
  url?: string;
  auth?: string | false;
  user: string;
  server: string;
  timestamp?: string;
  creditsAwarded: boolean;
  adBlocker: boolean;
  denialReason?: string;
  live: boolean;
}

interface PremiumOptions {
  url?: string;
  secret?: string;
  event: string;
  purchaseId?: string;
  orderId?: string;
  user: string;
  username: string;
  tierId: string;
  tierName: string;
  duration: string;
  planType: string;
  server?: string;
  recipient?: string;
  giftedBy?: string;
  timestamp?: string;
  currentPeriodEnd?: string;
  autoRenew?: boolean;
  live: boolean;
}

/** The bot on this machine, on the port it is configured with. */
export function localUrl(config: Config, path: string): string {
  return `http://127.0.0.1:${config.PORT}${path}`;
}

/** Refuses, before sending, a payload the bot would answer 400 to. */
function checked<T extends z.ZodType>(what: string, schema: T, payload: unknown): z.infer<T> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new CliError(describePayloadProblems(what, parsed.error).message, 2);
  return parsed.data;
}

/** --secret, else the newest of the variable's secrets (the one Rankly signs with after a rotation). */
function signingSecret(
  config: Config,
  given: string | undefined,
  variable: 'RANKLY_PREMIUM_WEBHOOK_SECRET' | 'RANKLY_VOTE_WEBHOOK_SECRET',
): string {
  const secret = given ?? splitSecrets(config[variable]).at(-1);
  if (!secret) throw new CliError(`no signing secret: pass --secret or set ${variable}`, 2);
  return secret;
}

/** Posts a webhook signed as Rankly signs it (premium, bot votes). */
async function postSigned(io: CliIo, url: string, payload: object, secret: string): Promise<void> {
  // Signed over these exact bytes, which are the ones sent.
  const body = JSON.stringify(payload);
  await post(io, url, body, { 'x-webhook-signature': webhookSignature(body, secret) });
}

/** Posts, prints the answer; a non-2xx answer fails the command (exit 1). */
async function post(io: CliIo, url: string, body: string, headers: Record<string, string>): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    throw new CliError(`could not reach ${url} (${cause}); is the bot running there?`);
  }
  const text = await response.text();
  io.out(`POST ${url}\n${body}\n-> ${response.status} ${text}\n`);
  if (!response.ok) throw new CliError(`the webhook was refused with ${response.status}`);
}
