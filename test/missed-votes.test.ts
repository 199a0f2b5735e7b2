import { PermissionFlagsBits as P } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMissedVotes } from '../src/jobs/missed-votes.js';
import { createRanklyApi } from '../src/rankly/api.js';
import { eventually, snowflake, startTestBot, type TestBot, testWebhookAuth } from './support/bot.js';
import { type FakeRanklyApi, startFakeRanklyApi } from './support/fake-rankly-api.js';
import { replyText, sendSlashCommand, subcommand } from './support/interactions.js';

/**
 * Votes whose delivery was lost are noticed by comparing Rankly's own count
 * (its read API, RANKLY_API_KEY) with the votes that arrived (issue 21):
 * the gap is told once to the log channel, shown in /setup status and
 * /metrics, and /votes show asks Rankly whether a member can vote.
 */
const guildId = snowflake();
const logChannelId = snowflake();
const adminId = snowflake();
let rankly: FakeRanklyApi;
let bot: TestBot;

beforeAll(async () => {
  rankly = await startFakeRanklyApi(guildId);
  bot = await startTestBot({
    env: { RANKLY_API_KEY: rankly.key, RANKLY_API_URL: rankly.url, METRICS: 'true' },
    guilds: [{ id: guildId, name: 'Test Server', members: [adminId], channels: [logChannelId] }],
  });
  await bot.db.guildConfig.create({ data: { guildId, logChannelId } });
  await eventually(() => bot.discord?.client.guilds.cache.has(guildId));
});
afterAll(async () => {
  await bot?.close();
  await rankly?.close();
});

const check = () =>
  checkMissedVotes({
    db: bot.db,
    api: createRanklyApi({ key: rankly.key, url: rankly.url }),
    log: pino({ level: 'silent' }),
    now: () => new Date(),
    discord: bot.discord?.actions,
  });
const alerts = () =>
  bot.fake.find('POST', new RegExp(`^/channels/${logChannelId}/messages$`)).filter((r) => r.status === 200);
async function storeVotes(n: number) {
  const votedAt = new Date();
  await bot.db.vote.createMany({
    data: Array.from({ length: n }, () => ({
      guildId,
      userId: snowflake(),
      votedAt,
      creditsAwarded: true,
      adBlocker: false,
    })),
  });
}
async function slash(name: string, options: ReturnType<typeof subcommand>) {
  const { data } = await sendSlashCommand(bot.fake, {
    name,
    options,
    guildId,
    channelId: logChannelId,
    userId: adminId,
    member: { roles: [], permissions: P.ManageGuild },
  });
  return replyText(data);
}

describe('votes Rankly counted that never arrived', () => {
  it('are reported once to the log channel, again only when the gap grows, and shown in status and /metrics', async () => {
    await storeVotes(398);
    rankly.server.monthlyVotes = 412;
    const first = await check();
    expect(first).toMatchObject({ guildId, ranklyVotes: 412, storedVotes: 398, gap: 14, reported: true });
    const [alert] = await bot.fake.waitFor('POST', new RegExp(`^/channels/${logChannelId}/messages$`), 1);
    expect((alert?.body as { content?: string } | undefined)?.content).toBe(
      '⚠️ Rankly counted 412 votes this month, 398 arrived: check the webhook URL and that the bot was reachable.',
    );
    // Checked again (another replica, the next quarter hour): not told again.
    expect((await check()).reported).toBe(false);
    expect((await check()).reported).toBe(false);
    expect(alerts()).toHaveLength(1);

    expect(await slash('setup', subcommand('status'))).toContain(
      '⚠️ Rankly counted 412 votes this month, 398 arrived: check the webhook URL',
    );
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    expect(metrics).toContain(`rankly_missed_votes{guild="${guildId}"} 14`);

    // One more vote lost: told once more.
    rankly.server.monthlyVotes = 413;
    expect(await check()).toMatchObject({ gap: 15, reported: true });
    await bot.fake.waitFor('POST', new RegExp(`^/channels/${logChannelId}/messages$`), 2);
    // The lost ones arrive after all (Rankly's retries): the gap closes, and status says so.
    await storeVotes(15);
    expect(await check()).toMatchObject({ gap: 0, reported: false });
    expect(await slash('setup', subcommand('status'))).toMatch(
      /✅ Rankly counted 413 votes this month; every one arrived \(checked <t:\d+:R>\)\./,
    );
    expect(alerts()).toHaveLength(2);
  });

  it('are told from Rankly’s answer for the member in /votes show, within the API’s limit', async () => {
    const voterId = snowflake();
    bot.fake.addMember(guildId, voterId);
    // Voted 13 hours ago: by the bot's own 12 h cooldown they could vote, but Rankly says not yet.
    await bot.post(
      '/webhook/votes',
      {
        userId: voterId,
        serverId: guildId,
        timestamp: new Date(Date.now() - 13 * 3_600_000).toISOString(),
        creditsAwarded: true,
        adBlocker: false,
        creditDenialReason: null,
        test: false,
      },
      { authorization: testWebhookAuth },
    );
    await eventually(
      async () =>
        (await bot.db.member.findUnique({ where: { guildId_userId: { guildId, userId: voterId } } }))
          ?.totalVotes === 1,
    );
    rankly.canVote.set(voterId, false);
    const { data } = await sendSlashCommand(bot.fake, {
      name: 'votes',
      options: subcommand('show'),
      guildId,
      channelId: logChannelId,
      userId: voterId,
    });
    expect(replyText(data)).toContain('Next vote: not yet (Rankly says)');

    // However many ask, the key's 120 requests a minute are never exceeded.
    const api = createRanklyApi({ key: rankly.key, url: rankly.url });
    const before = rankly.requests.length;
    const answers = await Promise.all(Array.from({ length: 150 }, () => api.canVote(snowflake())));
    expect(answers.filter((a) => a === null).length).toBeGreaterThanOrEqual(50);
    expect(rankly.requests.length - before).toBeLessThanOrEqual(100);
    expect(rankly.requests.filter((r) => r.status === 429)).toEqual([]);
  });
});
