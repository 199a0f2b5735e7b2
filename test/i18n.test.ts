import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidSetting, validateSettings } from '../src/db/settings.js';
import { type MessageKey, messageKeys, t } from '../src/messages/index.js';
import { webhookSignature } from '../src/rankly/signature.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { type CommandOption, replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/**
 * Issue 20, through the real discord.js client and the fake Discord: a
 * member's replies are in their own client's language (the interaction's
 * `locale`); DMs and announcements are in the guild's (its preferred
 * locale, or the one chosen with /setup language), whoever's vote they are about.
 */
let bot: TestBot;
const premiumSecret = 'i18n-premium-secret';

interface Guild {
  guildId: string;
  channelId: string;
  announceChannelId: string;
  adminId: string;
}

function newGuild(preferredLocale: string): Guild {
  const g = {
    guildId: snowflake(),
    channelId: snowflake(),
    announceChannelId: snowflake(),
    adminId: snowflake(),
  };
  bot.fake.addGuild({
    id: g.guildId,
    name: 'Le Serveur',
    preferredLocale,
    members: [g.adminId],
    channels: [g.channelId, g.announceChannelId],
  });
  return g;
}

beforeAll(async () => {
  bot = await startTestBot({ env: { ANNOUNCE_BATCH_MS: '0', RANKLY_PREMIUM_WEBHOOK_SECRET: premiumSecret } });
});
afterAll(async () => {
  await bot?.close();
});

async function command(
  g: Guild,
  name: string,
  options: CommandOption[],
  who: { userId: string; locale: string },
) {
  const { data } = await sendSlashCommand(bot.fake, {
    name,
    options,
    guildId: g.guildId,
    channelId: g.channelId,
    ...who,
  });
  return replyText(data);
}

/** A vote of `userId`, settled; returns the DM and the announcement the bot sent for it. */
async function voteAndRead(g: Guild, userId: string) {
  bot.fake.addMember(g.guildId, userId, { dispatch: false });
  await bot.post('/webhook/votes', votePayload({ userId, serverId: g.guildId }));
  const sent = (channel: (path: string) => boolean) =>
    bot.fake
      .find('POST', /^\/channels\/\d+\/messages$/)
      .filter(
        (r) => channel(r.path) && String((r.body as { content?: string }).content).includes(`<@${userId}>`),
      )
      .map((r) => String((r.body as { content?: string }).content));
  const announcement = () => sent((path) => path.includes(g.announceChannelId));
  const dm = () => sent((path) => !path.includes(g.announceChannelId) && !path.includes(g.channelId));
  await eventually(() => announcement().length > 0 && dm().length > 0, 15_000);
  return { dm: dm()[0] as string, announcement: announcement()[0] as string };
}

