import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { type Config, ConfigError, describeDatabaseUrl, loadConfig } from '../config.js';
import { createDb, type Db } from '../db/client.js';
import { projectRoot } from '../db/migrate.js';
import { describeDiscordError } from '../discord/errors.js';
import { isBelow, roleGrantProblem } from '../discord/permissions.js';
import { CliError, type CliIo, databaseUrlOf } from './context.js';

type Status = 'ok' | 'warn' | 'fail';
interface Check {
  status: Status;
  what: string;
  fix?: string;
}

/** Discord's application flags for the Server Members intent (enabled, or enabled under 100 guilds). */
const guildMembersIntentFlags = (1 << 14) | (1 << 15);

/**
 * `doctor`: checks what a working bot needs, in the order a new operator
 * meets the problems, and prints a checklist with a fix for each one.
 * Exit 1 when something must be fixed, 0 otherwise (warnings included).
 */
export function registerDoctorCommand(program: Command, io: CliIo): void {
  program
    .command('doctor')
    .description(
      "check the configuration, the database, the Discord token, whether each guild's roles can be given, and PUBLIC_URL",
    )
    .action(async () => {
      const checks: Check[] = [];
      const report = (check: Check) => {
        checks.push(check);
        const mark = { ok: '[ok]  ', warn: '[warn]', fail: '[FAIL]' }[check.status];
        io.out(`${mark} ${check.what}\n${check.fix ? `       fix: ${check.fix}\n` : ''}`);
      };
      await runChecks(io, report);
      const failed = checks.filter((c) => c.status === 'fail').length;
      const warned = checks.filter((c) => c.status === 'warn').length;
      const warnings = warned ? `, ${warned} warning${warned === 1 ? '' : 's'}` : '';
      if (failed > 0) throw new CliError(`${failed} problem${failed === 1 ? '' : 's'} to fix${warnings}`);
      io.out(`\nall good${warnings}\n`);
    });
}

async function runChecks(io: CliIo, report: (check: Check) => void): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(io.env);
    report({ status: 'ok', what: 'configuration: every variable is valid' });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const problem of err.problems) {
      report({
        status: 'fail',
        what: `configuration: ${problem}`,
        fix: 'correct it in .env (see .env.example)',
      });
    }
    return;
  }
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
  const db = await checkDatabase(config, report);
  if (db) await checkVotesOutsideGuilds(db, report);
  try {
    const bot = await checkDiscord(config, report);
    if (db && bot) await checkGuildRoles(db, bot, config, report);
  } finally {
    await db?.$disconnect();
  }
}

