// Runs the test suite's fake Discord API on its own, to try the bot by hand
// without a Discord account, and a small console to act as its members:
//
//   npm run fake-discord            # prints the env to start the bot with
//
// Then type, for example:
//   as manager                      # who runs the next commands (owner, admin, manager, member)
//   /setup role role:@Admin         # a slash command; roles as @Name, channels as #name
//   /setup status
//   vote                            # posts a vote webhook for the voter (BOT_URL, RANKLY_WEBHOOK_AUTH)
//
// and for the guided setup (/setup start), on the message the last reply or click showed:
//   choose role @Voter              # a select menu (setup:start:<name>): roles @Name, channels #name, or a value
//   click dm                        # a button; one that opens a form is answered with it
//   submit Thanks {user}!           # fills the form's text input and submits it
//   auth <secret>                   # the secret Finish showed: vote and test then post to /webhook/votes/<guild>
//   test                            # Rankly's Test Webhook (a vote with test: true)
//
// Every request the bot makes is printed, and each reply as text.
import { createInterface } from 'node:readline';
import { PermissionFlagsBits as P } from 'discord.js';
import { commands } from '../commands/index.js';
import { startFakeDiscord } from '../test/support/fake-discord.js';
import {
  type Answered,
  type CommandOption,
  chooseInSelect,
  clickButton,
  currentMessage,
  replyText,
  sendSlashCommand,
  submitModal,
} from '../test/support/interactions.js';

const guildId = '123456789012345678';
const voterId = '987654321098765432';
const roles = {
  Voter: { id: '223456789012345678', position: 5, permissions: 0n },
  // For tiers and the shop: roles with no permissions, below the bot's.
  Bronze: { id: '223456789012345681', position: 3, permissions: 0n },
  VIP: { id: '223456789012345682', position: 4, permissions: 0n },
  Admin: { id: '223456789012345679', position: 6, permissions: P.Administrator },
  Mods: { id: '223456789012345680', position: 8, permissions: P.ManageGuild | P.ManageRoles },
};
const channels = { log: '323456789012345678', announcements: '323456789012345679' };
const people = {
  owner: { id: '423456789012345670', roles: [] as string[], permissions: P.Administrator },
  admin: { id: '423456789012345671', roles: [roles.Mods.id], permissions: P.ManageGuild | P.ManageRoles },
  manager: { id: '423456789012345672', roles: [] as string[], permissions: P.ManageGuild },
  member: { id: '423456789012345673', roles: [] as string[], permissions: P.SendMessages },
};
type Person = keyof typeof people;

const fake = await startFakeDiscord({ port: Number(process.env.FAKE_DISCORD_PORT ?? 4999) });
fake.addGuild({
  id: guildId,
  name: 'Test Server',
  ownerId: people.owner.id,
  roles: Object.entries(roles).map(([name, r]) => ({ ...r, name, permissions: String(r.permissions) })),
  members: [voterId, ...Object.values(people).map((p) => p.id)],
  memberRoles: Object.fromEntries(Object.values(people).map((p) => [p.id, p.roles])),
  channels: Object.values(channels),
});
console.log(`fake Discord at ${fake.apiUrl}
guild ${guildId} "Test Server"; voter ${voterId}
roles: ${Object.entries(roles)
  .map(([name, r]) => `@${name} ${r.id}`)
  .join(', ')}; channels: ${Object.entries(channels)
  .map(([name, id]) => `#${name} ${id}`)
  .join(', ')}

Start the bot against it:
  DISCORD_TOKEN=${fake.token} DISCORD_API_URL=${fake.apiUrl} npm start