describe('languages', () => {
  it('answers a member with locale de in German while the guild (French) is announced to in French', async () => {
    const g = newGuild('fr');
    await bot.db.guildConfig.create({
      data: { guildId: g.guildId, currencyAmount: 1000, announceChannelId: g.announceChannelId },
    });
    const voter = snowflake();
    const { dm, announcement } = await voteAndRead(g, voter);
    // The guild's language for everyone to read, not the voter's.
    expect(announcement).toBe(
      `<@${voter}> vient de voter et a reçu 1\u202f000 pièces ! (1 vote d’affilée, 1 vote au total)`,
    );
    expect(dm).toBe(
      `Merci pour ton vote, <@${voter}> ! Tu as reçu 1\u202f000 pièces. Série : 1 vote d’affilée, 1 vote au total.`,
    );

    const german = await command(g, 'votes', subcommand('show'), { userId: voter, locale: 'de' });
    expect(german).toContain('🗳️ Stimmen von');
    expect(german).toContain('Serie: 1');
    expect(german).toContain('Kontostand: 1.000 Münzen');
    expect(german).toMatch(/Nächste Stimme: in 1[12] Stunden · <t:\d+:t>/);
    const board = await command(g, 'votes', subcommand('leaderboard'), { userId: voter, locale: 'de' });
    expect(board).toContain('🏆 Top-Abstimmende dieses Monats');
    expect(board).toContain(`🥇 <@${voter}>: 1 Stimme`);
    expect(board).toContain('Du: Du bist auf Platz 1 mit 1 Stimme.');

    // The same reply to a member whose client is in English, and one in Turkish.
    const english = await command(g, 'votes', subcommand('show'), { userId: voter, locale: 'en-GB' });
    expect(english).toContain('Balance: 1,000 coins');
    const turkish = await command(g, 'votes', subcommand('show'), { userId: voter, locale: 'tr' });
    expect(turkish).toContain('Bakiye: 1.000 jeton');
    const brazilian = await command(g, 'premium', [], { userId: voter, locale: 'pt-BR' });
    expect(brazilian).toContain('Premium de usuário: Nenhum');

    // Someone else's vote in the meantime is still announced in French.
    const other = snowflake();
    expect((await voteAndRead(g, other)).announcement).toContain(`<@${other}> vient de voter`);
  });

  it('switches the DMs with /setup language, keeps an admin’s own text as written, and goes back to the server’s language', async () => {
    const g = newGuild('en-US');
    await bot.db.guildConfig.create({
      data: { guildId: g.guildId, currencyAmount: 5, announceChannelId: g.announceChannelId },
    });
    const admin = { userId: g.adminId, locale: 'en-US' };
    const first = snowflake();
    expect((await voteAndRead(g, first)).dm).toBe(
      `Thanks for voting, <@${first}>! You received 5 coins. Streak: 1 vote in a row, 1 vote in all.`,
    );

    const said = await command(
      g,
      'setup',
      subcommand('language', [{ type: 3, name: 'language', value: 'es' }]),
      admin,
    );
    expect(said).toContain('DMs and announcements are now in Español.');
    // The preview is what voters will get: Spanish, whatever the admin's client speaks.
    expect(said).toContain(`> ¡Gracias por votar, <@${g.adminId}>! Has recibido 5 monedas.`);
    expect((await bot.db.guildConfig.findUnique({ where: { guildId: g.guildId } }))?.language).toBe('es');

    const second = snowflake();
    const spanish = await voteAndRead(g, second);
    expect(spanish.dm).toBe(
      `¡Gracias por votar, <@${second}>! Has recibido 5 monedas. Racha: 1 voto seguido, 1 voto en total.`,
    );
    expect(spanish.announcement).toBe(
      `¡<@${second}> acaba de votar y ha recibido 5 monedas! (1 voto seguido, 1 voto en total)`,
    );

    // An admin's own text is theirs: sent as written, only its placeholders filled (numbers the guild's way).
    await command(
      g,
      'setup',
      subcommand('dm', [
        { type: 5, name: 'enabled', value: true },
        { type: 3, name: 'template', value: 'Danke {user}! Du hast jetzt {balance} {currency}.' },
      ]),
      admin,
    );
    const third = snowflake();
    expect((await voteAndRead(g, third)).dm).toBe(`Danke <@${third}>! Du hast jetzt 5 monedas.`);

    // A German admin hands the choice back to Discord's preferred locale: English again.
    const back = await command(
      g,
      'setup',
      subcommand('language', [{ type: 3, name: 'language', value: 'server' }]),
      { userId: g.adminId, locale: 'de' },
    );
    expect(back).toContain('DMs und Ankündigungen folgen jetzt der Serversprache in Discord');
    expect(back).toContain('derzeit English');
    await bot.db.guildConfig.update({ where: { guildId: g.guildId }, data: { dmTemplate: null } });
    const fourth = snowflake();
    expect((await voteAndRead(g, fourth)).dm).toContain(`Thanks for voting, <@${fourth}>!`);
  });

  it('refuses a language it does not speak, in the one place settings are checked', () => {
    expect(() => validateSettings({ language: 'xx' })).toThrow(InvalidSetting);
    expect(validateSettings({ language: 'pt-BR' })).toEqual({ language: 'pt-BR' });
    expect(validateSettings({ language: null })).toEqual({ language: null });
  });
});

/**
 * A guild with roles for the safety rules: the bot's own role at position
 * 10 (the fake's default), a plain role below it, @Staff below it with
 * Manage Roles, and @Elder above it. The admin owns the server, so only
 * the bot's place and the role's permissions can refuse a role.
 */
