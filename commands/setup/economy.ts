import { clearEconomy, type EconomyBalance, type EconomyMode, saveEconomy } from '../../src/db/economy.js';
import { getBalance } from '../../src/economy/unbelievaboat.js';
import { type MessageKey, type MessageValues, t } from '../../src/messages/index.js';
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
    const { guildId, locale } = interaction;
    const say = (key: MessageKey, values: MessageValues = {}) => t(key, values, locale);
    if (interaction.options.getString('provider', true) === 'off') {
      const was = await clearEconomy(deps.db, guildId);
      await done(interaction, say(was ? 'economy.off' : 'economy.wasOff'));
      return;
    }
    const key = deps.economy?.key;
    if (!deps.economy || !key) throw new UserFacingError(say('economy.noKey'));
    const token = interaction.options.getString('token')?.trim();
    if (!token) throw new UserFacingError(say('economy.needToken', { url: applicationsUrl }));
    const balance = (interaction.options.getString('balance') ?? 'cash') as EconomyBalance;
    const mode = (interaction.options.getString('mode') ?? 'instead') as EconomyMode;
    // Checking the token with UnbelievaBoat may take longer than Discord waits for a reply.
    await interaction.deferReply({ flags: ephemeral });
    const check = await getBalance(deps.economy.apiUrl, token, guildId, interaction.user.id, checkTimeoutMs);
    if (check.kind !== 'ok') {
      await interaction.editReply({
        embeds: [embed(say('economy.notSavedTitle'), colors.warn).setDescription(refusal(check, locale))],
      });
      return;
    }
    await saveEconomy(deps.db, guildId, key, { token, balance, mode });
    deps.log.info({ guildId, balance, mode }, 'UnbelievaBoat economy set');
    await interaction.editReply({
      embeds: [
        embed(say('setup.doneTitle'), colors.ok).setDescription(say('economy.saved', { balance, mode })),
      ],
      allowedMentions: { parse: [] },
    });
  },
};

function refusal(
  check: Exclude<Awaited<ReturnType<typeof getBalance>>, { kind: 'ok' }>,
  locale: string,
): string {
  if (check.kind === 'refused' && check.status === 401)
    return t('economy.refused401', { url: applicationsUrl }, locale);
  if (check.kind === 'refused' && check.status === 403)
    return t('economy.refused403', { url: applicationsUrl }, locale);
  return t('economy.checkFailed', { detail: check.detail }, locale);
}
