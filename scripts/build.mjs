// Compiles the bot's TypeScript (src/, commands/) to JavaScript in dist/, one
// file per file, in well under a second. `npm start` runs the compiled code:
// running the sources through tsx costs a second V8 isolate (its module
// loader thread), about 35 MB, in a process meant to run for months.
// Type checking is separate: `npm run typecheck`.
//
// Several processes may start from one checkout at the same moment (replicas
// on one machine): every file is written to a temporary name and renamed into
// place, so a process never reads a half-written file, and an unchanged file
// is not rewritten at all.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');
const filesUnder = (dir, suffix) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => join(e.parentPath ?? e.path, e.name));
const sources = (dir) => filesUnder(join(root, dir), '.ts').filter((f) => !f.endsWith('.d.ts'));

const { outputFiles } = await build({
  absWorkingDir: root,
  entryPoints: [...sources('src'), ...sources('commands')],
  outdir,
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  write: false,
});

const unchanged = (path, contents) => {
  try {
    return Buffer.compare(readFileSync(path), contents) === 0;
  } catch {
    return false;
  }
};
for (const file of outputFiles) {
  if (unchanged(file.path, file.contents)) continue;
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
// Output of sources that no longer exist.
const current = new Set(outputFiles.map((f) => f.path));
for (const path of filesUnder(outdir, '')) {
  if (!current.has(path) && !path.endsWith('.tmp')) rmSync(path, { force: true });
}
