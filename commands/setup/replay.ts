import { guildDeadLetters, settledOutcomes } from '../../src/db/guild-status.js';
import { replayDeadLetters, retryGuildRewards } from '../../src/jobs/dead-letters.js';
import { retryRefusedLoyaltyEffects } from '../../src/jobs/loyalty-effects.js';
import { t } from '../../src/messages/index.js';
import { colors, embed } from '../look.js';
import type { SetupSubcommand } from './subcommand.js';

/** How long the reply waits for the replayed rewards before saying how they went. */
const waitMs = 20_000;

export const replaySubcommand: SetupSubcommand = {
  name: 'replay',
  description: 'Give again the rewards that were not given (after fixing the cause)',
  action: 'settings',
  async run(interaction, deps) {
    // Giving them takes a few seconds: the answer comes when they are done.
    await interaction.deferReply({ flags: 64 });
    const retried = await retryGuildRewards(deps.db, deps.queue, interaction.guildId);
    // Tier and champion roles: sent again too, told in one line (their outcomes follow in /setup status).
    const loyalty = await retryRefusedLoyaltyEffects(deps.db, deps.queue, interaction.guildId);
    const loyaltyLine = loyalty > 0 ? [t('setup.replayLoyalty', { n: loyalty }, interaction.locale)] : [];
    const letters = await guildDeadLetters(deps.db, interaction.guildId);
    if (letters.length)
      await replayDeadLetters(
        deps.db,
        deps.queue,
        letters.map((l) => l.id),
      );
    const voteIds = letters.map((l) => l.voteId);
    if (retried.length === 0 && voteIds.length === 0) {
      const said = loyalty > 0 ? loyaltyLine.join('\n') : t('setup.replayed', { n: 0 }, interaction.locale);
      await interaction.editReply({
        embeds: [embed(t('setup.doneTitle', {}, interaction.locale), colors.ok).setDescription(said)],
      });
      return;
    }
    const outcome = await settledOutcomes(deps.db, { ids: retried, voteIds }, waitMs);
    const reasons = [
      ...new Set(
        outcome.notGiven.map((r) => {
          const what = r.roleId ? `<@&${r.roleId}>` : r.channelId ? `<#${r.channelId}>` : r.kind;
          return `${what}: ${r.detail ?? r.status}`;
        }),
      ),
    ].slice(0, 5);
    const description = [
      t(
        'setup.replayReport',
        { given: outcome.given, notGiven: outcome.notGiven.length, waiting: outcome.waiting },
        interaction.locale,
      ),
      // Each reason is the ledger's record of what Discord or the role rule said, kept in English.
      ...reasons.map((r) => `• ${r}`),
      outcome.notGiven.length ? t('setup.replayFix', {}, interaction.locale) : '',
      ...loyaltyLine,
    ]
      .filter(Boolean)
      .join('\n');
    const ok = outcome.notGiven.length === 0;
    await interaction.editReply({
      embeds: [
        embed(
          t(ok ? 'setup.doneTitle' : 'setup.replayNotAllTitle', {}, interaction.locale),
          ok ? colors.ok : colors.warn,
        ).setDescription(description),
      ],
      allowedMentions: { parse: [] },
    });
  },
};
