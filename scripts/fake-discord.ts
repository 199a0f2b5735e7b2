// Runs the test suite's fake Discord API on its own, to try the bot by hand
// without a Discord account:
//
//   npm run fake-discord            # prints the env to start the bot with
//
// It creates one guild with a member and a reward role, and prints every
// request the bot makes.
import { startFakeDiscord } from '../test/support/fake-discord.js';

const guildId = '123456789012345678';
const userId = '987654321098765432';
const roleId = '223456789012345678';
const logChannelId = '323456789012345678';

const fake = await startFakeDiscord({ port: Number(process.env.FAKE_DISCORD_PORT ?? 4999) });
fake.addGuild({
  id: guildId,
  name: 'Test Server',
  roles: [{ id: roleId, name: 'Voter', position: 5 }],
  members: [userId],
  channels: [logChannelId],
});
console.log(`fake Discord at ${fake.apiUrl}
guild ${guildId}, member ${userId}, role ${roleId}, log channel ${logChannelId}

Start the bot against it:
  DISCORD_TOKEN=${fake.token} DISCORD_API_URL=${fake.apiUrl} npm start
`);
let seen = 0;
setInterval(() => {
  for (const r of fake.requests.slice(seen)) {
    console.log(`${r.method} ${r.path} -> ${r.status}${r.body ? ` ${JSON.stringify(r.body)}` : ''}`);
  }
  seen = fake.requests.length;
}, 200);
process.on('SIGINT', () => void fake.close().then(() => process.exit(0)));