Register the commands with DISCORD_TOKEN=${fake.token} DISCORD_API_URL=${fake.apiUrl} npm run commands:deploy
Type "as owner|admin|manager|member", a slash command such as "/setup status", or "vote".
`);

let seen = 0;
const printRequests = () => {
  for (const r of fake.requests.slice(seen)) {
    if (/^\/(interactions|webhooks)\//.test(r.path)) continue; // replies are printed as text below
    console.log(`${r.method} ${r.path} -> ${r.status}${r.body ? ` ${JSON.stringify(r.body)}` : ''}`);
  }
  seen = fake.requests.length;
};
setInterval(printRequests, 200).unref();

type Options = Array<{ name: string; type: number; options?: Options }> | undefined;

/** Option types of every command, from the definitions the bot registers (`path`: group and/or subcommand). */
function optionType(command: string, path: string[], name: string): number | undefined {
  let options = commands.find((c) => c.definition.name === command)?.definition.options as Options;
  for (const part of path) options = options?.find((o) => o.name === part)?.options;
  return options?.find((o) => o.name === name)?.type;
}

function optionValue(type: number, text: string): unknown {
  if (type === 8)
    return roles[text.replace(/^@/, '') as keyof typeof roles]?.id ?? text.replace(/^<@&|>$/g, '');
  if (type === 7) return channels[text.replace(/^#/, '') as keyof typeof channels] ?? text;
  if (type === 4 || type === 10) return Number(text);
  if (type === 5) return /^(true|yes|on)$/i.test(text);
  return text;
}

/** "/setup role role:@Voter duration:12h" or "/setup tier add votes:3 role:@Bronze" as the options Discord would send. */
function parseSlash(line: string): { name: string; options: CommandOption[] } {
  const [head = '', ...rest] = line.slice(1).match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
  const path = rest.filter((w) => !w.includes(':')).slice(0, 2);
  const pairs = rest.filter((w) => w.includes(':')).map((w) => w.replace(/"/g, ''));
  const options = pairs.map((pair): CommandOption => {
    const [name = '', ...value] = pair.split(':');
    const type = optionType(head, path, name) ?? 3;
    return { type, name, value: optionValue(type, value.join(':')) };
  });
  const [group, sub] = path;
  if (group && sub)
    return { name: head, options: [{ type: 2, name: group, options: [{ type: 1, name: sub, options }] }] };
  return { name: head, options: group ? [{ type: 1, name: group, options }] : options };
}

/** The token of the newest interaction on the message shown last, and of the click that opened a form. */
let shown: string | undefined;
let form: string | undefined;
let guildSecret: string | undefined;
const customId = (name: string) => (name.includes(':') ? name : `setup:start:${name}`);
function showMessage(token: string) {
  const message = currentMessage(fake, token);
  const parts = (message.components ?? []).flatMap((row) => row.components ?? []);
  const names = parts.map(
    (c) => `${c.type === 2 ? 'button' : 'select'} ${String(c.custom_id).replace('setup:start:', '')}`,
  );
  console.log(`${replyText(message).trim()}\n[${names.join(' · ')}]\n`);
}
async function onMessage(
  step: (who: Parameters<typeof clickButton>[1], on: string) => Promise<Answered>,
  on = shown,
) {
  if (!on) throw new Error('no message to use: run /setup start first');
  const person = people[invoker];
  const who = { guildId, channelId: channels.log, userId: person.id, member: person };
  const answered = await step(who, on);
  printRequests();
  if (answered.callback.type === 9) {
    form = answered.token;
    return console.log(
      `(a form opened: ${JSON.stringify(answered.callback.data?.title)}; type "submit <text>")\n`,
    );
  }
  form = undefined;
  // A deferred update (6) is edited a moment later (a purchase grants its role first): wait for the edit.
  if (answered.callback.type === 6) await new Promise((r) => setTimeout(r, 2000));
  if (answered.callback.type === 7 || answered.callback.type === 6) shown = answered.token;
  showMessage(answered.token);
}
async function postVote(test: boolean, userId = voterId) {
  const auth = guildSecret ?? process.env.RANKLY_WEBHOOK_AUTH;
  const res = await fetch(`${botUrl}/webhook/votes${guildSecret ? `/${guildId}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: JSON.stringify({
      userId,
      serverId: guildId,
      timestamp: new Date().toISOString(),
      creditsAwarded: true,
      adBlocker: false,
      test,
    }),
  });
  console.log(`-> ${res.status} ${await res.text()}`);
}

let invoker: Person = 'admin';
// The Discord client language the next slash commands come from ("locale de"), as Discord sends it.
let locale = 'en-US';
const botUrl = process.env.BOT_URL ?? 'http://127.0.0.1:3000';
const prompt = () => process.stdout.write(`${invoker}> `);
const lines = createInterface({ input: process.stdin });
prompt();
for await (const raw of lines) {
  const line = raw.trim();
  try {
    if (line.startsWith('as ')) {
      const who = line.slice(3).trim() as Person;
      if (!(who in people)) console.log(`one of: ${Object.keys(people).join(', ')}`);
      else invoker = who;
    } else if (line.startsWith('locale ')) {
      locale = line.slice(7).trim();
    } else if (line.startsWith('/')) {
      const person = people[invoker];
      const { data, request } = await sendSlashCommand(fake, {
        ...parseSlash(line),
        guildId,
        channelId: channels.log,
        userId: person.id,
        locale,
        member: { roles: person.roles, permissions: person.permissions },
      });
      printRequests();
      // A reply with buttons (/setup start, /shop items) is the message "click" acts on next.
      if (line.startsWith('/setup start') || (data as { components?: unknown[] }).components?.length) {
        shown = request.path.split('/')[3];
        if (shown) showMessage(shown);
      } else console.log(`${replyText(data).trim()}\n`);
    } else if (line === 'vote' || line.startsWith('vote ')) {
      await postVote(false, line.split(' ')[1]);
    } else if (line === 'test') {
      await postVote(true);
      await new Promise((r) => setTimeout(r, 1500));
      printRequests();
      if (shown) showMessage(shown);
    } else if (line.startsWith('auth ')) {
      guildSecret = line.slice(5).trim();
    } else if (line.startsWith('click ')) {
      await onMessage((who, on) => clickButton(fake, who, on, customId(line.slice(6).trim())));
    } else if (line.startsWith('choose ')) {
      const [name = '', ...values] = line.slice(7).trim().split(/\s+/);
      const type = name === 'role' ? 8 : name === 'announce' || name === 'log' ? 7 : 3;
      await onMessage((who, on) =>
        chooseInSelect(
          fake,
          who,
          on,
          customId(name),
          values.map((v) => String(optionValue(type, v))),
        ),
      );
    } else if (line.startsWith('submit ') && form) {
      const modal = fake.openedModal(form) as { components: Array<{ component?: { custom_id: string } }> };
      const input = modal.components[0]?.component?.custom_id ?? '';
      const text = line.slice(7);
      await onMessage((who, on) => submitModal(fake, who, on, { [input]: text }), form);
    } else if (line) {
      console.log(
        'type "as <who>", "locale <code>", a slash command such as "/setup status", "vote", "test", or for /setup start "choose", "click", "submit", "auth"',
      );
    }
  } catch (err) {
    console.log(`error: ${(err as Error).message}`);
  }
  prompt();
}
await fake.close();
