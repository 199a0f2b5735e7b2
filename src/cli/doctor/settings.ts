import type { Config } from '../../config.js';
import type { Report } from './check.js';

/** What the configuration alone says: secrets, bot votes, /metrics, PUBLIC_URL. */
export function checkSettings(config: Config, report: Report): void {
  checkSecrets(config, report);
  checkBotVotes(config, report);
  if (config.METRICS && !config.METRICS_TOKEN) {
    report({
      status: 'warn',
      what: 'METRICS_TOKEN is not set: anyone who reaches the port can read /metrics',
      fix: 'set METRICS_TOKEN and give the same value to Prometheus (authorization: credentials), or METRICS=false',
    });
  }
  checkPublicUrl(config, report);
}

function checkSecrets(config: Config, report: Report): void {
  const setIt =
    "set RANKLY_WEBHOOK_AUTH to a long random string, and put the same value in the Authorization field of Rankly's webhook settings";
  report(
    config.RANKLY_WEBHOOK_AUTH
      ? {
          status: 'ok',
          what: "RANKLY_WEBHOOK_AUTH is set: vote webhooks must carry it (or their guild's own secret)",
        }
      : config.ALLOW_UNAUTHENTICATED_WEBHOOKS
        ? {
            status: 'fail',
            what: 'ALLOW_UNAUTHENTICATED_WEBHOOKS is on: anyone who finds the URL can post votes for guilds without their own secret',
            fix: `it is for local development only: turn it off and ${setIt}`,
          }
        : {
            status: 'warn',
            what: 'RANKLY_WEBHOOK_AUTH is not set: votes are refused (401) for guilds without their own secret (/setup webhook)',
            fix: setIt,
          },
  );
  report(
    config.RANKLY_PREMIUM_WEBHOOK_SECRET
      ? { status: 'ok', what: 'RANKLY_PREMIUM_WEBHOOK_SECRET is set: premium webhooks are verified' }
      : {
          status: 'warn',
          what: 'RANKLY_PREMIUM_WEBHOOK_SECRET is not set: /webhook/premium answers 503',
          fix: "copy the premium webhook secret from Rankly's dashboard into RANKLY_PREMIUM_WEBHOOK_SECRET",
        },
  );
}

function checkBotVotes(config: Config, report: Report): void {
  if (!config.RANKLY_VOTE_WEBHOOK_SECRET) return;
  report(
    config.BOT_VOTE_GUILD_ID
      ? {
          status: 'ok',
          what: `bot votes: credited in guild ${config.BOT_VOTE_GUILD_ID}, ${config.BOT_VOTE_CURRENCY} currency each${config.BOT_VOTE_ROLE_ID ? ' and a role' : ''}`,
        }
      : {
          status: 'fail',
          what: 'bot votes: RANKLY_VOTE_WEBHOOK_SECRET is set but BOT_VOTE_GUILD_ID is not; /webhook/bot-votes answers 503',
          fix: 'set BOT_VOTE_GUILD_ID to the guild whose members get the bot vote rewards',
        },
  );
}

function checkPublicUrl(config: Config, report: Report): void {
  const url = config.PUBLIC_URL;
  if (!url) {
    report({
      status: 'warn',
      what: 'PUBLIC_URL is not set: /setup webhook cannot show the webhook URL',
      fix: 'set PUBLIC_URL to the HTTPS address Rankly reaches this bot at, e.g. https://bot.example.com',
    });
  } else if (!url.startsWith('https://')) {
    report({
      status: 'fail',
      what: `PUBLIC_URL is ${url}: Rankly delivers webhooks only to HTTPS`,
      fix: 'put an HTTPS reverse proxy (Caddy, nginx, a tunnel) in front of the bot and set PUBLIC_URL to its https:// address',
    });
  } else {
    report({ status: 'ok', what: `PUBLIC_URL is HTTPS: Rankly posts to ${url}/webhook/votes` });
  }
}
