import { clearEconomy, type EconomyBalance, type EconomyMode, saveEconomy } from '../../src/db/economy.js';
import { getBalance } from '../../src/economy/unbelievaboat.js';
import { colors, embed, ephemeral } from '../look.js';
import { UserFacingError } from '../types.js';
import { done, type SetupSubcommand } from './subcommand.js';

/** Where an admin authorizes an UnbelievaBoat application for a server. */
const applicationsUrl = 'https://unbelievaboat.com/applications';

/** The reply is deferred first, so the token check may take longer than Discord's 3 s. */
const checkTimeoutMs = 8_000;

/**
 * /setup economy (README "Economy"): vote currency paid into UnbelievaBoat.
 * One subcommand with options, not a group: /setup has a 25-subcommand limit.
 * The token is checked with UnbelievaBoat before it is saved, stored
 * encrypted, and never shown again, not even in this reply.
 */
export const economySubcommand: SetupSubcommand = {
  name: 'economy',
  description: 'Pay vote currency into UnbelievaBoat instead of (or as well as) the built-in balance',
  action: 'settings',
  options: (s) =>
    s
      .addStringOption((o) =>
        o
          .setName('provider')
          .setDescription('Where vote currency goes')
          .setRequired(true)
          .addChoices(
            { name: 'UnbelievaBoat', value: 'unbelievaboat' },
            { name: 'off (the built-in balance only)', value: 'off' },
          ),
      )
      .addStringOption((o) =>
        o
          .setName('token')
          .setDescription(`Your UnbelievaBoat application's API token (${applicationsUrl})`)
          .setMaxLength(500),
      )
      .addStringOption((o) =>
        o
          .setName('balance')
          .setDescription('Which UnbelievaBoat balance is paid (default cash)')
          .addChoices({ name: 'cash', value: 'cash' }, { name: 'bank', value: 'bank' }),
      )
      .addStringOption((o) =>
        o
          .setName('mode')
          .setDescription('Instead of the built-in balance (default), or as well')
          .addChoices(
            { name: 'instead of the built-in balance', value: 'instead' },
            { name: 'as well as the built-in balance', value: 'also' },
          ),
      ),
  async run(interaction, deps) {
    const { guildId } = interaction;
    if (interaction.options.getString('provider', true) === 'off') {
      const was = await clearEconomy(deps.db, guildId);
      await done(
        interaction,
        was
          ? 'UnbelievaBoat is off: its token is deleted, and vote currency goes to the built-in balance.'
          : 'No economy was set: vote currency goes to the built-in balance.',
      );
      return;
    }
    const key = deps.economy?.key;
    if (!deps.economy || !key)
      throw new UserFacingError(
        'UnbelievaBoat payments are off on this bot: its token would be stored encrypted, and the bot has no ' +
          'key for that. The bot’s operator must set `ENCRYPTION_KEY` (32 random bytes, e.g. ' +
          '`openssl rand -base64 32`) and restart it. Nothing was saved.',
      );
    const token = interaction.options.getString('token')?.trim();
    if (!token)
      throw new UserFacingError(
        `Give your UnbelievaBoat application's token: \`token:\` (from ${applicationsUrl}).`,
      );
    const balance = (interaction.options.getString('balance') ?? 'cash') as EconomyBalance;
    const mode = (interaction.options.getString('mode') ?? 'instead') as EconomyMode;
    // Checking the token with UnbelievaBoat may take longer than Discord waits for a reply.
    await interaction.deferReply({ flags: ephemeral });
    const check = await getBalance(deps.economy.apiUrl, token, guildId, interaction.user.id, checkTimeoutMs);
    if (check.kind !== 'ok') {
      await interaction.editReply({
        embeds: [embed('❌ Not saved', colors.warn).setDescription(refusal(check))],
      });
      return;
    }
    await saveEconomy(deps.db, guildId, key, { token, balance, mode });
    deps.log.info({ guildId, balance, mode }, 'UnbelievaBoat economy set');
    await interaction.editReply({
      embeds: [
        embed('✅ Done', colors.ok).setDescription(
          `Vote currency and streak bonuses are now paid into each voter's UnbelievaBoat **${balance}**, ${
            mode === 'instead' ? 'instead of the built-in balance' : 'as well as the built-in balance'
          }. The token is stored encrypted and will not be shown again. Payments appear in \`/setup status\`.`,
        ),
      ],
      allowedMentions: { parse: [] },
    });
  },
};

function refusal(check: Exclude<Awaited<ReturnType<typeof getBalance>>, { kind: 'ok' }>): string {
  if (check.kind === 'refused' && check.status === 401)
    return `UnbelievaBoat refused this token (401): copy it again from ${applicationsUrl}. Nothing was saved.`;
  if (check.kind === 'refused' && check.status === 403)
    return (
      `The token is valid, but its application is not authorized for this server (403). On ${applicationsUrl} ` +
      'open the application, use its **Authorize** link and choose this server, then run this again. Nothing was saved.'
    );
  return `Could not check the token with UnbelievaBoat (${check.detail}). Nothing was saved: try again later.`;
}
