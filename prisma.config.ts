// Prisma's native schema engine cannot be downloaded on our machines (see
// ../shared/docs/toolchain.md), so migrations run on the JavaScript schema
// engine through a driver adapter. The migrate side needs adapter-pg 7.x
// (6.19.3 fails on the `name` column type, prisma/orm#27403); the runtime
// client keeps the matching 6.19.3 adapter.
import { PrismaPg } from '@prisma/adapter-pg-migrate';
import { defineConfig } from 'prisma/config';

// The schema keeps `url = env("DATABASE_URL")` (see schema.prisma); without a
// value Prisma cannot read the schema and falls back to downloading engines.
// Generation needs no database, so any syntactically valid URL will do.
process.env.DATABASE_URL ??= 'postgresql://localhost:5432/unused';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  experimental: { adapter: true },
  engine: 'js',
  // allowExitOnIdle: the CLI would otherwise sit out the pool's 10 s idle timeout.
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL, allowExitOnIdle: true }),
});
