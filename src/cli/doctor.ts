import type { Command } from 'commander';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { CliError, type CliIo } from './context.js';
import type { Check, Report } from './doctor/check.js';
import { checkDatabase, checkVotesOutsideGuilds } from './doctor/database.js';
import { checkDiscord, checkGuildRoles } from './doctor/discord.js';
import { checkRanklyCounts } from './doctor/rankly.js';
import { checkSettings } from './doctor/settings.js';

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

async function runChecks(io: CliIo, report: Report): Promise<void> {
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
  checkSettings(config, report);
  const db = await checkDatabase(config, report);
  if (db) await checkVotesOutsideGuilds(db, report);
  if (db) await checkRanklyCounts(config, db, report);
  try {
    const bot = await checkDiscord(config, report);
    if (db && bot) await checkGuildRoles(db, bot, config, report);
  } finally {
    await db?.$disconnect();
  }
}