function checkSecrets(config: Config, report: (check: Check) => void): void {
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

function checkBotVotes(config: Config, report: (check: Check) => void): void {
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

function checkPublicUrl(config: Config, report: (check: Check) => void): void {
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

async function checkDatabase(config: Config, report: (check: Check) => void): Promise<Db | undefined> {
  let url: string;
  try {
    url = await databaseUrlOf(config);
  } catch (err) {
    report({
      status: 'fail',
      what: `database: ${(err as Error).message}`,
      fix: 'start the bot once (npm start) to create the embedded database, or set DATABASE_URL',
    });
    return undefined;
  }
  const where = config.DATABASE_URL ? describeDatabaseUrl(url) : `embedded Postgres in ${config.DATA_DIR}`;
  const db = createDb(url, { poolSize: 1 });
  let applied: string[];
  try {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = rows.map((r) => r.name);
  } catch (err) {
    await db.$disconnect();
    const missingTable = /_prisma_migrations/.test(String((err as Error).message));
    report({
      status: 'fail',
      what: missingTable
        ? `database ${where}: reachable, but no migrations applied`
        : `database ${where}: cannot connect (${firstLine(err)})`,
      fix: missingTable
        ? 'start the bot once: it applies the migrations (or run npm run db:deploy)'
        : config.DATABASE_URL
          ? 'check DATABASE_URL and that the server is running'
          : 'start the bot (npm start): the embedded database runs while the bot runs',
    });
    return undefined;
  }
  const expected = (await readdir(join(projectRoot, 'prisma', 'migrations'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const pending = expected.filter((name) => !applied.includes(name));
  report(
    pending.length === 0
      ? { status: 'ok', what: `database ${where}: reachable, ${applied.length} migrations applied` }
      : {
          status: 'fail',
          what: `database ${where}: ${pending.length} migration(s) not applied: ${pending.join(', ')}`,
          fix: 'restart the bot (it applies them at start) or run npm run db:deploy',
        },
  );
  return db;
}

/** Votes stored for guilds the bot is not in (set aside by the reward job, never rewarded). */
async function checkVotesOutsideGuilds(db: Db, report: (check: Check) => void): Promise<void> {
  const guilds = await db.$queryRaw<{ guildId: string; votes: bigint; last: Date }[]>`
    SELECT guild_id AS "guildId", count(*) AS votes, max(received_at) AS last
    FROM vote WHERE bot_not_in_guild GROUP BY guild_id ORDER BY max(received_at) DESC`;
  if (guilds.length === 0) return;
  const votes = guilds.reduce((sum, g) => sum + Number(g.votes), 0);
  const listed = guilds
    .slice(0, 5)
    .map((g) => `${g.guildId} (${g.votes} vote${g.votes === 1n ? '' : 's'}, last ${g.last.toISOString()})`)
    .join(', ');
  report({
    status: 'warn',
    what:
      `${votes} vote${votes === 1 ? '' : 's'} for ${guilds.length} guild${guilds.length === 1 ? '' : 's'} the bot is not in, ` +
      `stored but not rewarded: ${listed}${guilds.length > 5 ? `, and ${guilds.length - 5} more` : ''}`,
    fix: "invite the bot to those servers if they should get rewards; otherwise ask their owners to remove this bot's webhook from Rankly",
  });
}

interface BotIdentity {
  rest: REST;
  userId: string;
  name: string;
}

async function checkDiscord(
  config: Config,
  report: (check: Check) => void,
): Promise<BotIdentity | undefined> {
  if (!config.DISCORD_TOKEN) {
    report({
      status: 'warn',
      what: 'DISCORD_TOKEN is not set: the bot is a listener only, rewards wait',
      fix: 'copy the token from the Developer Portal (Bot page) into DISCORD_TOKEN',
    });
    return undefined;
  }
  // discord.js's own REST client: the same requests, headers and errors as the bot's.
  const rest = new REST({
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    timeout: config.DISCORD_REST_TIMEOUT_MS,
    retries: 1,
  }).setToken(config.DISCORD_TOKEN);
  let me: { id: string; username: string };
  try {
    me = (await rest.get(Routes.user())) as { id: string; username: string };
  } catch (err) {
    const refused = err instanceof DiscordAPIError && err.status === 401;
    report({
      status: 'fail',
      what: refused
        ? 'Discord token: refused by Discord (401)'
        : `Discord token: cannot reach Discord at ${config.DISCORD_API_URL ?? 'discord.com'} (${describeDiscordError(err)})`,
      fix: refused
        ? 'Developer Portal → your application → Bot → Reset Token, and put the new one in DISCORD_TOKEN'
        : 'check the network (and DISCORD_API_URL, if set)',
    });
    return undefined;
  }
  report({ status: 'ok', what: `Discord token: accepted, the bot is ${me.username} (${me.id})` });
  try {
    const app = (await rest.get(Routes.currentApplication())) as { flags?: number };
    report(
      ((app.flags ?? 0) & guildMembersIntentFlags) !== 0
        ? { status: 'ok', what: 'Discord: the Server Members intent is enabled' }
        : {
            status: 'fail',
            what: 'Discord: the Server Members intent is off; the bot cannot log in with it',
            fix: 'Developer Portal → your application → Bot → turn on Server Members Intent',
          },
    );
  } catch (err) {
    report({
      status: 'warn',
      what: `Discord: could not read the application (${describeDiscordError(err)})`,
    });
  }
  return { rest, userId: me.id, name: me.username };
}

/** For each guild with a reward or premium role: can the bot give it right now? */
async function checkGuildRoles(
  db: Db,
  bot: BotIdentity,
  config: Config,
  report: (check: Check) => void,
): Promise<void> {
  const configured = await db.guildConfig.findMany({
    where: { OR: [{ rewardRoleId: { not: null } }, { premiumRoleId: { not: null } }] },
    select: { guildId: true, rewardRoleId: true, premiumRoleId: true },
    orderBy: { guildId: 'asc' },
  });
  const guilds: Array<{ guildId: string; roles: Array<readonly [string, string | null]> }> = configured.map(
    (g) => ({
      guildId: g.guildId,
      roles: [
        ['reward role', g.rewardRoleId],
        ['premium role', g.premiumRoleId],
      ],
    }),
  );
  const home = config.BOT_VOTE_GUILD_ID;
  if (home && config.BOT_VOTE_ROLE_ID) {
    let entry = guilds.find((g) => g.guildId === home);
    if (!entry) {
      entry = { guildId: home, roles: [] };
      guilds.push(entry);
    }
    entry.roles.push(['bot vote role', config.BOT_VOTE_ROLE_ID]);
  }
  if (guilds.length === 0) {
    report({ status: 'ok', what: 'guilds: none gives a role yet (/setup role, /setup premiumrole)' });
    return;
  }
  for (const guild of guilds) {
    let facts: Awaited<ReturnType<typeof guildFacts>>;
    try {
      facts = await guildFacts(bot, guild.guildId);
    } catch (err) {
      const gone = err instanceof DiscordAPIError && (err.status === 404 || err.status === 403);
      report({
        status: 'fail',
        what: `guild ${guild.guildId}: ${gone ? 'the bot is not a member' : `cannot read it (${describeDiscordError(err)})`}`,
        fix: gone ? 'invite the bot to the server again (with Manage Roles)' : 'run doctor again later',
      });
      continue;
    }
    for (const [label, roleId] of guild.roles) {
      if (!roleId) continue;
      const role = facts.roles.find((r) => r.id === roleId);
      const name = (id: string) => `@${facts.roles.find((r) => r.id === id)?.name ?? 'deleted-role'} (${id})`;
      const problem = roleGrantProblem(
        {
          guildId: guild.guildId,
          role: role && {
            id: role.id,
            position: role.position,
            managed: role.managed ?? false,
            permissions: BigInt(role.permissions),
          },
          bot: facts.bot,
        },
        name,
        'the bot',
      );
      report(
        problem
          ? {
              status: 'fail',
              what: `guild ${facts.name} (${guild.guildId}): ${label} ${name(roleId)} cannot be given`,
              fix: problem,
            }
          : {
              status: 'ok',
              what: `guild ${facts.name} (${guild.guildId}): ${label} ${name(roleId)} can be given`,
            },
      );
    }
  }
}

interface RestRole {
  id: string;
  name: string;
  position: number;
  permissions: string;
  managed?: boolean;
}

/** A guild's roles and the bot's place among them, over REST (the CLI has no gateway cache). */
async function guildFacts(bot: BotIdentity, guildId: string) {
  const guild = (await bot.rest.get(Routes.guild(guildId))) as {
    name: string;
    owner_id: string;
    roles: RestRole[];
  };
  const member = (await bot.rest.get(Routes.guildMember(guildId, bot.userId))) as { roles: string[] };
  const mine = guild.roles.filter((r) => r.id === guildId || member.roles.includes(r.id));
  const highest = mine.reduce<RestRole | undefined>(
    (top, r) => (!top || isBelow(top, r) ? r : top),
    undefined,
  );
  return {
    name: guild.name,
    roles: guild.roles,
    bot: {
      isOwner: guild.owner_id === bot.userId,
      permissions: mine.reduce((all, r) => all | BigInt(r.permissions), 0n),
      highestRole: { id: highest?.id ?? guildId, position: highest?.position ?? 0 },
    },
  };
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 200) ?? '';
}
