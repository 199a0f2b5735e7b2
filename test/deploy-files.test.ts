import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { configSchema, loadConfig, secretVariables } from '../src/config.js';

/*
 * Docker is not available where the tests run, so these tests prove the
 * deployment files' wiring by reading them: Dockerfile, .dockerignore,
 * docker-compose.yml and .env.example against each other, package.json,
 * prisma/schema.prisma and the config schema in src/config.ts.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

// --- Dockerfile ---------------------------------------------------------------

interface Instruction {
  keyword: string;
  args: string;
  /** Index of the FROM that opened the stage this instruction belongs to. */
  stage: number;
}

/** Instructions with line continuations joined and comment lines dropped, as Docker does. */
function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let stage = -1;
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && current === '')) continue;
    const continues = line.endsWith('\\');
    current = `${current} ${continues ? line.slice(0, -1) : line}`.trim();
    if (continues) continue;
    const match = /^(\S+)\s*(.*)$/.exec(current)!;
    const keyword = match[1]!.toUpperCase();
    if (keyword === 'FROM') stage++;
    instructions.push({ keyword, args: match[2]!, stage });
    current = '';
  }
  expect(current, 'Dockerfile ends inside a line continuation').toBe('');
  return instructions;
}

/** Splits off leading `--flag=value` options; `rest` is the remainder. */
function splitFlags(args: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = args;
  for (let m = /^--([a-z-]+)(?:=(\S*))?\s+/.exec(rest); m; m = /^--([a-z-]+)(?:=(\S*))?\s+/.exec(rest)) {
    flags[m[1]!] = m[2] ?? '';
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

/** Exec (JSON) form arguments of CMD/HEALTHCHECK CMD; fails on shell form. */
function execForm(args: string): string[] {
  expect(args.startsWith('['), `expected exec form (JSON array), got: ${args}`).toBe(true);
  const parsed: unknown = JSON.parse(args);
  expect(Array.isArray(parsed) && parsed.every((a) => typeof a === 'string')).toBe(true);
  return parsed as string[];
}

function copySources(instruction: Instruction): { from?: string; sources: string[]; dest: string } {
  const { flags, rest } = splitFlags(instruction.args);
  const parts = rest.startsWith('[') ? execForm(rest) : rest.split(/\s+/);
  expect(parts.length).toBeGreaterThanOrEqual(2);
  return { from: flags.from, sources: parts.slice(0, -1), dest: parts.at(-1)! };
}

// --- .dockerignore ------------------------------------------------------------

function dockerignorePatterns(): RegExp[] {
  return read('.dockerignore')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((pattern) => {
      expect(pattern.startsWith('!'), 'exceptions are not handled by this test').toBe(false);
      const source = pattern
        .replace(/^\/+|\/+$/g, '')
        .split(/(\*\*\/|\*|\?)/)
        .map((part) => {
          if (part === '**/') return '(?:.*/)?';
          if (part === '*') return '[^/]*';
          if (part === '?') return '[^/]';
          return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      return new RegExp(`^${source}$`);
    });
}

/** True when `path` or one of its parent directories matches a .dockerignore pattern. */
function isIgnored(path: string, patterns: RegExp[]): boolean {
  const segments = posix.normalize(path).replace(/\/$/, '').split('/');
  return segments.some((_, i) => patterns.some((p) => p.test(segments.slice(0, i + 1).join('/'))));
}

// --- docker-compose.yml -------------------------------------------------------

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null>;
  env_file?: Array<string | { path: string; required?: boolean }>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  restart?: string;
  init?: boolean;
  stop_grace_period?: string;
  profiles?: string[];
  deploy?: { replicas?: number };
}

interface Compose {
  version?: unknown;
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** Compose's variable substitution: ${VAR}, ${VAR:-default}, ${VAR-default} and $$. */
function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g,
    (whole, name: string | undefined, op: string | undefined, fallback: string | undefined) => {
      if (whole === '$$') return '$';
      const current = env[name!];
      if (op === ':-') return current ? current : (fallback ?? '');
      if (op === '-') return current ?? fallback ?? '';
      return current ?? '';
    },
  );
}

/** Names of the variables a compose file substitutes. */
function interpolatedNames(text: string): string[] {
  return [
    ...new Set([...text.replace(/\$\$/g, '').matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!)),
  ];
}

function durationMs(value: string): number {
  const match = /^(\d+)(ms|s|m)$/.exec(value);
  expect(match, `unsupported duration ${value}`).not.toBeNull();
  return Number(match![1]) * { ms: 1, s: 1000, m: 60_000 }[match![2] as 'ms' | 's' | 'm'];
}

// --- .env.example -------------------------------------------------------------

interface EnvLine {
  key: string;
  value: string;
  /** The line just above it. */
  comment: string;
}

function parseEnvExample(): EnvLine[] {
  const lines = read('.env.example').split('\n');
  const entries: EnvLine[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    // Plain KEY=value only: quotes and trailing comments are read differently
    // by docker compose and by dotenv parsers.
    const match = /^([A-Z][A-Z0-9_]*)=([^\s"'#]*)$/.exec(line);
    expect(match, `.env.example line ${i + 1} is not a plain KEY=value: ${line}`).not.toBeNull();
    entries.push({ key: match![1]!, value: match![2]!, comment: lines[i - 1] ?? '' });
  });
  return entries;
}

/** A config variable the bot refuses to start without (no default, not optional). */
const isRequired = (schema: z.ZodType) => !schema.safeParse(undefined).success;

// --- shared fixtures ----------------------------------------------------------

const dockerfile = parseDockerfile(read('Dockerfile'));
const finalStage = Math.max(...dockerfile.map((i) => i.stage));
const inFinalStage = (keyword: string) =>
  dockerfile.filter((i) => i.keyword === keyword && i.stage === finalStage);
const stageNames = dockerfile
  .filter((i) => i.keyword === 'FROM')
  .map((i) => /\s+AS\s+(\S+)$/i.exec(i.args)?.[1]?.toLowerCase());

const composeText = read('docker-compose.yml');
const compose = parse(composeText) as Compose;
const postgres = compose.services.postgres!;
const bot = compose.services.bot!;
const proxy = compose.services.proxy!;

// YAML merge keys (<<) share the bot settings between services, as Compose reads them.
const scaledText = read('docker-compose.scaled.yml');
const scaled = parse(scaledText, { merge: true }) as Compose;
const caddyfile = read('deploy/Caddyfile');

const envExample = parseEnvExample();
const exampleEnv = Object.fromEntries(envExample.map((e) => [e.key, e.value]));
const configKeys = Object.keys(configSchema.shape) as Array<keyof typeof configSchema.shape>;

const pkg = JSON.parse(read('package.json')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies?: Record<string, string>;
};

/** The bot container's environment: .env (via env_file) overridden by `environment`. */
function botEnvironment(dotenv: Record<string, string>): Record<string, string> {
  const fixed = Object.fromEntries(
    Object.entries(bot.environment ?? {}).map(([k, v]) => [k, interpolate(String(v ?? ''), dotenv)]),
  );
  return { ...dotenv, ...fixed };
}

function postgresEnvironment(dotenv: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(postgres.environment ?? {}).map(([k, v]) => [k, interpolate(String(v ?? ''), dotenv)]),
  );
}

// --- tests --------------------------------------------------------------------

describe('Dockerfile', () => {
  it('is multi-stage on node:20-bookworm-slim, every stage built from it or an earlier stage', () => {
    const froms = dockerfile.filter((i) => i.keyword === 'FROM');
    expect(froms.length).toBeGreaterThanOrEqual(2);
    froms.forEach((from, index) => {
      const image = from.args.split(/\s+/)[0]!;
      const earlier = stageNames.slice(0, index);
      expect(image === 'node:20-bookworm-slim' || earlier.includes(image.toLowerCase()), image).toBe(true);
    });
  });

  it('installs production dependencies only after copying what `prisma generate` reads', () => {
    const runs = dockerfile.filter((i) => i.keyword === 'RUN');
    const install = runs.find((r) => /\bnpm ci\b/.test(r.args));
    expect(install, 'no RUN npm ci').toBeDefined();
    expect(install!.args).toMatch(/--omit=dev\b/);
    // The Prisma client is generated in the image, by the package's postinstall or explicitly.
    expect(pkg.scripts.postinstall).toMatch(/\bprisma generate\b/);
    expect(install!.args).toMatch(/\bnpm run postinstall\b|\bprisma generate\b/);
    // Everything the bot runs with must survive --omit=dev.
    for (const name of ['tsx', 'prisma', '@prisma/client'])
      expect(pkg.dependencies[name], name).toBeDefined();

    const copiedBefore = dockerfile
      .slice(0, dockerfile.indexOf(install!))
      .filter((i) => i.keyword === 'COPY' && i.stage === install!.stage)
      .flatMap((i) => copySources(i).sources);
    for (const needed of ['package.json', 'package-lock.json', 'prisma.config.ts']) {
      expect(copiedBefore, needed).toContain(needed);
    }
    expect(copiedBefore.some((s) => s === 'prisma' || s === 'prisma/' || s === 'prisma/schema.prisma')).toBe(
      true,
    );
  });

  it('copies the generated Prisma client from the stage that generated it, to where schema.prisma writes it', () => {
    const output = /^\s*output\s*=\s*"([^"]+)"/m.exec(read('prisma/schema.prisma'))?.[1];
    expect(output).toBeDefined();
    const generatedDir = posix.join('prisma', output!); // relative to the schema file
    const copies = inFinalStage('COPY').map(copySources);
    const generated = copies.find(
      (c) => c.from && c.sources.some((s) => posix.normalize(s).endsWith(generatedDir)),
    );
    expect(generated, `no COPY --from=... of ${generatedDir}`).toBeDefined();
    expect(stageNames).toContain(generated!.from);
    expect(posix.normalize(generated!.dest).replace(/\/$/, '')).toMatch(new RegExp(`(^|/)${generatedDir}$`));
    expect(copies.some((c) => c.from && c.sources.some((s) => s.endsWith('node_modules')))).toBe(true);
  });

  it('copies only files that exist and are not excluded by .dockerignore', () => {
    const patterns = dockerignorePatterns();
    const sources = dockerfile
      .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')
      .map(copySources)
      .filter((c) => !c.from)
      .flatMap((c) => c.sources);
    expect(sources).toEqual(expect.arrayContaining(['src', 'prisma', 'package.json', 'package-lock.json']));
    for (const source of sources) {
      expect(existsSync(join(root, source)), `${source} does not exist`).toBe(true);
      expect(isIgnored(source, patterns), `${source} is excluded by .dockerignore`).toBe(false);
    }
  });

  it('keeps host artefacts and secrets out of the build context', () => {
    const patterns = dockerignorePatterns();
    for (const path of [
      'node_modules',
      '.data',
      'dist',
      'coverage',
      '.git',
      'debug.log',
      '.env',
      'src/db/generated',
    ]) {
      expect(isIgnored(path, patterns), path).toBe(true);
    }
    for (const path of ['src/main.ts', 'prisma/schema.prisma', 'package-lock.json', 'tsconfig.json']) {
      expect(isIgnored(path, patterns), path).toBe(false);
    }
  });

  it('runs as a non-root user, in production mode, exposing port 3000', () => {
    const users = inFinalStage('USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users.at(-1)!.args.split(':')[0]!;
    expect(['root', '0', '']).not.toContain(user);
    expect(inFinalStage('EXPOSE').map((i) => i.args)).toContain('3000');
    const env = dockerfile
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bPORT=3000\b/);
  });

  it('builds dist/ and starts it exactly like `npm start`, in exec form so node receives SIGTERM', () => {
    const cmds = inFinalStage('CMD');
    expect(cmds).toHaveLength(1);
    const argv = execForm(cmds[0]!.args);
    expect(argv[0]).toBe('node');
    expect(argv.at(-1)).toBe('dist/src/main.js');
    // npm start = build, then this very command; the variables it sets
    // (glibc's malloc settings) are ENV of the image.
    const [buildStep, runStep] = (pkg.scripts.start ?? '').split(' && ');
    const words = (runStep ?? '').split(' ');
    const assignments = words.filter((w) => /^[A-Z_]+=/.test(w));
    expect(words.slice(assignments.length).join(' ')).toBe(argv.join(' '));
    const imageEnv = inFinalStage('ENV')
      .map((i) => i.args)
      .join(' ')
      .split(/[\s\\]+/);
    for (const assignment of assignments) expect(imageEnv).toContain(assignment);
    expect(inFinalStage('RUN').some((r) => r.args === buildStep)).toBe(true);
    expect(inFinalStage('ENTRYPOINT')).toHaveLength(0);
    const stopSignal =
      inFinalStage('STOPSIGNAL').at(-1)?.args ?? dockerfile.find((i) => i.keyword === 'STOPSIGNAL')?.args;
    expect(stopSignal).toBe('SIGTERM');
  });

  describe('HEALTHCHECK', () => {
    let server: Server | undefined;
    afterEach(() => {
      server?.close();
      server = undefined;
    });

    const healthcheck = () => {
      const checks = inFinalStage('HEALTHCHECK');
      expect(checks).toHaveLength(1);
      const { rest } = splitFlags(checks[0]!.args);
      expect(rest.startsWith('CMD ')).toBe(true);
      const argv = execForm(rest.slice('CMD '.length).trim());
      expect(argv[0]).toBe('node'); // the slim image has no curl or wget
      expect(argv.join(' ')).toContain('/healthz');
      return argv;
    };

    /** Runs the HEALTHCHECK command with this Node and PORT; resolves to its exit code. */
    const runCheck = (port: number, env: Record<string, string> = {}) =>
      new Promise<number>((resolve) => {
        const argv = healthcheck();
        execFile(
          process.execPath,
          argv.slice(1),
          { env: { ...process.env, PORT: String(port), ...env }, timeout: 10_000 },
          (err) => resolve(err ? (typeof err.code === 'number' ? err.code : -1) : 0),
        );
      });

    const serve = async (status: (path: string) => number) => {
      server = createServer((req, res) => {
        res.writeHead(status(req.url ?? ''), { 'content-type': 'application/json' });
        res.end('{}');
      });
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      return (server.address() as AddressInfo).port;
    };

    it('passes when /healthz on PORT answers 200', async () => {
      const port = await serve((path) => (path === '/healthz' ? 200 : 404));
      expect(await runCheck(port)).toBe(0);
    });

    it('fails when /healthz answers an error status', async () => {
      const port = await serve(() => 503);
      expect(await runCheck(port)).toBe(1);
    });

    it('speaks HTTPS to the listener when TLS_CERT_FILE is set (a self-signed certificate is fine)', async () => {
      const pems = await generate([{ name: 'commonName', value: 'bot.example.com' }], { keySize: 2048 });
      server = createHttpsServer({ cert: pems.cert, key: pems.private }, (req, res) => {
        res.writeHead(req.url === '/healthz' ? 200 : 404).end('{}');
      });
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      expect(await runCheck(port, { TLS_CERT_FILE: '/run/secrets/bot.pem' })).toBe(0);
      // Plain HTTP to the TLS listener is no answer.
      expect(await runCheck(port)).toBe(1);
    });

    it('fails when nothing listens on PORT', async () => {
      const port = await serve(() => 200);
      server!.close();
      server = undefined;
      expect(await runCheck(port)).toBe(1);
    });
  });
});

