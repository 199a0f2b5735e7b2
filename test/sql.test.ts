import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../src/db/client.js';
import { Prisma } from '../src/db/generated/client.js';
import { inSqlTransaction, sqlOf, sqlTxOf } from '../src/db/sql.js';
import { createTestDatabase } from './support/database.js';

/**
 * The reward path reads rows with plain SQL (src/db/sql.ts) where it used
 * Prisma; the code that uses them is typed by Prisma's models. These tests
 * hold the two to the same answer, so a new column (or a mapping the
 * camelCase rule does not produce) fails here, not in a reward.
 */
describe('plain SQL rows (db/sql.ts)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Db;
  const guildId = '111111111111111111';
  const userId = '222222222222222222';

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDb(database.url);
    const now = new Date('2026-11-30T12:00:00.123Z');
    await db.guildConfig.create({
      data: {
        guildId,
        rewardRoleId: '333333333333333333',
        rewardRoleSeconds: 3600,
        premiumVoteMultiplier: 1.5,
        roleRefusedUntil: now,
      },
    });
    await db.discordUser.create({ data: { userId, dmsClosedAt: now, dmChannelId: '444444444444444444' } });
    await db.entitlement.create({
      data: {
        scope: 'user',
        subjectId: userId,
        tierId: 't1',
        tierName: 'Gold',
        status: 'active',
        since: now,
        until: null,
      },
    });
    const vote = await db.vote.create({
      data: { userId, guildId, votedAt: now, creditsAwarded: true, adBlocker: false },
    });
    await db.rewardEffect.create({
      data: {
        voteId: vote.id,
        guildId,
        userId,
        kind: 'announcement',
        status: 'planned',
        amount: 5,
        channelId: '555555555555555555',
        facts: { votes: 3, name: 'a "quoted" \\ name' },
        batchId: 9_007_199_254_740_993n,
      },
    });
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('gives every model the reward path reads as Prisma gives it: fields, bigint, dates, JSON', async () => {
    const sql = sqlOf(db);
    const pairs = [
      [await sql.rows('SELECT * FROM guild_config'), await db.guildConfig.findMany()],
      [await sql.rows('SELECT * FROM discord_user'), await db.discordUser.findMany()],
      [await sql.rows('SELECT * FROM entitlement'), await db.entitlement.findMany()],
      [await sql.rows('SELECT * FROM reward_effect'), await db.rewardEffect.findMany()],
      [await sql.rows('SELECT * FROM vote'), await db.vote.findMany()],
      [await sql.rows('SELECT * FROM member'), await db.member.findMany()],
    ] as const;
    for (const [raw, prisma] of pairs) expect(raw).toStrictEqual(prisma);
    const [effect] = await sql.rows<{ batchId: bigint; facts: unknown }>('SELECT * FROM reward_effect');
    expect(effect?.batchId).toBe(9_007_199_254_740_993n);
    // Through a Prisma transaction (premium's callers) the rows are the same.
    const viaPrisma = await db.$transaction((tx) => sqlTxOf(tx).rows('SELECT * FROM reward_effect'));
    expect(viaPrisma).toStrictEqual(await db.rewardEffect.findMany());
    // Every scalar field of the models, none missing.
    expect(Object.keys((pairs[0][0] as object[])[0] ?? {}).sort()).toEqual(
      Object.values(Prisma.GuildConfigScalarFieldEnum).sort(),
    );
  });

  it('commits a transaction that returns, rolls back one that throws, and enqueues in it', async () => {
    await inSqlTransaction(db, (tx) =>
      tx.run('UPDATE guild_config SET currency_amount = 7 WHERE guild_id = $1', [guildId]),
    );
    await expect(
      inSqlTransaction(db, async (tx) => {
        await tx.run('UPDATE guild_config SET currency_amount = 8 WHERE guild_id = $1', [guildId]);
        await tx.runner.executeSql('INSERT INTO discord_user (user_id) VALUES ($1)', ['666666666666666666']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const config = await db.guildConfig.findUniqueOrThrow({ where: { guildId } });
    expect(config.currencyAmount).toBe(7);
    expect(await db.discordUser.count({ where: { userId: '666666666666666666' } })).toBe(0);
    // The connection went back to the pool in a clean state.
    const [row] = await sqlOf(db).rows<{ state: string }>(
      "SELECT CASE WHEN now() = statement_timestamp() THEN 'none' ELSE 'open' END AS state",
    );
    expect(row?.state).toBe('none');
  });
});
