// Registers the slash commands with Discord (bulk overwrite with PUT), once
// per change rather than at every start:
//
//   npm run commands:deploy                   # global (all servers; may take a while to show)
//   npm run commands:deploy -- --guild <id>   # one server, at once (for development)
import { parseArgs } from 'node:util';
import { REST, Routes } from 'discord.js';
import { loadConfig, loadDotEnv } from '../src/config.js';
import { isSnowflake, snowflakeRule } from '../src/domain/snowflake.js';
import { commands } from './index.js';

export async function deployCommands(opts: { token: string; apiUrl?: string; guildId?: string }) {
  const rest = new REST(opts.apiUrl ? { api: opts.apiUrl } : {}).setToken(opts.token);
  const app = (await rest.get(Routes.currentApplication())) as { id: string };
  const route = opts.guildId
    ? Routes.applicationGuildCommands(app.id, opts.guildId)
    : Routes.applicationCommands(app.id);
  const body = commands.map((c) => c.definition);
  return (await rest.put(route, { body })) as Array<{ name: string }>;
}

if (process.argv[1]?.endsWith('deploy.ts')) {
  const { values } = parseArgs({ options: { guild: { type: 'string' } } });
  if (values.guild !== undefined && !isSnowflake(values.guild)) {
    console.error(`--guild ${snowflakeRule}`);
    process.exit(2);
  }
  loadDotEnv();
  const config = loadConfig();
  if (!config.DISCORD_TOKEN) {
    console.error('DISCORD_TOKEN is not set: the commands are registered for the bot it belongs to.');
    process.exit(1);
  }
  try {
    const registered = await deployCommands({
      token: config.DISCORD_TOKEN,
      apiUrl: config.DISCORD_API_URL,
      guildId: values.guild,
    });
    console.log(
      `registered ${registered.map((c) => `/${c.name}`).join(', ')} ${values.guild ? `in guild ${values.guild}` : 'globally'}`,
    );
  } catch (err) {
    console.error(`could not register the commands: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
