import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../src/db/client.js';
import {
  effectStatus,
  goalEffectKind,
  loyaltyEffectKind,
  premiumEffectKind,
  rewardEffectKind,
  shopEffectKind,
} from '../src/domain/effects.js';
import { tierCounters } from '../src/domain/tiers.js';
import { createTestDatabase } from './support/database.js';

const run = promisify(execFile);
const projectRoot = new URL('..', import.meta.url).pathname;

/** Tables, columns, types, defaults and indexes of the public schema, in a stable order. */
async function catalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(`
      SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`);
    const indexes = await client.query(`
      SELECT indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`);
    const constraints = await client.query(`
      SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
      ORDER BY conname`);
    return [
      ...columns.rows.map((r) => JSON.stringify(r)),
      ...indexes.rows.map((r) => r.indexdef as string),
      ...constraints.rows.map((r) => `${r.conname}: ${r.def}`),
    ];
  } finally {
    await client.end();
  }
}

describe('migrations and schema.prisma', () => {
  let migrated: Awaited<ReturnType<typeof createTestDatabase>>;
  let fromSchema: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Db;

  beforeAll(async () => {
    migrated = await createTestDatabase();
    fromSchema = await createTestDatabase();
    db = createDb(migrated.url);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await migrated?.drop();
    await fromSchema?.drop();
  });

  it('build the same database: migrations applied vs. schema.prisma applied directly', async () => {
    // The second database gets schema.prisma's SQL straight from Prisma, onto an empty public schema.
    const { stdout: sql } = await run(
      'npx',
      [
        'prisma',
        'migrate',
        'diff',
        '--from-empty',
        '--to-schema-datamodel',
        'prisma/schema.prisma',
        '--script',
      ],
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: fromSchema.url } },
    );
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await client.query(sql);
    await client.end();

    const [a, b] = await Promise.all([catalog(migrated.url), catalog(fromSchema.url)]);
    expect(a.length).toBeGreaterThan(20);
    expect(a).toEqual(b);
  });

  it('lets the client use every model on the migrated database', async () => {
    const guild = await db.guildConfig.create({
      data: { guildId: '123456789012345678', rewardRoleId: '223456789012345678' },
    });
    expect(guild.adBlockerPercent).toBe(50);
    const vote = await db.vote.create({
      data: {
        userId: '987654321098765432',
        guildId: guild.guildId,
        votedAt: new Date('2025-11-25T10:00:00.000Z'),
        creditsAwarded: true,
        adBlocker: false,
      },
    });
    await db.member.create({ data: { guildId: guild.guildId, userId: vote.userId, balance: 2n ** 40n } });
    await db.rewardEffect.create({
      data: {
        voteId: vote.id,
        guildId: guild.guildId,
        userId: vote.userId,
        kind: 'currency',
        status: 'done',
        amount: 5,
      },
    });
    await db.discordUser.create({ data: { userId: vote.userId, dmsClosedAt: new Date() } });
    await db.deadLetter.create({ data: { queue: 'vote.reward', data: { voteId: '1' }, reason: 'test' } });
    await db.guidedSetup.create({
      data: {
        guildId: guild.guildId,
        applicationId: '1000000000000000001',
        token: 'interaction-token',
        locale: 'en-US',
        expiresAt: new Date(),
      },
    });

    await db.dashboardLogin.create({
      data: { idHash: 'a'.repeat(64), state: 'state', codeVerifier: 'verifier', expiresAt: new Date() },
    });
    await db.dashboardSession.create({
      data: {
        idHash: 'b'.repeat(64),
        userId: vote.userId,
        username: 'someone',
        accessToken: new Uint8Array([1, 2, 3]),
        guilds: [{ id: guild.guildId, name: 'A server', owner: false, permissions: '32' }],
        guildsAt: new Date(),
        csrfToken: 'token',
        expiresAt: new Date(),
      },
    });

    const member = await db.member.findFirstOrThrow();
    expect(member.balance).toBe(2n ** 40n);
    expect(await db.vote.findFirstOrThrow({ include: { effects: true } })).toMatchObject({
      effects: [{ kind: 'currency', amount: 5 }],
    });
    expect(await db.discordUser.count()).toBe(1);
    expect(await db.deadLetter.count()).toBe(1);
    expect(await db.guidedSetup.count()).toBe(1);
    expect(await db.dashboardLogin.count()).toBe(1);
    expect((await db.dashboardSession.findFirstOrThrow()).accessToken).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('store exactly the ledger vocabulary of domain/effects.ts, and refuse any other value', async () => {
    const labels = async (type: string) =>
      (
        await db.$queryRawUnsafe<{ label: string }[]>(
          `SELECT enumlabel::text AS label FROM pg_enum WHERE enumtypid = '${type}'::regtype ORDER BY enumsortorder`,
        )
      ).map((r) => r.label);
    expect(await labels('effect_status')).toEqual(Object.values(effectStatus));
    expect(await labels('reward_effect_kind')).toEqual(Object.values(rewardEffectKind));
    expect(await labels('premium_effect_kind')).toEqual(Object.values(premiumEffectKind));
    expect(await labels('loyalty_effect_kind')).toEqual(Object.values(loyaltyEffectKind));
    expect(await labels('tier_counter')).toEqual([...tierCounters]);
    expect(await labels('shop_effect_kind')).toEqual(Object.values(shopEffectKind));
    expect(await labels('goal_effect_kind')).toEqual(Object.values(goalEffectKind));
    await expect(
      db.$executeRawUnsafe(`UPDATE reward_effect SET status = 'granted' WHERE true`),
    ).rejects.toThrow(/invalid input value for enum effect_status/);
  });
});
