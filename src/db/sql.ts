import pg from 'pg';
import type { SqlRunner } from '../contracts.js';
import { type Db, type DbOrTx, poolOf, sqlRunnerFor } from './client.js';
import type { Prisma } from './generated/client.js';

/**
 * Plain SQL on the pg pool under Prisma, for the reward path. A Prisma
 * model call costs about 0.7 ms of CPU (its query compiler runs in
 * WebAssembly for every call) and a raw one through Prisma 0.2 ms; the same
 * statement on pg costs 0.1 ms. A vote's reward made some twenty of them,
 * which held a busy bot's reward rate under Discord's budget (README
 * Performance). Rows come back as Prisma would give them: camelCase fields,
 * BIGINT as bigint (test/sql.test.ts holds the two to the same answer).
 */
export interface Sql {
  /** Runs one statement ($1, $2 ... placeholders) and returns its rows. */
  rows<T>(text: string, values?: unknown[]): Promise<T[]>;
  /** Runs one statement and returns how many rows it changed. */
  run(text: string, values?: unknown[]): Promise<number>;
}

/** An open transaction: its statements, and a runner for the job queue to enqueue in it. */
export interface SqlTx extends Sql {
  readonly runner: SqlRunner;
}

// BIGINT as bigint, as Prisma gives it (pg's default is a string).
const int8 = 20;
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === int8 ? (v: string) => BigInt(v) : pg.types.getTypeParser(oid, format as 'text'),
};

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

function sqlOn(client: Queryable): Sql {
  return {
    rows: async <T>(text: string, values: unknown[] = []) =>
      camelRows<T>((await client.query({ text, values, types })).rows),
    run: async (text, values = []) => (await client.query({ text, values, types })).rowCount ?? 0,
  };
}

/** Statements on the pool, each on its own (autocommit). */
export function sqlOf(db: Db): Sql {
  return sqlOn(poolOf(db));
}

/**
 * Runs `work` in one transaction on one pooled connection: committed when
 * it returns, rolled back when it throws. A connection whose ROLLBACK
 * failed (the server went away) is dropped from the pool, not reused.
 */
export async function inSqlTransaction<T>(db: Db, work: (tx: SqlTx) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const sql = sqlOn(client);
    const tx: SqlTx = {
      ...sql,
      runner: { executeSql: async (text, values) => ({ rows: (await client.query(text, values)).rows }) },
    };
    const result = await work(tx);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch((e: Error) => {
      broken = e;
    });
    throw err;
  } finally {
    client.release(broken);
  }
}

/** An open Prisma transaction as SqlTx, for the rarer callers that run in one (premium). */
export function sqlTxOf(tx: DbOrTx): SqlTx {
  return {
    rows: async <T>(text: string, values: unknown[] = []) =>
      camelRows<T>(await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values)),
    run: (text, values = []) => tx.$executeRawUnsafe(text, ...values),
    runner: sqlRunnerFor(tx),
  };
}

/** A Prisma fragment (Prisma.sql`...`) as text and values for Sql. */
export function fromPrisma(fragment: Prisma.Sql): [string, unknown[]] {
  return [fragment.text, fragment.values];
}

const camelKeys = new Map<string, string>();
const camel = (key: string) => {
  let name = camelKeys.get(key);
  if (name === undefined) {
    name = key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    camelKeys.set(key, name);
  }
  return name;
};

/** snake_case columns as the camelCase fields of the Prisma models (an alias already in camelCase is kept). */
function camelRows<T>(rows: Record<string, unknown>[]): T[] {
  if (rows.length === 0 || !Object.keys(rows[0] as object).some((k) => k.includes('_'))) return rows as T[];
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const key in row) out[camel(key)] = row[key];
    return out as T;
  });
}
