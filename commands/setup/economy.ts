import { clearEconomy, type EconomyBalance, type EconomyMode } from '../../src/db/economy.js';
import { applicationsUrl, connectEconomy } from '../../src/economy/connect.js';
import { type MessageKey, type MessageValues, t } from '../../src/messages/index.js';
import { colors, embed, ephemeral } from '../look.js';
import { UserFacingError } from '../types.js';
import { done, type SetupSubcommand } from './subcommand.js';

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
    const choice = {
      token: interaction.options.getString('token') ?? undefined,
      balance: (interaction.options.getString('balance') ?? 'cash') as EconomyBalance,
      mode: (interaction.options.getString('mode') ?? 'instead') as EconomyMode,
    };
    const result = await connectEconomy(
      deps,
      guildId,
      interaction.user.id,
      choice,
      // Checking the token with UnbelievaBoat may take longer than Discord waits for a reply.
      { locale, beforeCheck: () => interaction.deferReply({ flags: ephemeral }) },
    );
    if (!result.ok) {
      // Refused before UnbelievaBoat was asked (no key, no token): nothing was deferred yet.
      if (!interaction.deferred) throw new UserFacingError(result.problem);
      await interaction.editReply({
        embeds: [embed(say('economy.notSavedTitle'), colors.warn).setDescription(result.problem)],
      });
      return;
    }
    await interaction.editReply({
      embeds: [
        embed(say('setup.doneTitle'), colors.ok).setDescription(
          say('economy.saved', { balance: choice.balance, mode: choice.mode }),
        ),
      ],
      allowedMentions: { parse: [] },
    });
  },
};