function guildWithRoles(preferredLocale: string) {
  const g = {
    ...{ guildId: snowflake(), channelId: snowflake(), announceChannelId: snowflake(), adminId: snowflake() },
    logChannelId: snowflake(),
    botRoleId: snowflake(),
    voterRoleId: snowflake(),
    staffRoleId: snowflake(),
    elderRoleId: snowflake(),
  };
  bot.fake.addGuild({
    id: g.guildId,
    name: 'Der Server',
    preferredLocale,
    ownerId: g.adminId,
    botRoleId: g.botRoleId,
    roles: [
      { id: g.voterRoleId, name: 'Voter', position: 2 },
      { id: g.staffRoleId, name: 'Staff', position: 4, permissions: String(1n << 28n) },
      { id: g.elderRoleId, name: 'Elder', position: 12 },
    ],
    members: [g.adminId],
    channels: [g.channelId, g.announceChannelId, g.logChannelId],
  });
  return g;
}

const roleOption = (roleId: string): CommandOption => ({ type: 8, name: 'role', value: roleId });

describe('admin replies and the log channel', () => {
  it('answers /setup status in the admin’s language, with no English label left for a German admin', async () => {
    const g = newGuild('fr');
    await eventually(() => bot.discord?.client.guilds.cache.has(g.guildId));
    await bot.db.guildConfig.create({ data: { guildId: g.guildId, currencyAmount: 1000 } });
    const german = await command(g, 'setup', subcommand('status'), { userId: g.adminId, locale: 'de' });
    expect(german).toContain('⚙️ Stimmbelohnungen: Status');
    expect(german).toContain('Belohnungen: Rolle: nicht gesetzt');
    expect(german).toContain('Währung: 1.000 Münzen pro Stimme');
    expect(german).toContain('Log-Kanal: nicht gesetzt');
    expect(german).toContain('Belohnungen unterwegs: Wartend: 0');
    // Every fixed label /setup status uses, where German says it differently, is said in German only.
    const labels = messageKeys.filter(
      (key): key is MessageKey =>
        /^status\.(field\.|title|notSet|canBeGiven|never|economy\.builtIn)/.test(key) &&
        t(key) !== t(key, {}, 'de'),
    );
    expect(labels.length).toBeGreaterThan(8);
    for (const key of labels) expect(german, key).not.toContain(t(key));

    const english = await command(g, 'setup', subcommand('status'), { userId: g.adminId, locale: 'en-US' });
    expect(english).toContain('⚙️ Vote rewards: status');
    expect(english).toContain('Currency: 1,000 coins per vote');
  });

  it('gives a safety rule’s refusal in the admin’s language, and in English to an en-US admin', async () => {
    const g = guildWithRoles('en-US');
    await eventually(() => bot.discord?.client.guilds.cache.get(g.guildId)?.roles.cache.has(g.elderRoleId));
    const as = (locale: string) => ({ userId: g.adminId, locale });
    const above = [roleOption(g.elderRoleId)];
    expect(await command(g, 'setup', subcommand('role', above), as('fr'))).toContain(
      `Non enregistré : <@&${g.elderRoleId}> est au-dessus (ou au même niveau) de mon rôle le plus haut <@&${g.botRoleId}>. Fais glisser mon rôle au-dessus dans Paramètres du serveur → Rôles.`,
    );
    expect(await command(g, 'setup', subcommand('role', above), as('en-US'))).toContain(
      `Not saved: <@&${g.elderRoleId}> is above (or equal to) my highest role <@&${g.botRoleId}>. Drag my role above it in Server Settings → Roles.`,
    );
    // The permission is named as a German client names it; the tier rule is the same rule.
    const tier = [
      { type: 1, name: 'add', options: [{ type: 4, name: 'votes', value: 5 }, roleOption(g.staffRoleId)] },
    ];
    expect(await command(g, 'setup', [{ type: 2, name: 'tier', options: tier }], as('de'))).toContain(
      `Nicht gespeichert: <@&${g.staffRoleId}> hat die Berechtigung **Rollen verwalten**: Eine Stimmbelohnung darf niemandem Team-Rechte geben.`,
    );
    expect(await bot.db.guildConfig.findUnique({ where: { guildId: g.guildId } })).toBeNull();
    // A loyalty rule's refusal (db/tiers.ts) is said in the admin's language too.
    const tierAt = (votes: number) => [
      {
        type: 1,
        name: 'add',
        options: [{ type: 4, name: 'votes', value: votes }, roleOption(g.voterRoleId)],
      },
    ];
    const refused = await command(g, 'setup', [{ type: 2, name: 'tier', options: tierAt(0) }], as('de'));
    expect(refused).toContain('Nicht gespeichert: die Stimmen müssen eine ganze Zahl von 1 bis');
  });

  it('tells the log channel in the guild’s language (set with /setup language) why a role was not given', async () => {
    const g = guildWithRoles('en-US');
    await eventually(() => bot.discord?.client.guilds.cache.get(g.guildId)?.roles.cache.has(g.staffRoleId));
    // Saved directly: /setup would refuse @Staff, as a role gaining Manage Roles after /setup would be.
    await bot.db.guildConfig.create({
      data: {
        guildId: g.guildId,
        rewardRoleId: g.staffRoleId,
        logChannelId: g.logChannelId,
        dmEnabled: false,
      },
    });
    const language = [{ type: 3, name: 'language', value: 'de' }];
    expect(
      await command(g, 'setup', subcommand('language', language), { userId: g.adminId, locale: 'en-US' }),
    ).toContain('DMs and announcements are now in Deutsch.');
    const voter = snowflake();
    bot.fake.addMember(g.guildId, voter, { dispatch: false });
    await bot.post('/webhook/votes', votePayload({ userId: voter, serverId: g.guildId }));
    const posts = () =>
      bot.fake
        .find('POST', new RegExp(`^/channels/${g.logChannelId}/messages$`))
        .map((r) => String((r.body as { content?: string }).content));
    await eventually(() => posts().length > 0, 15_000);
    expect(posts()).toEqual([
      `⚠️ Stimmbelohnungen: Ich habe eine Belohnungsrolle nicht vergeben. <@&${g.staffRoleId}> hat die Berechtigung **Rollen verwalten**: Eine Stimmbelohnung darf niemandem Team-Rechte geben. Entferne sie in den Servereinstellungen → Rollen von der Rolle, oder wähle eine Rolle ohne sie. Die nicht vergebenen Belohnungen bleiben erhalten; sobald das behoben ist, vergibt \`/einrichten nachholen\` sie.`,
    ]);
    // The ledger keeps the reason in English, for the operator's CLI and logs.
    const effect = await bot.db.rewardEffect.findFirst({
      where: { guildId: g.guildId, userId: voter, kind: 'role' },
    });
    expect(effect?.detail).toContain('has the **Manage Roles** permission');
  });
});

