import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyShopItem } from '../src/db/shop-purchase.js';
import { eventually, snowflake, startTestBot, type TestBot, votePayload } from './support/bot.js';
import {
  type CommandOption,
  clickButton,
  currentMessage,
  type Invoker,
  replyText,
  sendSlashCommand,
  subcommand,
} from './support/interactions.js';

/**
 * The reward shop (issue 18, point 2), through the real discord.js client
 * and the fake Discord: items added by /setup shop, bought with /shop's
 * buttons and /shop buy, exactly once (balance, stock, double clicks), a
 * refused grant refunded, and all of it in the ledger.
 */
let bot: TestBot;
const guildId = snowflake();
const adminId = snowflake();
const modsRoleId = snowflake();
const vipRoleId = snowflake();
const rareRoleId = snowflake();
const refusedRoleId = snowflake();
const channelId = snowflake();
const logChannelId = snowflake();
const members = Array.from({ length: 24 }, () => snowflake());

beforeAll(async () => {
  bot = await startTestBot({
    guilds: [
      {
        id: guildId,
        name: 'Shopville',
        roles: [
          { id: vipRoleId, name: 'VIP', position: 2 },
          { id: rareRoleId, name: 'Rare', position: 3 },
          { id: refusedRoleId, name: 'Refused', position: 4 },
          { id: modsRoleId, name: 'Mods', position: 15 },
        ],
        members: [adminId, ...members],
        memberRoles: { [adminId]: [modsRoleId] },
        channels: [channelId, logChannelId],
      },
    ],
  });
  await eventually(() => bot.discord?.client.guilds.cache.has(guildId));
  await bot.db.guildConfig.create({ data: { guildId, dmEnabled: false, logChannelId } });
});
afterAll(async () => {
  await bot?.close();
});

const as = (userId: string): Invoker => ({
  guildId,
  channelId,
  userId,
  member: { roles: userId === adminId ? [modsRoleId] : [] },
});

async function command(name: string, options: CommandOption[], userId = adminId): Promise<string> {
  const { data } = await sendSlashCommand(bot.fake, { name, options, ...as(userId) });
  return replyText(data);
}

const setupShop = (sub: string, options: CommandOption[]) =>
  command('setup', [{ type: 2, name: 'shop', options: subcommand(sub, options) }]);
const str = (name: string, value: string): CommandOption => ({ type: 3, name, value });
const int = (name: string, value: number): CommandOption => ({ type: 4, name, value });
const role = (value: string): CommandOption => ({ type: 8, name: 'role', value });
const buy = (userId: string, item: string) => command('shop', subcommand('buy', [str('item', item)]), userId);

async function balanceOf(userId: string): Promise<bigint> {
  const member = await bot.db.member.findUnique({ where: { guildId_userId: { guildId, userId } } });
  return member?.balance ?? 0n;
}
const give = (userId: string, balance: number) =>
  bot.db.member.upsert({
    where: { guildId_userId: { guildId, userId } },
    create: { guildId, userId, balance },
    update: { balance },
  });

/** Presses a buy button of the message answered with `token`; returns the redrawn message's text. */
async function press(userId: string, token: string, customId: string) {
  const answered = await clickButton(bot.fake, as(userId), token, customId);
  const id = answered.token.slice('token-'.length);
  await bot.fake.waitFor('PATCH', new RegExp(`/token-${id}/messages/@original$`), 1, 10_000);
  return { token: answered.token, text: replyText(currentMessage(bot.fake, answered.token)) };
}

/** The buy button of `item` on the message answered with `token`. */
function buttonOf(token: string, item: string): string {
  const button = (currentMessage(bot.fake, token).components ?? [])
    .flatMap((row) => row.components ?? [])
    .find((c) => String(c.label).startsWith(`${item} ·`));
  if (!button) throw new Error(`no button for ${item}`);
  return String(button.custom_id);
}

