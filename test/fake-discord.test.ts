import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type GuildMember,
  type Interaction,
  LabelBuilder,
  ModalBuilder,
  REST,
  Routes,
  type TextChannel,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.js';
import { clickButton, currentMessage, dispatchSlashCommand, submitModal } from './support/interactions.js';

/** Snowflake whose (id >> 22) is `n`, so the owning shard is n % shardCount. */
const sf = (n: number, inc = 0): string => String((BigInt(n) << 22n) | BigInt(inc));

const GUILD = sf(300_000_000_000, 1); // shard 0 of 2
const GUILD_ODD = sf(300_000_000_001, 1); // shard 1 of 2
const VOTER_ROLE = sf(300_000_000_000, 2);
const HIGH_ROLE = sf(300_000_000_000, 3);
const CHANNEL = sf(300_000_000_000, 4);
const USER = sf(300_000_000_000, 5);
const NEWCOMER = sf(300_000_000_000, 6);
const STRANGER = sf(300_000_000_000, 7);

let fake: FakeDiscord | undefined;
let clients: Client[] = [];

async function setup(): Promise<FakeDiscord> {
  fake = await startFakeDiscord();
  fake.addGuild({
    id: GUILD,
    name: 'Rankly Test',
    members: [USER],
    channels: [CHANNEL],
    roles: [
      { id: VOTER_ROLE, name: 'Voter', position: 1 },
      { id: HIGH_ROLE, name: 'Staff', position: 20 },
    ],
  });
  return fake;
}

function newClient(f: FakeDiscord, extra: Partial<ConstructorParameters<typeof Client>[0]> = {}): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers],
    rest: { api: f.apiUrl },
    ...extra,
  });
  clients.push(client);
  return client;
}

async function loginAndWaitReady(client: Client, f: FakeDiscord): Promise<void> {
  const ready = once(client, Events.ClientReady);
  await client.login(f.token);
  await ready;
}

afterEach(async () => {
  await Promise.all(clients.map((c) => c.destroy()));
  clients = [];
  await fake?.close();
  fake = undefined;
});