describe('premium DMs', () => {
  it('thanks the buyer of a server plan in that server’s language, and of a user plan in English', async () => {
    const g = newGuild('fr');
    await eventually(() => bot.discord?.client.guilds.cache.has(g.guildId));
    await bot.db.guildConfig.create({ data: { guildId: g.guildId } });
    const send = (payload: object) => {
      const body = JSON.stringify(payload);
      return fetch(`${bot.url}/webhook/premium`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-webhook-signature': webhookSignature(body, premiumSecret),
        },
        body,
      });
    };
    const purchase = (buyer: string, planType: 'server' | 'user') => ({
      event: 'premium_purchase',
      purchaseId: `i18n-${snowflake()}`,
      timestamp: new Date().toISOString(),
      buyer: { userId: buyer, username: 'buyer' },
      tier: { id: planType, name: 'Boost', duration: 'monthly', planType },
      serverId: planType === 'server' ? g.guildId : null,
      ...(planType === 'server' ? { targetType: 'server' } : {}),
    });
    const dms = () =>
      bot.fake
        .find('POST', /^\/channels\/\d+\/messages$/)
        .map((r) => String((r.body as { content?: string }).content));
    const serverBuyer = snowflake();
    const userBuyer = snowflake();
    expect((await send(purchase(serverBuyer, 'server'))).status).toBe(200);
    expect((await send(purchase(userBuyer, 'user'))).status).toBe(200);
    const french = t('premium.dm.server', { tier: 'Boost' }, 'fr');
    const english = t('premium.dm.user', { tier: 'Boost' }, 'en');
    expect(french).not.toBe(t('premium.dm.server', { tier: 'Boost' }, 'en'));
    await eventually(() => dms().includes(french) && dms().includes(english), 15_000);
    expect(dms()).not.toContain(t('premium.dm.server', { tier: 'Boost' }, 'en'));
  });
});
