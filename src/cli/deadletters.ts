import type { Command } from 'commander';
import { listDeadLetters, replayDeadLetters } from '../jobs/dead-letters.js';
import { CliError, type CliIo, withDatabase, withQueue } from './context.js';

/** `deadletters list` and `deadletters replay`: jobs that used up their retries. */
export function registerDeadLetterCommands(program: Command, io: CliIo): void {
  const group = program
    .command('deadletters')
    .description('jobs that used up their retries (dead letters): list them, send them back to their queue');

  group
    .command('list')
    .description('list dead letters: id, queue, failed at, state, job data, reason (tab-separated)')
    .option('--all', 'include the ones already replayed', false)
    .action(async (opts: { all: boolean }) => {
      await withDatabase(io, async ({ db }) => {
        const letters = await listDeadLetters(db, { includeReplayed: opts.all });
        if (letters.length === 0) io.out('no dead letters\n');
        for (const l of letters) {
          const state = l.replayedAt ? `replayed ${l.replayedAt.toISOString()}` : 'waiting';
          io.out(
            `${l.id}\t${l.queue}\t${l.failedAt.toISOString()}\t${state}\t${JSON.stringify(l.data)}\t${oneLine(l.reason)}\n`,
          );
        }
      });
    });

  group
    .command('replay')
    .description('send dead letters back to their queue with fresh retries (after fixing the cause)')
    .argument('[ids...]', 'ids from `deadletters list`')
    .option('--all', 'every dead letter not replayed yet', false)
    .addHelpText('after', '\nExamples:\n  deadletters replay 12 13\n  deadletters replay --all')
    .action(async (ids: string[], opts: { all: boolean }) => {
      if (opts.all === ids.length > 0)
        throw new CliError('deadletters replay: give one or more ids, or --all', 2);
      const bad = ids.filter((id) => !/^\d+$/.test(id));
      if (bad.length) throw new CliError(`deadletters replay: not an id: ${bad.join(', ')}`, 2);
      await withQueue(io, async ({ db, queue }) => {
        const replayed = await replayDeadLetters(db, queue, opts.all ? 'all' : ids.map((id) => BigInt(id)));
        io.out(`replayed ${replayed} dead letter${replayed === 1 ? '' : 's'}\n`);
        if (!opts.all && replayed < ids.length) {
          throw new CliError(
            `${ids.length - replayed} of the given ids are unknown, already replayed, or hold a payload that can never run`,
          );
        }
      });
    });
}

/** One letter per line, its fields split by tabs: a multi-line reason is folded. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