describe('the reward shop', () => {
  it('a member earns coins by voting and buys a timed role with a button (the transcript)', async () => {
    const voter = members[0] as string;
    const transcript: string[] = [];
    const say = (who: string, text: string) => transcript.push(`${who}\n${text.replace(/^/gm, '    ')}`);
    say(
      'admin: /setup currency amount:50',
      await command('setup', subcommand('currency', [int('amount', 50)])),
    );
    say(
      'admin: /setup shop add name:VIP price:30 role:@VIP duration:7d',
      await setupShop('add', [str('name', 'VIP'), int('price', 30), role(vipRoleId), str('duration', '7d')]),
    );
    const res = await bot.post('/webhook/votes', votePayload({ userId: voter, serverId: guildId }));
    expect(res.status).toBe(200);
    await eventually(async () => (await balanceOf(voter)) === 50n);
    say('member: (votes on Rankly) → /votes show', await command('votes', subcommand('show'), voter));

    const { request } = await sendSlashCommand(bot.fake, {
      name: 'shop',
      options: subcommand('items'),
      ...as(voter),
    });
    const shopToken = String(request.path.split('/')[3]);
    const shown = replyText(currentMessage(bot.fake, shopToken));
    say('member: /shop items', shown);
    expect(shown).toContain(`**VIP**: 30 coins · <@&${vipRoleId}> for 7 days`);
    expect(shown).toContain('Your balance: 50 coins');

    const bought = await press(voter, shopToken, buttonOf(shopToken, 'VIP'));
    say('member: presses [VIP · 30 coins]', bought.text);
    expect(bought.text).toMatch(/You bought \*\*VIP\*\* for 30 coins: <@&\d+> is yours until <t:\d+:R>\./);
    expect(bought.text).toContain('Your balance: 20 coins');
    say('member: /shop history', await command('shop', subcommand('history'), voter));
    console.log(`--- transcript: earning coins and buying a timed role ---\n${transcript.join('\n')}`);

    expect(
      bot.fake.find('PUT', new RegExp(`/guilds/${guildId}/members/${voter}/roles/${vipRoleId}$`)),
    ).toHaveLength(1);
    const [purchase] = await bot.db.shopPurchase.findMany({
      where: { guildId, userId: voter },
      include: { effects: true },
    });
    expect(purchase?.status).toBe('paid');
    expect(purchase?.effects.map((e) => [e.kind, e.status, e.amount]).sort()).toEqual([
      ['debit', 'done', 30],
      ['role', 'done', null],
    ]);
    const held = await bot.db.timedRole.findUniqueOrThrow({
      where: { guildId_userId_roleId: { guildId, userId: voter, roleId: vipRoleId } },
    });
    expect(held.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
  });

  it('a double click buys once', async () => {
    const buyer = members[1] as string;
    await give(buyer, 100);
    await setupShop('add', [str('name', 'Cookie'), int('price', 10)]);
    const { request } = await sendSlashCommand(bot.fake, {
      name: 'shop',
      options: subcommand('items'),
      ...as(buyer),
    });
    const token = String(request.path.split('/')[3]);
    const button = buttonOf(token, 'Cookie');
    // Both clicks leave the client before the first answer redraws the message.
    const [first, second] = await Promise.all([press(buyer, token, button), press(buyer, token, button)]);
    const texts = [first.text, second.text].join('\n');
    expect(texts).toContain('You bought **Cookie** for 10 coins. Staff have been told');
    expect(texts).toContain('That button bought **Cookie** already: nothing more was taken.');
    expect(await balanceOf(buyer)).toBe(90n);
    expect(await bot.db.shopPurchase.count({ where: { guildId, userId: buyer } })).toBe(1);
    // A custom item is announced in the log channel, once.
    const notices = bot.fake
      .find('POST', new RegExp(`^/channels/${logChannelId}/messages$`))
      .filter((r) => JSON.stringify(r.body).includes('Cookie'));
    expect(notices).toHaveLength(1);
    expect(JSON.stringify(notices[0]?.body)).toContain(`<@${buyer}> bought **Cookie**`);
  });

  it('20 concurrent buys of the last item sell it once', async () => {
    await setupShop('add', [str('name', 'Crown'), int('price', 40), role(rareRoleId), int('stock', 1)]);
    const buyers = members.slice(2, 22);
    for (const b of buyers) await give(b, 100);
    const replies = await Promise.all(buyers.map((b) => buy(b, 'Crown')));
    expect(replies.filter((r) => r.includes('You bought **Crown**'))).toHaveLength(1);
    expect(replies.filter((r) => r.includes('**Crown** is sold out.'))).toHaveLength(19);
    const balances = await Promise.all(buyers.map(balanceOf));
    expect(balances.filter((b) => b === 60n)).toHaveLength(1);
    expect(balances.filter((b) => b === 100n)).toHaveLength(19);
    const item = await bot.db.shopItem.findFirstOrThrow({ where: { guildId, name: 'Crown' } });
    expect(item.sold).toBe(1);
    expect(await bot.db.shopPurchase.count({ where: { itemId: item.id } })).toBe(1);
    expect(bot.fake.find('PUT', new RegExp(`/roles/${rareRoleId}$`))).toHaveLength(1);
  });

  it('never takes more than the balance, and keeps to the per-member limit', async () => {
    const buyer = members[22] as string;
    await give(buyer, 25);
    await setupShop('add', [str('name', 'Sticker'), int('price', 10), int('limit', 1)]);
    expect(await buy(buyer, 'sticker')).toContain('You bought **Sticker**');
    expect(await buy(buyer, 'Sticker')).toContain('Each member may hold at most 1 of **Sticker**');
    await setupShop('add', [str('name', 'Statue'), int('price', 20)]);
    expect(await buy(buyer, 'Statue')).toContain('**Statue** costs 20 coins; you have 15 coins.');
    expect(await balanceOf(buyer)).toBe(15n);
  });

  it('refunds a role Discord refuses after the purchase (50013), and says why', async () => {
    const buyer = members[23] as string;
    await give(buyer, 100);
    await setupShop('add', [str('name', 'Badge'), int('price', 35), role(refusedRoleId), int('stock', 5)]);
    bot.fake.failNext({
      method: 'PUT',
      path: new RegExp(`/roles/${refusedRoleId}$`),
      status: 403,
      code: 50013,
    });
    const reply = await buy(buyer, 'Badge');
    expect(reply).toContain('I could not give you **Badge**: Discord did not let me give <@&');
    expect(reply).toContain('Your 35 coins are back.');
    expect(await balanceOf(buyer)).toBe(100n);
    const purchase = await bot.db.shopPurchase.findFirstOrThrow({
      where: { guildId, userId: buyer },
      include: { effects: true },
    });
    expect(purchase.status).toBe('refunded');
    expect(purchase.effects.map((e) => [e.kind, e.status, e.amount]).sort()).toEqual([
      ['debit', 'done', 35],
      ['refund', 'done', 35],
      ['role', 'missing_permissions', null],
    ]);
    const item = await bot.db.shopItem.findFirstOrThrow({ where: { guildId, name: 'Badge' } });
    expect(item.sold).toBe(0);
    expect(await command('shop', subcommand('history'), buyer)).toContain(
      '**Badge** for 35 coins (refunded)',
    );
  });

  it('lists and removes items; refuses a role the bot cannot give at add time', async () => {
    const list = await setupShop('list', []);
    expect(list).toContain('**VIP**: 30 coins');
    expect(list).toContain('**Crown**: 40 coins');
    expect(await setupShop('add', [str('name', 'Boss'), int('price', 5), role(modsRoleId)])).toContain(
      'Not saved',
    );
    expect(await setupShop('remove', [str('name', 'cookie')])).toContain('**Cookie** is no longer on sale.');
    expect(await buy(members[1] as string, 'Cookie')).toContain('There is no item called “Cookie” on sale.');
  });

  it('finishes a purchase whose buyer’s process died after paying (the shop.deliver job)', async () => {
    const buyer = members[2] as string;
    await give(buyer, 50);
    await setupShop('add', [
      str('name', 'Phoenix'),
      int('price', 20),
      role(rareRoleId),
      str('duration', '1h'),
    ]);
    const item = await bot.db.shopItem.findFirstOrThrow({ where: { guildId, name: 'Phoenix' } });
    // Paid and committed, then nothing: as if the process died before delivering.
    const paid = await buyShopItem(bot.db, bot.queue, {
      guildId,
      userId: buyer,
      itemId: item.id,
      key: 'crashed-interaction',
      logChannelId,
      now: new Date(),
    });
    expect(paid.outcome).toBe('bought');
    if (paid.outcome !== 'bought') return;
    // The job enqueued with the purchase runs 30 s later; here it is run now.
    await bot.queue.send('shopDeliver', { purchaseId: paid.purchaseId.toString() });
    const granted = await eventually(() =>
      // Granted, then its time held: both are in the ledger row.
      bot.db.shopEffect.findFirst({
        where: { purchaseId: paid.purchaseId, kind: 'role', status: 'done', expiresAt: { not: null } },
      }),
    );
    expect(granted.expiresAt).toBeInstanceOf(Date);
    expect(await balanceOf(buyer)).toBe(30n);
  });

  it('is closed, clearly, when UnbelievaBoat replaces the built-in balance', async () => {
    await bot.db.guildConfig.update({
      where: { guildId },
      data: { economyToken: Buffer.from('not a real token'), economyMode: 'instead' },
    });
    const before = await bot.db.shopPurchase.count({ where: { guildId } });
    try {
      expect(await buy(members[3] as string, 'VIP')).toContain('The shop is closed here');
      expect(await bot.db.shopPurchase.count({ where: { guildId } })).toBe(before);
    } finally {
      await bot.db.guildConfig.update({ where: { guildId }, data: { economyToken: null } });
    }
  });

  it('shows in /setup status, and every purchase and refund is in the CSV export', async () => {
    const status = await command('setup', subcommand('status'));
    expect(status).toMatch(/Shop: \d+ items on sale · \d+ purchases · 1 refunded/);
    const { data, request } = await sendSlashCommand(bot.fake, {
      name: 'setup',
      options: subcommand('export', [str('data', 'purchases')]),
      ...as(adminId),
    });
    expect(replyText(data)).toMatch(/\d+ purchases of all time, oldest first, with deliveries and refunds/);
    const file = request.uploads?.[0];
    expect(file?.filename).toMatch(/^purchases-\d+-all-/);
    const lines = file?.data.toString('utf8').trim().split('\n') ?? [];
    expect(lines[0]).toBe(
      'purchase_id,user_id,bought_at,item,price,status,delivery,delivery_status,refunded,refund_reason',
    );
    expect(lines.length - 1).toBe(await bot.db.shopPurchase.count({ where: { guildId } }));
    const badge = lines.find((l) => l.includes(',Badge,'));
    expect(badge).toMatch(/,Badge,35,refunded,role,missing_permissions,35,"?Discord did not let me give/);
    expect(lines.find((l) => l.includes(',VIP,'))).toMatch(/,VIP,30,paid,role,done,,$/);
  });
});
