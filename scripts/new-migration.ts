// Authors a migration offline. `prisma migrate dev` cannot run on the JS
// schema engine (README "Database migrations"), so the SQL is a
// schema-to-schema diff: the schema as last committed (or nothing, for the
// first migration) against prisma/schema.prisma in the work tree.
//
//   npm run db:migration -- <name> [--from <git-rev>]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string', default: 'HEAD' } },
});
const name = positionals[0];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <name_in_snake_case> [--from <git-rev>]');
  process.exit(2);
}

const migrationsDir = 'prisma/migrations';
const hasMigrations = readdirSync(migrationsDir, { withFileTypes: true }).some((e) => e.isDirectory());
const scratch = mkdtempSync(join(tmpdir(), 'migration-'));
try {
  let from = ['--from-empty'];
  if (hasMigrations) {
    const oldSchema = join(scratch, 'schema.prisma');
    writeFileSync(oldSchema, execFileSync('git', ['show', `${values.from}:prisma/schema.prisma`]));
    from = ['--from-schema-datamodel', oldSchema];
  }
  const sql = execFileSync(
    'npx',
    ['prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.error('schema.prisma has no changes against the old schema: nothing to migrate');
    process.exit(1);
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), sql);
  console.log(`wrote ${join(dir, 'migration.sql')}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