describe('runtime dependencies', () => {
  it('every package imported by code in the image is a production dependency', () => {
    const files: string[] = ['prisma.config.ts'];
    const walk = (dir: string) => {
      if (!existsSync(join(root, dir))) return;
      for (const name of readdirSync(join(root, dir))) {
        const path = posix.join(dir, name);
        if (path === 'src/db/generated') continue; // generated; imports only @prisma/client
        if (statSync(join(root, path)).isDirectory()) walk(path);
        else if (/\.(ts|mts|js|mjs)$/.test(name)) files.push(path);
      }
    };
    walk('src');
    walk('commands');
    expect(files).toContain('src/main.ts');

    const imported = new Set<string>();
    for (const file of files) {
      const text = read(file);
      const specifiers = [
        // Static imports and re-exports; `import type` is erased and needs nothing at run time.
        ...[...text.matchAll(/\b(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/g)]
          .filter((m) => !m[1])
          .map((m) => m[2]!),
        ...[...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!),
      ];
      for (const spec of specifiers) {
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    expect(imported.size).toBeGreaterThan(3);
    const missing = [...imported].filter((name) => !pkg.dependencies[name]);
    expect(missing, 'imported at run time but missing from "dependencies" (npm ci --omit=dev)').toEqual([]);
  });
});

describe('docker-compose.yml', () => {
  it('uses the Compose spec (no version key) with a postgres and a bot service, the rest behind profiles', () => {
    expect(compose.version).toBeUndefined();
    expect(Object.keys(compose.services).sort()).toEqual(['bot', 'postgres', 'proxy']);
    // A plain `docker compose up` runs the single-process setup only.
    const always = Object.entries(compose.services).filter(([, s]) => !s.profiles?.length);
    expect(always.map(([name]) => name).sort()).toEqual(['bot', 'postgres']);
  });

  it('offers Caddy terminating HTTPS in front of the bot as the `proxy` profile', () => {
    expect(proxy.profiles).toEqual(['proxy']);
    expectCaddyIn(compose, proxy, 'bot');
  });

  it('gives postgres a named volume, a pg_isready healthcheck and no published port', () => {
    expect(postgres.image).toMatch(/^postgres:\d+/);
    const volume = postgres.volumes?.find((v) => v.endsWith(':/var/lib/postgresql/data'));
    expect(volume).toBeDefined();
    const volumeName = volume!.split(':')[0]!;
    expect(Object.keys(compose.volumes ?? {})).toContain(volumeName);
    const test = postgres.healthcheck?.test;
    expect(Array.isArray(test) ? test.join(' ') : test).toMatch(/pg_isready .*-U .*-d /);
    expect(postgres.ports).toBeUndefined();
    expect(postgres.restart).toBe('unless-stopped');
  });

  it('builds the bot from this directory and starts it only once postgres is healthy', () => {
    const build = typeof bot.build === 'string' ? { context: bot.build } : bot.build;
    expect(build?.context).toBe('.');
    expect(build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
    expect(bot.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(bot.restart).toBe('unless-stopped');
    expect(bot.init).toBe(true);
  });

  it('publishes the container port the Dockerfile exposes and the bot listens on', () => {
    const exposed = inFinalStage('EXPOSE').map((i) => i.args);
    const containerPorts = (bot.ports ?? []).map((p) => String(p).split(':').at(-1));
    expect(containerPorts).toContain('3000');
    expect(exposed).toContain('3000');
    expect(String(bot.environment?.PORT)).toBe('3000');
    expect(bot.environment?.HOST).toBe('0.0.0.0');
  });

  it.each([
    ['defaults (no .env)', {}],
    ['.env copied from .env.example', exampleEnv],
    ['custom credentials', { POSTGRES_USER: 'owner', POSTGRES_PASSWORD: 'S3cret', POSTGRES_DB: 'votes' }],
  ])(
    'points DATABASE_URL at the postgres service with its credentials: %s',
    (_name, dotenv: Record<string, string>) => {
      const env = botEnvironment(dotenv);
      const pg = postgresEnvironment(dotenv);
      const url = new URL(env.DATABASE_URL!);
      expect(url.protocol).toMatch(/^postgres(ql)?:$/);
      expect(url.hostname).toBe('postgres');
      expect(url.port).toBe('5432');
      expect(pg.POSTGRES_PASSWORD, 'the postgres image refuses an empty password').not.toBe('');
      expect(decodeURIComponent(url.username)).toBe(pg.POSTGRES_USER);
      expect(decodeURIComponent(url.password)).toBe(pg.POSTGRES_PASSWORD);
      expect(url.pathname).toBe(`/${pg.POSTGRES_DB}`);
      if (dotenv.POSTGRES_USER) expect(url.username).toBe(dotenv.POSTGRES_USER);
      // The bot accepts the resulting environment.
      const config = loadConfig(env);
      expect(config.DATABASE_URL).toBe(env.DATABASE_URL);
      expect(config.PORT).toBe(3000);
    },
  );

  it('overrides DATABASE_URL, HOST and PORT from .env, whose other settings reach the bot', () => {
    const env = botEnvironment({
      DATABASE_URL: 'postgresql://me@localhost:5432/dev',
      HOST: '127.0.0.1',
      PORT: '8080',
      LOG_LEVEL: 'debug',
    });
    expect(new URL(env.DATABASE_URL!).hostname).toBe('postgres');
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.PORT).toBe('3000');
    expect(env.LOG_LEVEL).toBe('debug');
    // PORT in .env moves the host side of the mapping only.
    expect(interpolate(String(bot.ports?.[0]), { PORT: '8080' })).toBe('8080:3000');
    expect(bot.env_file).toEqual([{ path: '.env', required: false }]);
  });

  it('gives the bot longer to stop than its own graceful shutdown timeout', () => {
    expect(bot.stop_grace_period).toBeDefined();
    const defaultShutdownMs = loadConfig({}).SHUTDOWN_TIMEOUT_MS;
    expect(durationMs(bot.stop_grace_period!)).toBeGreaterThan(defaultShutdownMs);
    expect(durationMs(bot.stop_grace_period!)).toBeGreaterThan(Number(exampleEnv.SHUTDOWN_TIMEOUT_MS));
  });

  it('documents every variable it substitutes in .env.example', () => {
    const names = interpolatedNames(composeText);
    expect(names).toEqual(
      expect.arrayContaining(['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB', 'PORT']),
    );
    for (const name of names) expect(exampleEnv, name).toHaveProperty(name);
  });
});

describe('.env.example', () => {
  it('lists every variable of the config schema once, each under a one-line comment', () => {
    const keys = envExample.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of configKeys) expect(keys, key).toContain(key);
    for (const entry of envExample) expect(entry.comment, entry.key).toMatch(/^# \S/);
  });

  it('has no variables that neither the bot nor docker-compose.yml reads', () => {
    const known = new Set<string>([...configKeys, ...interpolatedNames(composeText)]);
    expect(envExample.map((e) => e.key).filter((k) => !known.has(k))).toEqual([]);
  });

  it('starts with what a server owner sets: the token, the webhook secrets, PUBLIC_URL', () => {
    expect(envExample.slice(0, 4).map((e) => e.key)).toEqual([
      'DISCORD_TOKEN',
      'RANKLY_WEBHOOK_AUTH',
      'RANKLY_PREMIUM_WEBHOOK_SECRET',
      'PUBLIC_URL',
    ]);
  });

  it('leaves every secret empty', () => {
    for (const key of [...secretVariables, 'POSTGRES_PASSWORD']) {
      expect(exampleEnv, key).toHaveProperty(key);
      expect(exampleEnv[key], key).toBe('');
    }
  });

  it('holds the defaults: copied unchanged, it configures the bot exactly as no .env does', () => {
    expect(loadConfig(exampleEnv)).toEqual(loadConfig({}));
    // ...and each non-empty value is the one the schema defaults to, so it cannot drift silently.
    for (const key of configKeys) {
      const value = exampleEnv[key];
      if (!value) continue;
      const schema = configSchema.shape[key] as z.ZodType;
      expect(schema.parse(value), key).toEqual(schema.parse(undefined));
    }
  });

  it('together with compose sets every variable the schema requires', () => {
    // The check recognises a required variable (guards against a vacuous pass).
    expect(isRequired(z.string())).toBe(true);
    expect(isRequired(configSchema.shape.DISCORD_TOKEN)).toBe(false);
    expect(isRequired(configSchema.shape.PORT)).toBe(false);

    const required = configKeys.filter((key) => isRequired(configSchema.shape[key] as z.ZodType));
    const env = botEnvironment(exampleEnv);
    for (const key of required) expect(env[key], `${key} is required but set nowhere`).toBeTruthy();
    expect(() => loadConfig(env)).not.toThrow();
  });
});

/**
 * A Caddy service that serves deploy/Caddyfile on 80/443 and passes requests
 * to `upstream`, a bot service of the same file, on the port the bot listens on.
 */
function expectCaddyIn(file: Compose, service: ComposeService, upstream: string) {
  expect(service.image).toMatch(/^caddy:2/);
  expect(service.restart).toBe('unless-stopped');
  const published = (service.ports ?? []).map(String);
  expect(published).toEqual(expect.arrayContaining(['80:80', '443:443']));
  expect(service.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
  for (const volume of service.volumes ?? []) {
    const source = volume.split(':')[0]!;
    if (source.startsWith('.')) expect(existsSync(join(root, source)), source).toBe(true);
    else expect(Object.keys(file.volumes ?? {}), source).toContain(source);
  }
  expect(service.volumes?.some((v) => v.endsWith(':/data'))).toBe(true); // certificates survive restarts
  expect(service.environment?.UPSTREAM).toBe(upstream);
  expect(file.services[upstream]?.build).toBeDefined();
  expect(service.depends_on).toEqual(expect.arrayContaining([upstream]));
  // The Caddyfile reads both variables and dials the bot's container port.
  expect(interpolate(String(service.environment?.DOMAIN), {})).toBe('localhost');
  expect(caddyfile).toMatch(/^\{\$DOMAIN\} \{$/m);
  expect(caddyfile).toMatch(/reverse_proxy \{[\s\S]*dynamic a \{\$UPSTREAM\} 3000\b/);
  expect(String(bot.environment?.PORT)).toBe('3000');
}

describe('docker-compose.scaled.yml', () => {
  /** Each bot service of the scaled file, with the configuration its containers get from .env.example. */
  const botServices = () =>
    Object.entries(scaled.services)
      .filter(([, service]) => service.build)
      .map(([name, service]) => {
        const fixed = Object.fromEntries(
          Object.entries(service.environment ?? {}).map(([k, v]) => [
            k,
            interpolate(String(v ?? ''), exampleEnv),
          ]),
        );
        return {
          name,
          service,
          replicas: service.deploy?.replicas ?? 1,
          config: loadConfig({ ...exampleEnv, ...fixed }),
        };
      });

  it('runs the same postgres as docker-compose.yml', () => {
    expect(scaled.services.postgres).toEqual(postgres);
    expect(Object.keys(scaled.volumes ?? {})).toContain('pgdata');
  });

  it('runs two web+worker replicas, one gateway process and one Discord proxy, every role somewhere', () => {
    const services = botServices();
    const web = services.find((s) => s.name === 'web')!;
    expect(web.config.RUN).toEqual(['web', 'worker']);
    expect(web.replicas).toBe(2);
    const gateway = services.find((s) => s.name === 'gateway')!;
    expect(gateway.config.RUN).toEqual(['gateway']);
    expect(new Set(services.flatMap((s) => s.config.RUN))).toEqual(
      new Set(['web', 'worker', 'gateway', 'discord-proxy']),
    );
  });

  it('sends every process but the proxy to Discord through the one proxy: one budget', () => {
    const services = botServices();
    const proxy = services.find((s) => s.config.RUN.includes('discord-proxy'))!;
    expect(proxy.replicas).toBe(1);
    expect(proxy.config.DISCORD_API_URL).toBeUndefined();
    for (const s of services.filter((s) => s !== proxy)) {
      expect(s.config.DISCORD_API_URL, s.name).toBe(
        `http://${proxy.name}:${proxy.config.DISCORD_PROXY_PORT}/api`,
      );
    }
  });

  it('holds each gateway shard in exactly one process, so no Discord event is handled twice', () => {
    const gateways = botServices().filter((s) => s.config.RUN.includes('gateway'));
    const processes = gateways.reduce((n, s) => n + s.replicas, 0);
    expect(processes).toBeGreaterThanOrEqual(1);
    if (processes === 1) return; // one process runs every shard
    const count = gateways[0]!.config.SHARD_COUNT!;
    const ids = gateways.flatMap((s) => {
      expect(s.replicas, `${s.name}: a replicated gateway would open the same shards twice`).toBe(1);
      expect(s.config.SHARD_COUNT).toBe(count);
      return s.config.SHARD_IDS ?? [];
    });
    expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
  });

  it('reaches the web replicas only through the proxy, which they trust for client addresses', () => {
    for (const { name, service } of botServices()) expect(service.ports, name).toBeUndefined();
    expectCaddyIn(scaled, scaled.services.proxy!, 'web');
    expect(scaled.services.proxy!.profiles).toBeUndefined();
    // Caddy reaches them from the compose network, a private (uniquelocal) range.
    expect(botServices().find((s) => s.name === 'web')!.config.TRUST_PROXY).toEqual(['uniquelocal']);
  });

  it('starts every bot process like docker-compose.yml does: same image, .env, database, init and grace period', () => {
    for (const { name, service } of botServices()) {
      expect(service.build, name).toEqual(bot.build);
      expect(service.env_file, name).toEqual(bot.env_file);
      expect(service.depends_on, name).toEqual(bot.depends_on);
      expect(service.init, name).toBe(true);
      expect(service.restart, name).toBe(bot.restart);
      expect(service.stop_grace_period, name).toBe(bot.stop_grace_period);
      for (const key of ['DATABASE_URL', 'HOST', 'PORT'])
        expect(String(service.environment?.[key]), `${name} ${key}`).toBe(String(bot.environment?.[key]));
    }
  });

  it('documents every variable it substitutes in .env.example', () => {
    const names = interpolatedNames(scaledText);
    expect(names).toContain('DOMAIN');
    for (const name of names) expect(exampleEnv, name).toHaveProperty(name);
  });
});
