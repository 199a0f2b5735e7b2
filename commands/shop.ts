import { type ButtonInteraction, SlashCommandBuilder } from 'discord.js';
import type { ShopItem } from '../src/db/generated/client.js';
import { findShopItem, listShopItems } from '../src/db/shop-items.js';
import { buyShopItem } from '../src/db/shop-purchase.js';
import { problemText, roleProblem } from '../src/discord/permissions.js';
import { purchaseStatus } from '../src/domain/shop.js';
import { deliverPurchase } from '../src/jobs/shop-deliver.js';
import { t } from '../src/messages/index.js';
import { embed, ephemeral, relativeTime } from './look.js';
import { parseBuyButton, price, purchaseText, shopMessage } from './shop-view.js';
import type { CommandDeps, GuildInteraction, SlashCommand } from './types.js';

/**
 * /shop items, /shop buy <item>, /shop history (README "Shop"). Discord
 * does not let a command with subcommands run bare, so the list is
 * `/shop items`. Every answer is ephemeral: it shows the member's balance.
 */
export const shopCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('shop')
    .setDescription('Spend your vote currency')
    .setDMPermission(false)
    .addSubcommand((s) =>
      s.setName('items').setDescription('What is on sale, your balance, and buttons to buy'),
    )
    .addSubcommand((s) =>
      s
        .setName('buy')
        .setDescription('Buy an item')
        .addStringOption((o) =>
          o.setName('item').setDescription('The item’s name').setRequired(true).setMaxLength(50),
        ),
    )
    .addSubcommand((s) => s.setName('history').setDescription('What you bought here'))
    .toJSON(),

  async execute(interaction, deps) {
    const sub = interaction.options.getSubcommand();
    if (sub === 'history') return showHistory(interaction, deps);
    if (sub === 'items') {
      await interaction.reply({
        ...shopMessage(await loadView(deps, interaction, interaction.id)),
        flags: ephemeral,
      });
      return;
    }
    // Delivering a role is a call to Discord: answer "thinking…" first.
    await interaction.deferReply({ flags: ephemeral });
    const name = interaction.options.getString('item', true);
    const item = await findShopItem(deps.db, interaction.guildId, name);
    const text = item
      ? await buy(interaction, deps, item, interaction.id)
      : t('shop.refused.noItem', { item: name.slice(0, 50) }, interaction.locale);
    const view = await loadView(deps, interaction, interaction.id);
    await interaction.editReply({ ...shopMessage(view, text), components: [] });
  },
};

export const isShopButton = (customId: string) => parseBuyButton(customId) !== null;

/**
 * A buy button: the purchase's key is the button's custom id (see
 * shop-view.ts), and the message is redrawn with the outcome, the new
 * balance and fresh buttons.
 */
export async function handleShopButton(
  interaction: ButtonInteraction<'cached'>,
  deps: CommandDeps,
): Promise<void> {
  const parsed = parseBuyButton(interaction.customId);
  if (!parsed) return;
  await interaction.deferUpdate();
  const item = await deps.db.shopItem.findFirst({
    where: { id: parsed.itemId, guildId: interaction.guildId },
  });
  const text = item
    ? await buy(interaction, deps, item, interaction.customId)
    : t('shop.refused.noItem', { item: '?' }, interaction.locale);
  await interaction.editReply(shopMessage(await loadView(deps, interaction, interaction.id), text));
}

/** Buys `item` with idempotency key `key`, delivers it, and says how it went. */
async function buy(
  interaction: GuildInteraction,
  deps: CommandDeps,
  item: ShopItem,
  key: string,
): Promise<string> {
  const { guildId, locale } = interaction;
  const config = await deps.db.guildConfig.findUnique({ where: { guildId } });
  const currency = config?.currencyName ?? 'coins';
  // Decided (README "Shop"): with UnbelievaBoat instead of the built-in
  // balance, nobody earns what the shop spends, so it is closed, clearly.
  if (config?.economyToken && config.economyMode === 'instead') return t('shop.refused.economy', {}, locale);
  if (item.removedAt) return t('shop.refused.noItem', { item: item.name }, locale);
  if (!item.roleId && !config?.logChannelId)
    return t('shop.refused.noLogChannel', { item: item.name }, locale);
  // A role the bot cannot give now is refused before anything is taken;
  // one Discord refuses anyway is refunded after (shop-deliver.ts).
  const problem = problemText(item.roleId && roleProblem(interaction.guild, item.roleId), locale);
  if (problem) return t('shop.refused.role', { item: item.name, problem }, locale);
  const now = deps.now();
  const result = await buyShopItem(deps.db, deps.queue, {
    guildId,
    userId: interaction.user.id,
    itemId: item.id,
    key,
    logChannelId: config?.logChannelId ?? null,
    now,
  });
  deps.log.info({ itemId: item.id.toString(), outcome: result.outcome }, 'shop purchase');
  let delivery = null;
  if (result.outcome === 'bought' && deps.discord)
    delivery = await deliverPurchase({ ...deps, discord: deps.discord }, result.purchaseId);
  if (result.outcome === 'duplicate') {
    const earlier = await deps.db.shopPurchase.findUnique({ where: { id: result.purchaseId } });
    if (earlier?.status === purchaseStatus.refunded) delivery = await deliveryOf(deps, result.purchaseId);
  }
  return purchaseText(item, currency, result, delivery, locale);
}

async function deliveryOf(deps: CommandDeps, purchaseId: bigint) {
  const refund = await deps.db.shopEffect.findFirst({ where: { purchaseId, kind: 'refund' } });
  return { state: 'refunded' as const, why: refund?.detail ?? '' };
}

async function loadView(deps: CommandDeps, interaction: GuildInteraction, nonce: string) {
  const { guildId } = interaction;
  const [items, member, config] = await Promise.all([
    listShopItems(deps.db, guildId),
    deps.db.member.findUnique({
      where: { guildId_userId: { guildId, userId: interaction.user.id } },
      select: { balance: true },
    }),
    deps.db.guildConfig.findUnique({ where: { guildId }, select: { currencyName: true } }),
  ]);
  return {
    items,
    balance: member?.balance ?? 0n,
    currency: config?.currencyName ?? 'coins',
    guildName: interaction.guild.name,
    nonce,
    locale: interaction.locale,
  };
}

/** The member's last 20 purchases, newest first. */
async function showHistory(interaction: Parameters<SlashCommand['execute']>[0], deps: CommandDeps) {
  const { guildId } = interaction;
  const [purchases, config] = await Promise.all([
    deps.db.shopPurchase.findMany({
      where: { guildId, userId: interaction.user.id },
      orderBy: { id: 'desc' },
      take: 20,
      include: { item: { select: { name: true } } },
    }),
    deps.db.guildConfig.findUnique({ where: { guildId }, select: { currencyName: true } }),
  ]);
  const currency = config?.currencyName ?? 'coins';
  const lines = purchases.map((p) =>
    t(
      'shop.historyLine',
      {
        when: relativeTime(p.createdAt),
        item: p.item.name,
        price: price(p.price, currency, interaction.locale),
        refunded: p.status === purchaseStatus.refunded ? 'yes' : 'no',
      },
      interaction.locale,
    ),
  );
  await interaction.reply({
    embeds: [
      embed(t('shop.historyTitle', {}, interaction.locale)).setDescription(
        lines.length ? lines.join('\n') : t('shop.historyEmpty', {}, interaction.locale),
      ),
    ],
    flags: ephemeral,
    allowedMentions: { parse: [] },
  });
}
