import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidSetting, validateSettings } from '../src/db/settings.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { type CommandOption, replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/**
 * Issue 20, through the real discord.js client and the fake Discord: a
 * member's replies are in their own client's language (the interaction's
 * `locale`); DMs and announcements are in the guild's (its preferred
 * locale, or the one chosen with /setup language), whoever's vote they are about.
 */
let bot: TestBot;

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
  bot = await startTestBot({ env: { ANNOUNCE_BATCH_MS: '0' } });
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
