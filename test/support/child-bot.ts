import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildBot {
  child: ChildProcess;
  output: () => string;
  /** From the bot's "listening on" line: http:// or https:// with the real port. */
  url: string;
  exit: Promise<number | null>;
}

/**
 * Starts the bot as its own process (`npm start`, which builds dist/ first,
 * or the sources through tsx, which several processes can do at once) and
 * resolves once it listens. The environment holds only
 * PATH, HOME and `env`; empty values also shadow a developer's .env in the
 * project (empty = unset).
 */
export async function startChildBot(how: 'npm' | 'node', env: Record<string, string>): Promise<ChildBot> {
  const [command, args] =
    how === 'npm' ? ['npm', ['start', '--silent']] : [process.execPath, ['--import', 'tsx', 'src/main.ts']];
  const child = spawn(command as string, args as string[], {
    cwd: projectRoot,
    // Its own process group, so a signal to -pid reaches npm, node and anything
    // else in it, as Ctrl-C in a terminal does.
    detached: true,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      DATABASE_URL: '',
      DISCORD_TOKEN: '',
      RANKLY_WEBHOOK_AUTH: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (c: Buffer) => {
    text += c.toString();
  });
  child.stderr!.on('data', (c: Buffer) => {
    text += c.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /listening on (https?:\/\/[\d.:]+)/.exec(text);
      if (match?.[1]) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    void exit.then((code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code} before listening:\n${text}`));
    });
  });
  return { child, output: () => text, url, exit };
}

/** The bot's log lines (JSON), skipping anything else the process printed. */
export function logLines(output: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
