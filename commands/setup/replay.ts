import { guildDeadLetterIds } from '../../src/db/guild-status.js';
import { replayDeadLetters, retryRefusedRewards } from '../../src/jobs/dead-letters.js';
import { done, type SetupSubcommand } from './subcommand.js';

export const replaySubcommand: SetupSubcommand = {
  name: 'replay',
  description: 'Grant rewards again that failed (after fixing permissions)',
  action: 'settings',
  async run(interaction, deps) {
    const retried = await retryRefusedRewards(deps.db, deps.queue, interaction.guildId);
    const letters = await guildDeadLetterIds(deps.db, interaction.guildId);
    const replayed = letters.length ? await replayDeadLetters(deps.db, deps.queue, letters) : 0;
    await done(interaction, `Sent ${retried + replayed} vote reward(s) back to the queue.`);
  },
};
