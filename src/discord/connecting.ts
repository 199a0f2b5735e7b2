import type { DiscordState } from '../contracts.js';
import type { Logger } from '../log.js';

export interface Connecting {
  state(): DiscordState;
  /** Resolves once connected (never, if Discord refuses the token or an intent). */
  ready: Promise<void>;
  /** Makes the first attempt; failed ones are retried from then on. */
  start(): void;
  /** The connection works: 'ready', and `ready` resolves. False (and nothing changes) once stopped. */
  connected(): boolean;
  /** No more attempts; the state is 'stopped'. */
  stop(): void;
}

/**
 * How a connection to Discord comes up, for the gateway client and a
 * worker's REST-only one alike: in the background, so webhooks are served
 * while Discord is slow or down. A failed attempt is tried again after a
 * delay that doubles up to 5 minutes; a refused token or a privileged intent
 * the Developer Portal has not enabled is final, logged with its fix, and
 * kept as the state /readyz reports.
 */
export function keepConnecting(opts: {
  log: Logger;
  /** One try; it calls connected() itself when it knows the connection works. */
  attempt: () => Promise<void>;
  /** Logged, with the error and the delay, when an attempt fails and will be retried. */
  retrying: string;
  /** Delay before the first retry (default 5 s). */
  retryDelayMs?: number;
}): Connecting {
  let state: DiscordState = 'connecting';
  let retryTimer: NodeJS.Timeout | undefined;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const baseDelay = opts.retryDelayMs ?? 5_000;
  const tryOnce = async (attempt: number): Promise<void> => {
    try {
      await opts.attempt();
    } catch (err) {
      if (state === 'stopped') return;
      const refusal = refusalOf(err);
      if (refusal) {
        state = refusal.state;
        opts.log.error(refusal.message);
        return;
      }
      const delay = Math.min(baseDelay * 2 ** attempt, 300_000);
      opts.log.warn({ err, retryInMs: delay }, opts.retrying);
      retryTimer = setTimeout(() => void tryOnce(attempt + 1), delay);
    }
  };
  return {
    state: () => state,
    ready,
    start: () => void tryOnce(0),
    connected() {
      if (state === 'stopped') return false;
      state = 'ready';
      markReady();
      return true;
    },
    stop() {
      state = 'stopped';
      clearTimeout(retryTimer);
    },
  };
}

/** Refusals that retrying cannot fix: the operator has to change something first. */
function refusalOf(err: unknown): { state: DiscordState; message: string } | null {
  const code = (err as { code?: unknown }).code;
  if (code === 'TokenInvalid' || (err as { status?: number }).status === 401) {
    return {
      state: 'invalid_token',
      message: 'Discord refused the token (DISCORD_TOKEN): rewards are paused until it is fixed',
    };
  }
  if (code === 'DisallowedIntents' || /disallowed intent/i.test(String((err as Error).message))) {
    return {
      state: 'disallowed_intent',
      message:
        'Discord refused the Server Members intent: enable "Server Members Intent" for this bot in the ' +
        'Developer Portal (Bot page), then restart',
    };
  }
  return null;
}
