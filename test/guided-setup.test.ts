import { writeFileSync } from 'node:fs';
import { PermissionFlagsBits as P } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import type { RecordedRequest } from './support/fake-discord.js';
import {
  type Answered,
  chooseInSelect,
  clickButton,
  currentMessage,
  type Invoker,
  replyText,
  type ShownMessage,
  sendSlashCommand,
  subcommand,
  submitModal,
} from './support/interactions.js';

/**
 * The guided setup (issue 15 point 6): /setup start walks an admin from an
 * empty server to a rewarded vote in one message, through the real
 * discord.js client and the fake Discord (select menus, buttons, a modal).
 * Every choice goes through the subcommands' checks; Rankly's test delivery
 * updates the message. With GUIDED_TRANSCRIPT=<file>, the run writes every
 * step and the message's text after it to that file (README, transcript).
 */
let bot: TestBot;
const guildId = snowflake();
const adminId = snowflake();
const managerId = snowflake();
const voterId = snowflake();
const botRoleId = snowflake();
const modsRoleId = snowflake();
const voterRoleId = snowflake();
const staffRoleId = snowflake();
const generalId = snowflake();
const votesChannelId = snowflake();
const muteBotChannelId = snowflake();

beforeAll(async () => {
  bot = await startTestBot({
    env: { PUBLIC_URL: 'https://bot.example.com' },
    guilds: [
      {
        id: guildId,
        name: 'Empty Server',
        botRoleId,
        roles: [
          { id: voterRoleId, name: 'Voter', position: 2 },
          { id: staffRoleId, name: 'Staff', position: 4, permissions: String(P.BanMembers | P.KickMembers) },
          { id: modsRoleId, name: 'Mods', position: 8 },
        ],
        members: [adminId, managerId, voterId],
        memberRoles: { [adminId]: [modsRoleId], [managerId]: [modsRoleId] },
        channels: [
          generalId,
          votesChannelId,
          { id: muteBotChannelId, overwrites: [{ id: botRoleId, type: 0, deny: P.SendMessages }] },
        ],
      },
    ],
  });
  await eventually(() => bot.discord?.client.guilds.cache.has(guildId));
});
afterAll(async () => {
  await bot?.close();
  if (process.env.GUIDED_TRANSCRIPT) writeFileSync(process.env.GUIDED_TRANSCRIPT, transcript.join('\n'));
});

const admin: Invoker = {
  guildId,
  channelId: generalId,
  userId: adminId,
  member: { roles: [modsRoleId], permissions: P.ManageGuild | P.ManageRoles },
};
const manager: Invoker = {
  ...admin,
  userId: managerId,
  member: { roles: [modsRoleId], permissions: P.ManageGuild },
};
const config = () => bot.db.guildConfig.findUnique({ where: { guildId } });
const contentOf = (request: RecordedRequest | undefined) =>
  String((request?.body as { content?: string })?.content);

/** The message as the admin sees it: its text, then its components. */
function shown(message: ShownMessage): string {
  const components = (message.components ?? []).flatMap((row) =>
    (row.components ?? []).map((c) => {
      const options = Array.isArray(c.options)
        ? ` (${(c.options as Array<{ label: string; default?: boolean }>).map((o) => (o.default ? `[${o.label}]` : o.label)).join(' | ')})`
        : '';
      const defaults = Array.isArray(c.default_values)
        ? ` [${(c.default_values as Array<{ id: string }>).map((d) => d.id).join(', ')}]`
        : '';
      return `- ${c.type === 2 ? `button "${c.label}"` : `select "${c.placeholder}"`}${options}${defaults}`;
    }),
  );
  return `${replyText(message)}\n\nComponents:\n${components.join('\n')}`;
}

const transcript: string[] = [
  '# Guided setup, from an empty server to a rewarded vote',
  '',
  'Written by `GUIDED_TRANSCRIPT=<file> npx vitest run test/guided-setup.test.ts`: every step',
  'the admin takes in the real discord.js client against the fake Discord, and the text the',
  'bot answers with, as sent (mentions as Discord receives them: <@&role>, <#channel>, <@user>).',
  `Server "Empty Server": roles @Voter <@&${voterRoleId}>, @Staff <@&${staffRoleId}> (Ban and Kick Members),`,
  `@Mods <@&${modsRoleId}>; channels #general <#${generalId}>, #votes <#${votesChannelId}>,`,
  `#quiet <#${muteBotChannelId}> (the bot may not send there); admin <@${adminId}>, manager <@${managerId}>`,
  `(Manage Server, not Manage Roles), voter <@${voterId}>.`,
];
function record(step: string, text: string) {
  transcript.push('', `## ${step}`, '', '```text', text.trim(), '```');
}