describe('fake Discord REST', () => {
  it('PUT member role through real @discordjs/rest is recorded once', async () => {
    const f = await setup();
    const rest = new REST({ api: f.apiUrl }).setToken(f.token);
    await rest.put(Routes.guildMemberRole(GUILD, USER, VOTER_ROLE), { reason: 'vote' });
    expect(f.requests).toHaveLength(1);
    expect(f.requests[0]).toMatchObject({
      method: 'PUT',
      path: `/guilds/${GUILD}/members/${USER}/roles/${VOTER_ROLE}`,
      status: 204,
      authorized: true,
    });
    const member = (await rest.get(Routes.guildMember(GUILD, USER))) as { roles: string[] };
    expect(member.roles).toEqual([VOTER_ROLE]);
  });

  it('retries a one-off 429 (retry_after 0.2) and then succeeds', async () => {
    const f = await setup();
    const rest = new REST({ api: f.apiUrl }).setToken(f.token);
    f.failNext({ method: 'PUT', path: /\/roles\//, status: 429, retryAfter: 0.2 });
    await rest.put(Routes.guildMemberRole(GUILD, USER, VOTER_ROLE));
    expect(f.find('PUT', /\/roles\//).map((r) => r.status)).toEqual([429, 204]);
  });

  it("retries 'reset' (ECONNRESET) and 'timeout' (client abort) faults; latency is applied", async () => {
    const f = await setup();
    const rest = new REST({ api: f.apiUrl, timeout: 300 }).setToken(f.token);
    f.failNext({ path: /\/roles\//, status: 0, kind: 'reset' });
    f.failNext({ path: /\/roles\//, status: 0, kind: 'timeout' });
    f.failNext({ path: /\/roles\//, status: 502 });
    await rest.put(Routes.guildMemberRole(GUILD, USER, VOTER_ROLE));
    expect(f.requests.map((r) => r.status)).toEqual([0, 0, 502, 204]);

    f.setLatency(80, 100);
    const started = Date.now();
    await rest.get(Routes.user('@me'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('surfaces Discord error codes as DiscordAPIError', async () => {
    const f = await setup();
    const rest = new REST({ api: f.apiUrl }).setToken(f.token);
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => 'resolved',
        (e: unknown) => (e instanceof DiscordAPIError ? e.code : e),
      );

    expect(await codeOf(rest.put(Routes.guildMemberRole(GUILD, STRANGER, VOTER_ROLE)))).toBe(10007);
    expect(await codeOf(rest.put(Routes.guildMemberRole(GUILD, USER, HIGH_ROLE)))).toBe(50013);
    expect(await codeOf(rest.put(Routes.guildMemberRole(GUILD, USER, sf(300_000_000_042))))).toBe(10011);
    expect(await codeOf(rest.get(Routes.guild(sf(300_000_000_043))))).toBe(10004);

    f.closeDms(USER);
    const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: USER } })) as {
      id: string;
      type: number;
    };
    expect(dm.type).toBe(1);
    expect(
      await codeOf(rest.post(Routes.channelMessages(dm.id), { body: { content: 'thanks for voting' } })),
    ).toBe(50007);

    const noAuth = new REST({ api: f.apiUrl }).setToken('wrong-token');
    expect(await codeOf(noAuth.get(Routes.user('@me')))).toBe(0);
    expect(f.requests.at(-1)).toMatchObject({ status: 401, authorized: false });
  });

  it('enforces per-route limits with real headers; discord.js waits instead of hammering', async () => {
    const f = await setup();
    f.rateLimits({ perRoute: { limit: 2, windowMs: 300 } });
    const rest = new REST({ api: f.apiUrl }).setToken(f.token);
    for (let i = 0; i < 6; i++) await rest.get(Routes.guildMember(GUILD, USER));
    const got = f.find('GET', /\/members\//);
    expect(got.filter((r) => r.status === 200)).toHaveLength(6);
    // After learning the bucket from headers, discord.js should never exceed the limit.
    expect(got.filter((r) => r.status === 429).length).toBeLessThanOrEqual(1);
  });

  it('global limit answers 429 global and discord.js backs off', async () => {
    const f = await setup();
    f.rateLimits({ globalPerSecond: 5 });
    const rest = new REST({ api: f.apiUrl }).setToken(f.token);
    const channels = Array.from({ length: 8 }, (_, i) => sf(300_000_000_200 + i));
    f.addGuild({ id: sf(300_000_000_300), channels });
    const started = Date.now();
    await Promise.all(channels.map((c) => rest.post(Routes.channelMessages(c), { body: { content: 'hi' } })));
    expect(f.requests.filter((r) => r.status === 200)).toHaveLength(8);
    expect(f.requests.some((r) => r.status === 429)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe('fake Discord gateway', () => {
  it('logs a real Client in, delivers the guild, member joins and serves sends', async () => {
    const f = await setup();
    const client = newClient(f);
    await loginAndWaitReady(client, f);
    // client.login only fetches GET /gateway/bot over REST.
    expect(f.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /gateway/bot']);
    const guild = client.guilds.cache.get(GUILD);
    expect(guild?.name).toBe('Rankly Test');
    expect(guild?.roles.cache.get(VOTER_ROLE)?.name).toBe('Voter');
    expect(guild?.members.me?.roles.highest.rawPosition).toBe(10);
    expect(f.gatewayConnections()).toEqual([{ shardId: 0, shardCount: 1, identified: true }]);

    const joined = once(client, Events.GuildMemberAdd) as Promise<[GuildMember]>;
    f.addMember(GUILD, NEWCOMER);
    const [member] = await joined;
    expect(member.id).toBe(NEWCOMER);

    await member.roles.add(VOTER_ROLE);
    await f.waitFor('PUT', new RegExp(`/members/${NEWCOMER}/roles/${VOTER_ROLE}$`));
    const sent = await (client.channels.cache.get(CHANNEL) as TextChannel).send('congrats');
    expect(sent.content).toBe('congrats');
    const dm = await client.users.send(USER, { content: 'thanks for voting' });
    expect(dm.channel.isDMBased()).toBe(true);
    // guild.members.fetch() goes over the gateway (op 8), not REST.
    const fetched = await guild?.members.fetch();
    expect(fetched?.has(USER)).toBe(true);
  });

  it('routes interactions and acknowledges replies', async () => {
    const f = await setup();
    const client = newClient(f);
    await loginAndWaitReady(client, f);
    const got = once(client, Events.InteractionCreate) as Promise<[ChatInputCommandInteraction]>;
    f.dispatch(
      'INTERACTION_CREATE',
      {
        id: sf(300_000_000_500),
        application_id: f.applicationId,
        type: 2,
        token: 'itoken',
        version: 1,
        guild_id: GUILD,
        channel_id: CHANNEL,
        channel: { id: CHANNEL, type: 0, guild_id: GUILD },
        member: {
          user: { id: USER, username: 'voter', discriminator: '0', global_name: null, avatar: null },
          roles: [],
          joined_at: new Date().toISOString(),
          permissions: '0',
          deaf: false,
          mute: false,
          flags: 0,
        },
        data: { id: sf(300_000_000_501), name: 'rewards', type: 1 },
        locale: 'en-US',
        app_permissions: '0',
        entitlements: [],
        authorizing_integration_owners: {},
        context: 0,
        attachment_size_limit: 8_388_608,
      },
      GUILD,
    );
    const [interaction] = await got;
    expect(interaction.commandName).toBe('rewards');
    await interaction.deferReply({ flags: 64 });
    await interaction.editReply('done');
    await expect(interaction.reply('twice')).rejects.toThrow(); // discord.js itself refuses: already deferred
    const callback = f.find('POST', /^\/interactions\//);
    expect(callback).toHaveLength(1);
    expect(callback[0]).toMatchObject({
      status: 204,
      authorized: false,
      body: { type: 5, data: { flags: 64 } },
    });
    expect(f.find('PATCH', /@original$/)[0]?.body).toMatchObject({ content: 'done' });
    // A second callback for the same interaction is refused like Discord does.
    const rest = new REST({ api: f.apiUrl });
    const again = rest.post(Routes.interactionCallback(interaction.id, 'itoken'), {
      body: { type: 4, data: { content: 'x' } },
      auth: false,
    });
    await expect(again).rejects.toMatchObject({ code: 40060, status: 400 });
  });

  it('runs components and modals by Discord’s rules: @original is the message, one callback, no modal after a modal, 15-minute tokens', async () => {
    const f = await setup();
    const client = newClient(f);
    await loginAndWaitReady(client, f);
    const who = { guildId: GUILD, channelId: CHANNEL, userId: USER };
    const next = () => once(client, Events.InteractionCreate) as Promise<[Interaction]>;
    let got = next();
    const commandId = dispatchSlashCommand(f, { ...who, name: 'rewards' });
    const [command] = await got;
    if (!command.isChatInputCommand()) throw new Error('expected a command');
    const button = new ButtonBuilder().setCustomId('open').setLabel('Open').setStyle(ButtonStyle.Primary);
    await command.reply({
      content: 'pick',
      flags: 64,
      components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button).toJSON()],
    });
    const message = `token-${commandId}`;
    expect(currentMessage(f, message)).toMatchObject({ content: 'pick', flags: 64 });

    got = next();
    const clicked = clickButton(f, who, message, 'open');
    const [click] = await got;
    if (!click.isButton()) throw new Error('expected a button');
    expect(click.message.id).toBe(currentMessage(f, message).id);
    const input = new TextInputBuilder().setCustomId('text').setStyle(TextInputStyle.Short);
    await click.showModal(
      new ModalBuilder()
        .setCustomId('modal')
        .setTitle('Text')
        .addLabelComponents(new LabelBuilder().setLabel('Text').setTextInputComponent(input)),
    );
    const opened = await clicked;
    expect(opened.callback.type).toBe(9);
    const rest = new REST({ api: f.apiUrl });
    const callback = (i: { id: string; token: string }, body: object) =>
      rest.post(Routes.interactionCallback(i.id, i.token), { body, auth: false });
    // Raw callbacks where discord.js would refuse by itself: these are Discord's answers.
    await expect(callback(click, { type: 7, data: { content: 'twice' } })).rejects.toMatchObject({
      code: 40060,
    });

    got = next();
    const submitted = submitModal(f, who, opened.token, { text: 'hello' });
    const [submit] = await got;
    if (!submit.isModalSubmit() || !submit.isFromMessage()) throw new Error('expected a modal submit');
    expect(submit.fields.getTextInputValue('text')).toBe('hello');
    await expect(
      callback(submit, { type: 9, data: { custom_id: 'again', title: 'No', components: [] } }),
    ).rejects.toMatchObject({ code: 50035 });
    await callback(submit, { type: 7, data: { content: 'updated' } });
    expect((await submitted).callback.type).toBe(7);
    // The component's message, edited through the newest interaction's token.
    expect(currentMessage(f, submit.token)).toMatchObject({
      id: currentMessage(f, message).id,
      content: 'updated',
    });
    await rest.patch(Routes.webhookMessage(f.applicationId, submit.token, '@original'), {
      body: { content: 'received' },
      auth: false,
    });
    expect(currentMessage(f, message).content).toBe('received');
    // A slash command has no message to update.
    const other = dispatchSlashCommand(f, { ...who, name: 'rewards' });
    await expect(
      callback({ id: other, token: `token-${other}` }, { type: 7, data: { content: 'x' } }),
    ).rejects.toMatchObject({ code: 50035 });
    f.advanceClock(15 * 60_000 + 1);
    await expect(
      rest.patch(Routes.webhookMessage(f.applicationId, submit.token, '@original'), {
        body: { content: 'too late' },
        auth: false,
      }),
    ).rejects.toMatchObject({ code: 50027, status: 401 });
  });

  it('sends each shard only its own guilds', async () => {
    const f = await setup();
    f.addGuild({ id: GUILD_ODD, name: 'Odd' });
    const c0 = newClient(f, { intents: [GatewayIntentBits.Guilds], shards: [0], shardCount: 2 });
    const c1 = newClient(f, { intents: [GatewayIntentBits.Guilds], shards: [1], shardCount: 2 });
    await Promise.all([loginAndWaitReady(c0, f), loginAndWaitReady(c1, f)]);
    expect([...c0.guilds.cache.keys()]).toEqual([GUILD]);
    expect([...c1.guilds.cache.keys()]).toEqual([GUILD_ODD]);
    expect(
      f
        .gatewayConnections()
        .map((c) => `${c.shardId}/${c.shardCount}`)
        .sort(),
    ).toEqual(['0/2', '1/2']);

    // Member events only reach the owning shard, and only with the GuildMembers intent.
    const seen: string[] = [];
    c0.on(Events.Raw, (p: { t: string }) => seen.push(`c0 ${p.t}`));
    c1.on(Events.Raw, (p: { t: string }) => seen.push(`c1 ${p.t}`));
    f.dispatch('GUILD_UPDATE', { id: GUILD_ODD, name: 'Odd renamed' }, GUILD_ODD);
    await new Promise((r) => setTimeout(r, 100));
    f.addMember(GUILD_ODD, NEWCOMER); // nobody asked for GuildMembers: not delivered
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual(['c1 GUILD_UPDATE']);
    expect(c1.guilds.cache.get(GUILD_ODD)?.name).toBe('Odd renamed');
  });
});

describe('fake Discord gateway: sharding and member lists', () => {
  it("recommends its shard count, which discord.js's shards: 'auto' follows", async () => {
    const f = await setup();
    f.addGuild({ id: GUILD_ODD, name: 'Odd' });
    f.recommendShards(2);
    const client = newClient(f, { intents: [GatewayIntentBits.Guilds], shards: 'auto' });
    await loginAndWaitReady(client, f);
    expect(
      f
        .gatewayConnections()
        .map((c) => `${c.shardId}/${c.shardCount}`)
        .sort(),
    ).toEqual(['0/2', '1/2']);
    expect([...client.guilds.cache.keys()].sort()).toEqual([GUILD, GUILD_ODD].sort());
  });

  it('with memberLists, lists the members of guilds up to large_threshold, as Discord does', async () => {
    fake = await startFakeDiscord({ memberLists: true });
    const small = Array.from({ length: 10 }, (_, i) => sf(300_000_000_002, i + 1));
    const large = Array.from({ length: 60 }, (_, i) => sf(300_000_000_003, i + 1));
    fake.addGuild({ id: GUILD, members: small });
    fake.addGuild({ id: GUILD_ODD, members: large });
    const client = newClient(fake); // Guilds + GuildMembers, large_threshold 50 (discord.js's default)
    await loginAndWaitReady(client, fake);
    expect(client.guilds.cache.get(GUILD)?.members.cache.size).toBe(11); // the members and the bot
    expect(client.guilds.cache.get(GUILD_ODD)?.members.cache.size).toBe(1); // the bot only
    expect(client.guilds.cache.get(GUILD_ODD)?.large).toBe(true);
    expect(client.guilds.cache.get(GUILD_ODD)?.memberCount).toBe(61);

    // Without the GuildMembers intent no member list arrives.
    const withoutIntent = newClient(fake, { intents: [GatewayIntentBits.Guilds] });
    await loginAndWaitReady(withoutIntent, fake);
    expect(withoutIntent.guilds.cache.get(GUILD)?.members.cache.size).toBe(1);
  });
});

describe('fake Discord chaos', () => {
  it('every call survives random 429/500/timeout/reset through discord.js retries', async () => {
    const f = await setup();
    const guildIds = Array.from({ length: 10 }, (_, i) => sf(300_000_000_400 + i));
    for (const id of guildIds) f.addGuild({ id, members: [USER], roles: [{ id: VOTER_ROLE, position: 1 }] });
    f.setChaos({ rate: 0.3, seed: 7 });
    const rest = new REST({ api: f.apiUrl, retries: 10, timeout: 500 }).setToken(f.token);
    // 10 guilds => 10 independent discord.js queues (major parameter), 10 calls each.
    const calls = guildIds.flatMap((g) =>
      Array.from({ length: 10 }, (_, i) =>
        i % 2
          ? rest.put(Routes.guildMemberRole(g, USER, VOTER_ROLE))
          : rest.delete(Routes.guildMemberRole(g, USER, VOTER_ROLE)),
      ),
    );
    const results = await Promise.allSettled(calls);
    f.setChaos(null);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const statuses = new Set(f.requests.map((r) => r.status));
    expect([...statuses].sort((a, b) => a - b)).toEqual([0, 204, 429, 500]);
    expect(f.requests.length).toBeGreaterThan(100);
    expect(f.maxRequestsPerSecond()).toBeGreaterThan(0);
    expect(f.maxRequestsPerSecond()).toBeLessThanOrEqual(f.requests.length);
  }, 30_000);
});
