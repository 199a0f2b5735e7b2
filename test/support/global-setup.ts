import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { createLogger } from '../../src/log.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin connection URL of the test server (any database). */
    adminUrl: string;
    /** A database with every migration applied; test files clone it. */
    templateDatabase: string;
  }
}

/**
 * One Postgres server for the whole run: the machine's own when DATABASE_URL
 * is set, otherwise an embedded one in a temporary directory. Migrations are
 * applied once, to a template database that each test file clones (CREATE
 * DATABASE ... TEMPLATE is a file copy: milliseconds).
 */
export default async function setup(project: TestProject) {
  const log = createLogger({ level: 'warn', pretty: false });
  let stopServer = async () => {};
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'rankly-test-pg-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    const server = await startEmbeddedPostgres({ dataDir, port, log, database: 'postgres' });
    adminUrl = server.url;
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const templateDatabase = `rankly_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  await admin.end();
  await applyMigrations(withDatabase(adminUrl, templateDatabase), log);

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await client.end();
    await stopServer();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
