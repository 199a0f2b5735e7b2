import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log.js';

/** The folder with package.json and prisma/: two levels up from src/db, three from dist/src/db. */
export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

const finished = /All migrations have been successfully applied|No pending migrations to apply/;

/**
 * Applies pending migrations with `prisma migrate deploy`. Prisma takes an
 * advisory lock, so replicas starting at the same moment apply each
 * migration once and the others wait.
 *
 * The CLI on the JS schema engine leaves a 10 s timer behind in its WASM
 * module after it has finished, so we stop it as soon as it reports the
 * result instead of waiting for it to exit by itself.
 */
export async function applyMigrations(databaseUrl: string, log: Logger): Promise<void> {
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const started = Date.now();
  const output = await new Promise<string>((resolvePromise, reject) => {
    // The URL travels by environment, so it never appears in a command line.
    const child = spawn(process.execPath, [cli, 'migrate', 'deploy'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let done = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('prisma migrate deploy did not finish within 120 s'));
    }, 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!done && finished.test(stdout)) {
        done = true;
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolvePromise(stdout);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (done) return;
      if (code === 0) resolvePromise(stdout);
      else reject(new Error(`prisma migrate deploy failed: ${(stderr || stdout).trim().slice(-2000)}`));
    });
  });
  const applied = [...output.matchAll(/└─ (\d{14}_[a-z0-9_]+)\//g)].map((m) => m[1]);
  log.info(
    { applied, ms: Date.now() - started },
    applied.length ? 'database migrations applied' : 'database schema is up to date',
  );
}
