import { AttachmentBuilder } from 'discord.js';
import { exportPurchasesCsv } from '../../src/db/shop-export.js';
import { exportVotesCsv } from '../../src/db/vote-export.js';
import { t } from '../../src/messages/index.js';
import { ephemeral } from '../look.js';
import { periodChoices, periodOption, periodWords } from '../stats.js';
import { UserFacingError } from '../types.js';
import type { SetupSubcommand } from './subcommand.js';

/** Discord's smallest upload limit, when the interaction does not say (it always does nowadays). */
const defaultUploadLimit = 10 * 1024 * 1024;

/**
 * /setup export [period]: this guild's votes as a CSV attachment. The file
 * is built in memory, so it stops as soon as it would exceed what Discord
 * accepts from this interaction, and says how to get the rest.
 */
export const exportSubcommand: SetupSubcommand = {
  name: 'export',
  description: "This server's votes (or shop purchases) as a CSV file",
  action: 'settings',
  options: (s) =>
    s
      .addStringOption((o) =>
        o
          .setName('period')
          .setDescription('Which days (default: all time)')
          .addChoices(...periodChoices),
      )
      .addStringOption((o) =>
        o
          .setName('data')
          .setDescription('What to export (default: votes)')
          .addChoices(
            { name: 'votes', value: 'votes' },
            { name: 'shop purchases and refunds', value: 'purchases' },
          ),
      ),
  async run(interaction, deps) {
    const { guildId, locale } = interaction;
    const period = periodOption(interaction, 'all');
    const periodText = periodWords(period, locale);
    const now = deps.now();
    const limit = interaction.attachmentSizeLimit || defaultUploadLimit;
    // Reading a big guild's votes can take longer than the 3 seconds Discord waits for an answer.
    await interaction.deferReply({ flags: ephemeral });
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: string) => {
      const bytes = Buffer.from(chunk, 'utf8');
      size += bytes.length;
      chunks.push(bytes);
      return size <= limit;
    };
    const purchases = interaction.options.getString('data') === 'purchases';
    const { votes, complete } = purchases
      ? await exportPurchasesCsv(deps.db, { guildId, period, now }, collect).then((r) => ({
          votes: r.purchases,
          complete: r.complete,
        }))
      : await exportVotesCsv(deps.db, { guildId, period, now }, collect);
    if (!complete) {
      throw new UserFacingError(
        t('export.tooLarge', { period: periodText, mb: Math.floor(limit / 1024 / 1024), guildId }, locale),
      );
    }
    const name = `${purchases ? 'purchases' : 'votes'}-${guildId}-${period}-${now.toISOString().slice(0, 10)}.csv`;
    await interaction.editReply({
      content: purchases
        ? t('shop.exported', { n: votes, period: periodText }, locale)
        : votes === 0
          ? t('export.noVotes', { period: periodText }, locale)
          : t('votes.exported', { n: votes, period: periodText }, locale),
      files: [new AttachmentBuilder(Buffer.concat(chunks), { name })],
    });
  },
};