/** The newest interaction on the guided message: its token names the message. */
let last: string;
async function step(title: string, action: () => Promise<Answered>): Promise<string> {
  const answered = await action();
  expect(answered.callback.type).toBe(7); // the message itself is updated
  last = answered.token;
  const text = shown(currentMessage(bot.fake, last));
  record(title, text);
  return text;
}

describe('/setup start, the guided setup', () => {
  it('opens one message with every choice and the steps left', async () => {
    const { data, request } = await sendSlashCommand(bot.fake, {
      ...admin,
      name: 'setup',
      options: subcommand('start'),
    });
    expect(data.flags).toBe(64);
    last = (request.path.split('/')[3] as string) ?? '';
    const text = shown(currentMessage(bot.fake, last));
    record('/setup start', text);
    expect(text).toContain('⬜ Test delivery: after **Finish**');
    expect(text).toContain('🧭 Set up vote rewards');
    expect(text).toContain('⬜ Reward: choose one with');
    expect(text).toContain('select "Reward role for voters"');
    expect(text).toContain('select "How long voters keep the role" (For good | For 12 hours | For 1 day');
    expect(text).toContain('button "Finish: webhook URL and secret"');
    // Kept once the reply reached Discord, for the test delivery to edit the message with.
    expect(await eventually(() => bot.db.guidedSetup.findUnique({ where: { guildId } }))).toMatchObject({
      token: last,
    });
  });

  it('refuses a role from a manager without Manage Roles, and a role with staff powers; saves neither', async () => {
    const byManager = await step('The manager (no Manage Roles) picks @Voter', () =>
      chooseInSelect(bot.fake, manager, last, 'setup:start:role', [voterRoleId]),
    );
    expect(byManager).toContain(
      '❌ Not saved: Choosing a reward role needs the **Manage Roles** permission as well as Manage Server.',
    );
    const staff = await step('The admin picks @Staff', () =>
      chooseInSelect(bot.fake, admin, last, 'setup:start:role', [staffRoleId]),
    );
    expect(staff).toContain(
      `❌ Not saved: <@&${staffRoleId}> has the **Ban Members** and **Kick Members** permissions: a vote reward must not give anyone staff powers.`,
    );
    expect((await config())?.rewardRoleId ?? null).toBeNull();
  });

  it('saves a safe role and a duration, in the words of /setup role', async () => {
    const role = await step('The admin picks @Voter', () =>
      chooseInSelect(bot.fake, admin, last, 'setup:start:role', [voterRoleId]),
    );
    expect(role).toContain(`✅ Voters now get <@&${voterRoleId}> for good.`);
    expect(role).toContain(`select "Reward role for voters" [${voterRoleId}]`);
    const duration = await step('The admin picks "For 1 day"', () =>
      chooseInSelect(bot.fake, admin, last, 'setup:start:duration', ['1d']),
    );
    expect(duration).toContain(`✅ Voters now get <@&${voterRoleId}> for 1 day.`);
    expect(duration).toContain('[For 1 day]');
    expect(await config()).toMatchObject({ rewardRoleId: voterRoleId, rewardRoleSeconds: 86_400 });
  });

  it('refuses a channel the bot cannot post in, then saves the announcement and log channels', async () => {
    const quiet = await step('The admin picks #quiet for announcements', () =>
      chooseInSelect(bot.fake, admin, last, 'setup:start:announce', [muteBotChannelId]),
    );
    expect(quiet).toContain(
      `❌ Not saved: I cannot post in <#${muteBotChannelId}>: I need **Send Messages** there.`,
    );
    expect((await config())?.announceChannelId ?? null).toBeNull();
    const votes = await step('The admin picks #votes for announcements', () =>
      chooseInSelect(bot.fake, admin, last, 'setup:start:announce', [votesChannelId]),
    );
    expect(votes).toContain(
      `✅ Votes are now announced in <#${votesChannelId}>. Preview, with your numbers:`,
    );
    expect(votes).toContain(`> <@${adminId}> just voted and received the **Voter** role for 1 day!`);
    const log = await step('The admin picks #general as the log channel', () =>
      chooseInSelect(bot.fake, admin, last, 'setup:start:log', [generalId]),
    );
    expect(log).toContain(
      `✅ Test webhooks from Rankly and problems with rewards are now reported in <#${generalId}>.`,
    );
    expect(await config()).toMatchObject({ announceChannelId: votesChannelId, logChannelId: generalId });
  });

  it('edits the DM text in a modal: refuses an unknown placeholder with the valid ones, previews a good text', async () => {
    /** Presses "Edit DM text" and submits `text` in the form it opens. */
    const editDm = (title: string, text: string) =>
      step(title, async () => {
        const opened = await clickButton(bot.fake, admin, last, 'setup:start:dm');
        expect(opened.callback.type).toBe(9);
        return submitModal(bot.fake, admin, opened.token, { 'setup:start:dm-text': text });
      });
    const bogus = await editDm(
      'The admin presses "Edit DM text" and submits "Thanks {user}, you got {bogus}!"',
      'Thanks {user}, you got {bogus}!',
    );
    expect(bogus).toContain('❌ Not saved: the DM text uses {bogus}, which is not a placeholder.');
    expect(bogus).toContain(
      '{user} {streak} {total} {reward} {balance} {currency} {role} {server} {next_vote}',
    );
    expect((await config())?.dmTemplate).toBeNull();

    const text = 'Thanks for voting for {server}, {user}! You got {reward}.';
    const good = await editDm(
      'The admin presses "Edit DM text" again and submits a text with known placeholders',
      text,
    );
    expect(good).toContain('✅ Voters now get a thank-you DM with your text. Preview, with your numbers:');
    expect(good).toContain(
      `> Thanks for voting for Empty Server, <@${adminId}>! You got the **Voter** role for 1 day.`,
    );
    expect((await config())?.dmTemplate).toBe(text);
    // The form opens with the text in effect.
    const reopened = await clickButton(bot.fake, admin, last, 'setup:start:dm');
    expect(JSON.stringify(bot.fake.openedModal(reopened.token))).toContain(
      `"title":"Thank-you DM to voters"`,
    );
    expect(JSON.stringify(bot.fake.openedModal(reopened.token))).toContain(`"value":${JSON.stringify(text)}`);
  });

  let secret = '';
  /** Rankly's Test Webhook, with the secret Finish showed, to this server's URL. */
  const testDelivery = () =>
    bot.post(`/webhook/votes/${guildId}`, votePayload({ serverId: guildId, userId: adminId, test: true }), {
      authorization: secret,
    });
  it('finishes with the webhook URL, a new secret and the words to press Test Webhook', async () => {
    const finished = await step('The admin presses "Finish: webhook URL and secret"', () =>
      clickButton(bot.fake, admin, last, 'setup:start:finish'),
    );
    expect(finished).toContain(`Webhook URL: \`https://bot.example.com/webhook/votes/${guildId}\``);
    expect(finished).toContain('Press **Test Webhook** in the Rankly dashboard now');
    expect(finished).toContain("with this server's own secret.");
    secret = /Authorization: `([^`]+)`/.exec(finished)?.[1] ?? '';
    expect(secret).toMatch(/^[\w-]{32}$/);
    await eventually(async () => (await config())?.webhookSecretHash);
  });

  it('updates the message when Rankly’s test delivery arrives, through the newest token', async () => {
    const response = await testDelivery();
    expect(await response.json()).toEqual({ received: true, test: true });
    const [edit] = await bot.fake.waitFor('PATCH', new RegExp(`/webhooks/\\d+/${last}/messages/@original$`));
    expect(edit?.status).toBe(200);
    const text = shown(currentMessage(bot.fake, last));
    record('Rankly’s test delivery arrives (the admin pressed Test Webhook)', text);
    expect(text).toMatch(/^✅ Test delivery received <t:\d+:R>: Rankly reaches me/);
    // The choices below are left as they were: the secret is still in view.
    expect(text).toContain(`Authorization: \`${secret}\``);
    const [logged] = await bot.fake.waitFor('POST', new RegExp(`^/channels/${generalId}/messages$`));
    record('The log channel #general', contentOf(logged));
    expect(bot.logText()).not.toContain(last);
    // A later choice redraws the message: the test delivery stays received, the secret in view.
    const again = await step('The admin picks "For 1 day" again', () =>
      chooseInSelect(bot.fake, admin, last, 'setup:start:duration', ['1d']),
    );
    expect(again).toMatch(/^✅ Test delivery received <t:\d+:R>/);
    expect(again).toContain(`Authorization: \`${secret}\``);
  });

  it('rewards a real vote with the chosen role, DM and announcement', async () => {
    await bot.post('/webhook/votes', votePayload({ serverId: guildId, userId: voterId }), {
      authorization: secret,
    });
    const [grant] = await bot.fake.waitFor('PUT', new RegExp(`/members/${voterId}/roles/${voterRoleId}$`));
    expect(grant?.status).toBe(204);
    const dmChannel = await eventually(() => bot.fake.dmChannelOf(voterId));
    const [dm] = await bot.fake.waitFor('POST', new RegExp(`^/channels/${dmChannel}/messages$`), 1, 10_000);
    const [announcement] = await bot.fake.waitFor(
      'POST',
      new RegExp(`^/channels/${votesChannelId}/messages$`),
      1,
      10_000,
    );
    const dmText = contentOf(dm);
    const announceText = contentOf(announcement);
    record('A member votes on Rankly: the role is given (PUT .../roles/<Voter>), then the DM', dmText);
    record('… and the announcement in #votes', announceText);
    expect(dmText).toBe(
      `Thanks for voting for Empty Server, <@${voterId}>! You got the **Voter** role for 1 day.`,
    );
    expect(announceText).toContain(`<@${voterId}> just voted and received the **Voter** role for 1 day!`);
  });

  it('does not claim a role refused at grant time: the DM and announcement say what was given', async () => {
    // An admin later gives @Voter a staff power: the worker's check before the grant refuses it.
    bot.fake.updateRole(guildId, voterRoleId, { permissions: P.ManageMessages });
    await eventually(() =>
      bot.discord?.client.guilds.cache
        .get(guildId)
        ?.roles.cache.get(voterRoleId)
        ?.permissions.has(P.ManageMessages),
    );
    const second = snowflake();
    bot.fake.addMember(guildId, second, { dispatch: false });
    await bot.post('/webhook/votes', votePayload({ serverId: guildId, userId: second }), {
      authorization: secret,
    });
    const dmChannel = await eventually(() => bot.fake.dmChannelOf(second));
    const [dm] = await bot.fake.waitFor('POST', new RegExp(`^/channels/${dmChannel}/messages$`), 1, 10_000);
    const [, announcement] = await bot.fake.waitFor(
      'POST',
      new RegExp(`^/channels/${votesChannelId}/messages$`),
      2,
      10_000,
    );
    record('@Voter gains Manage Messages; another member votes: the role is refused, the DM', contentOf(dm));
    record('… and the announcement', contentOf(announcement));
    expect(contentOf(dm)).toBe(`Thanks for voting for Empty Server, <@${second}>! You got our thanks.`);
    expect(contentOf(announcement)).toContain(`<@${second}> just voted and received our thanks!`);
    expect(bot.fake.find('PUT', new RegExp(`/members/${second}/roles/`))).toHaveLength(0);
    const [, alert] = await bot.fake.waitFor(
      'POST',
      new RegExp(`^/channels/${generalId}/messages$`),
      2,
      10_000,
    );
    record('… and the log channel #general', contentOf(alert));
    expect(contentOf(alert)).toContain('Manage Messages');
    bot.fake.updateRole(guildId, voterRoleId, { permissions: 0n });
  });

  it('still tells the log channel when Discord refuses the edit (the admin dismissed the message)', async () => {
    bot.fake.failNext({ method: 'PATCH', path: /@original$/, status: 404, code: 10008 });
    await testDelivery();
    const logged = await bot.fake.waitFor('POST', new RegExp(`^/channels/${generalId}/messages$`), 3);
    expect(contentOf(logged.at(-1))).toContain('Rankly test webhook received');
    expect(
      bot.logs.find((l) => l.msg === 'could not mark the test delivery on the guided setup message'),
    ).toBeDefined();
    expect(bot.logText()).not.toContain(last);
  });

  it('leaves the message alone once its token has expired', async () => {
    await bot.db.guidedSetup.update({ where: { guildId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = bot.fake.find('PATCH', /@original$/).length;
    await testDelivery();
    const logged = await bot.fake.waitFor('POST', new RegExp(`^/channels/${generalId}/messages$`), 4);
    expect(contentOf(logged.at(-1))).toContain('Rankly test webhook received');
    expect(bot.fake.find('PATCH', /@original$/)).toHaveLength(before);
    // A token past its time is dropped: nothing keeps a dead credential.
    expect(await bot.db.guidedSetup.findUnique({ where: { guildId } })).toBeNull();
  });
});
