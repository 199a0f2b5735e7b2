# Rankly rewards bot. Build: `docker build -t rankly-bot .`; or run it with its
# Postgres through docker-compose.yml (`docker compose up -d`).
#
# The TypeScript is compiled to dist/ by scripts/build.mjs (esbuild, under a
# second) while the image is built; the container runs dist/src/main.js, the
# same file `npm start` builds and runs.

FROM node:20-bookworm-slim AS base
WORKDIR /app
# CHECKPOINT_DISABLE: Prisma's CLI (used for migrations at start) would
# otherwise phone home for update checks.
ENV NODE_ENV=production \
    CHECKPOINT_DISABLE=1

# ---------------------------------------------------------------------------
# deps: production node_modules plus the generated Prisma client.
# Only what `npm ci` and `prisma generate` read is copied, so this layer is
# rebuilt only when dependencies or the schema change, not on every code edit.
# ---------------------------------------------------------------------------
FROM base AS deps
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
# --ignore-scripts: dependency install scripts are not needed (npm 11 on our
# machines skips them too) and some would download binaries from outside the
# npm registry (@prisma/engines fetches native engines the JS engine never
# uses). That also skips the root postinstall, so it runs explicitly:
# `npm run postinstall` = `prisma generate`, which writes the client to
# src/db/generated and needs no database. prisma, tsx and the adapters are
# regular dependencies, so --omit=dev leaves everything the bot needs.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm run postinstall \
 && npm cache clean --force

# ---------------------------------------------------------------------------
# runtime
# ---------------------------------------------------------------------------
FROM base AS runtime
# The container always listens on 3000 on every interface; compose maps the
# host port. DATABASE_URL has no default here: set it (compose does). Without
# it the bot would start an embedded Postgres in DATA_DIR, which is not what
# you want in a container.
ENV PORT=3000 \
    HOST=0.0.0.0
# glibc's malloc, as `npm start` sets it: blocks of 128 KiB and more are
# mapped on their own and given back when freed, and free memory at the top
# of the heap is returned at 128 KiB, instead of glibc raising both limits
# after start-up's large, short-lived allocations and keeping tens of MB
# resident (README "Performance", memory).
ENV MALLOC_MMAP_THRESHOLD_=131072 \
    MALLOC_TRIM_THRESHOLD_=131072

# Files stay owned by root and read-only for the `node` user that runs the
# bot: the app never writes to its own code or node_modules.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json prisma.config.ts ./
COPY prisma ./prisma
COPY src ./src
COPY commands ./commands
COPY scripts/build.mjs ./scripts/build.mjs
# The generated client (src/db/generated is excluded from the build context).
COPY --from=deps /app/src/db/generated ./src/db/generated
RUN node scripts/build.mjs
# The only writable directory: DATA_DIR's default, used solely by the
# embedded-Postgres fallback when DATABASE_URL is unset.
RUN mkdir -p /app/.data && chown node:node /app/.data

# The official image's unprivileged user (uid 1000).
USER node

EXPOSE 3000

# Liveness only (the process is up and serving HTTP); /readyz reports whether
# the database, queue and Discord are usable. Node's own http(s) module,
# because the slim image has no curl or wget. With TLS_CERT_FILE set the
# listener speaks HTTPS only; the check then skips certificate verification,
# as it talks to itself on 127.0.0.1, which no public certificate names. The
# start period covers migrations, which run before the HTTP listener opens.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const s=process.env.TLS_CERT_FILE?'https':'http';require(s).get(s+'://127.0.0.1:'+(process.env.PORT||3000)+'/healthz',{rejectUnauthorized:false},r=>process.exit(r.statusCode>=200&&r.statusCode<300?0:1)).on('error',()=>process.exit(1))"]

# The bot shuts down gracefully on SIGTERM (HTTP, then the job queue, then
# Discord and the database, within SHUTDOWN_TIMEOUT_MS). Exec form, so node
# receives the signal itself rather than through a shell; as PID 1 node
# installs no default signal handlers, but the bot registers its own. Run with
# an init process (`init: true` in compose, `docker run --init`) so stray
# child processes are reaped.
STOPSIGNAL SIGTERM

# No separate migration step: the bot applies pending Prisma migrations
# (`prisma migrate deploy`, under an advisory lock) before it starts serving.
# --max-semi-space-size=2: see README "Performance" (memory); the same command as `npm start`.
CMD ["node", "--max-semi-space-size=2", "--enable-source-maps", "dist/src/main.js"]
