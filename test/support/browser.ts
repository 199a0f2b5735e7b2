import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/**
 * A real headless Chromium for the dashboard tests: the operating system's
 * (Debian's `chromium` package; .ci/run installs it), driven by
 * playwright-core, which downloads no browser of its own. Each launch gets
 * a fresh profile directory, removed on close.
 */
export const chromiumPath = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((p): p is string => Boolean(p && existsSync(p)));

export async function launchBrowser(
  opts: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {},
): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  if (!chromiumPath) throw new Error('no Chromium found (apt-get install chromium)');
  const profile = await mkdtemp(join(tmpdir(), 'rankly-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    viewport: opts.viewport ?? { width: 1100, height: 900 },
    // Off: the page must work for a visitor whose browser runs no script.
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A free TCP port on 127.0.0.1: the bot's PUBLIC_URL (the OAuth2 redirect) must be known before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
