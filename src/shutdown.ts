import type { Logger } from './log.js';

/**
 * What has started, to stop in reverse: each part is pushed as it starts,
 * and stopAll() stops the last first. A part that fails to stop is logged
 * and the others still stop; a second stopAll() does nothing.
 */
export function createStopStack(log: Logger) {
  const stack: Array<{ name: string; close: () => Promise<unknown> }> = [];
  return {
    push(name: string, close: () => Promise<unknown>): void {
      stack.push({ name, close });
    },
    async stopAll(): Promise<void> {
      for (const { name, close } of stack.reverse()) {
        try {
          await close();
          log.debug({ component: name }, 'stopped');
        } catch (err) {
          log.error({ err, component: name }, 'error while stopping');
        }
      }
      stack.length = 0;
    },
  };
}

/**
 * SIGINT/SIGTERM stop the bot gracefully within `timeoutMs`; a second signal
 * exits at once. Written here rather than with close-with-grace because one
 * Ctrl-C under `npm start` arrives twice (from the terminal to the whole
 * process group, and again relayed by npm): signals within `sameSignalMs` of
 * the first count as that first one. An uncaught exception stops the bot
 * gracefully with exit code 1. With `reload`, SIGHUP runs it (re-reading
 * the TLS certificate) and the process carries on; without it SIGHUP keeps
 * Node's default (exit), as when the terminal closes.
 */
export function exitGracefullyOnSignals(opts: {
  log: Logger;
  timeoutMs: number;
  stop: () => Promise<void>;
  reload?: () => Promise<void>;
  sameSignalMs?: number;
}): void {
  const { log } = opts;
  let firstAt = 0;
  const shutdown = (reason: string, exitCode: number) => {
    if (firstAt) {
      if (Date.now() - firstAt < (opts.sameSignalMs ?? 500)) return;
      log.warn({ reason }, 'second signal: exiting now');
      process.exit(130);
    }
    firstAt = Date.now();
    log.info({ reason, timeoutMs: opts.timeoutMs }, 'shutting down');
    setTimeout(() => {
      log.error({ timeoutMs: opts.timeoutMs }, 'graceful shutdown took too long; exiting');
      process.exit(1);
    }, opts.timeoutMs).unref();
    opts.stop().then(
      () => {
        log.info('stopped');
        process.exit(exitCode);
      },
      (err: unknown) => {
        log.error({ err }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT', 0));
  process.on('SIGTERM', () => shutdown('SIGTERM', 0));
  const reload = opts.reload;
  if (reload) {
    process.on('SIGHUP', () => {
      log.info('SIGHUP: reloading');
      reload().catch((err: unknown) => log.error({ err }, 'reload failed'));
    });
  }
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    shutdown('uncaughtException', 1);
  });
  // pg-boss leaves some of its own promises unawaited (job completion while
  // the database blips); such a rejection must not take the bot down.
  process.on('unhandledRejection', (err) => {
    log.error({ err }, 'unhandled promise rejection');
  });
}
