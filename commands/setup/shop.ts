import {
  addShopItem,
  InvalidShopItem,
  itemRoleSeconds,
  listShopItems,
  removeShopItem,
} from '../../src/db/shop-items.js';
import { adminProblem, problemText, roleProblem } from '../../src/discord/permissions.js';
import { durationLimits } from '../../src/domain/duration.js';
import { shopLimits } from '../../src/domain/shop.js';
import { t } from '../../src/messages/index.js';
import { embed, ephemeral } from '../look.js';
import { itemExtra, itemWhat, price } from '../shop-view.js';
import { UserFacingError } from '../types.js';
import type { SetupGroup } from './group.js';
import { done } from './subcommand.js';

const currencyOf = async (deps: Parameters<SetupGroup['subcommands'][number]['run']>[1], guildId: string) =>
  (await deps.db.guildConfig.findUnique({ where: { guildId }, select: { currencyName: true } }))
    ?.currencyName ?? 'coins';

/** /setup shop add | remove | list (README "Shop"). */
export const shopGroup: SetupGroup = {
  name: 'shop',
  description: 'The reward shop: items members buy with their vote currency',
  subcommands: [
    {
      name: 'add',
      description: 'Put an item on sale: a role (for good or for a time), or a custom item staff hand out',
      action: 'settings',
      options: (s) =>
        s
          .addStringOption((o) =>
            o
              .setName('name')
              .setDescription('What members see')
              .setRequired(true)
              .setMaxLength(shopLimits.nameLength.max),
          )
          .addIntegerOption((o) =>
            o
              .setName('price')
              .setDescription('In vote currency')
              .setRequired(true)
              .setMinValue(shopLimits.price.min)
              .setMaxValue(shopLimits.price.max),
          )
          .addRoleOption((o) =>
            o.setName('role').setDescription('The role it gives (none: a custom item, staff hand it out)'),
          )
          .addStringOption((o) =>
            o
              .setName('duration')
              .setDescription('How long the role is kept, e.g. 7d (default: for good)')
              .setMaxLength(durationLimits.maxLength),
          )
          .addIntegerOption((o) =>
            o
              .setName('stock')
              .setDescription('How many can be sold in all (default: no limit)')
              .setMinValue(shopLimits.stock.min)
              .setMaxValue(shopLimits.stock.max),
          )
          .addIntegerOption((o) =>
            o
              .setName('limit')
              .setDescription('How many one member may hold (default: no limit)')
              .setMinValue(shopLimits.perMemberLimit.min)
              .setMaxValue(shopLimits.perMemberLimit.max),
          ),
      async run(interaction, deps) {
        const { guildId, locale } = interaction;
        const role = interaction.options.getRole('role');
        const text = interaction.options.getString('duration');
        const duration = itemRoleSeconds(text, Boolean(role), locale);
        if (!duration.ok) throw new UserFacingError(duration.problem);
        if (role) {
          // Selling a role is giving it: the same rules as /setup role.
          const refusal = problemText(
            adminProblem(interaction.memberPermissions.bitfield, 'roles') ??
              roleProblem(interaction.guild, role.id, interaction.member),
            locale,
          );
          if (refusal) throw new UserFacingError(t('setup.notSaved', { problem: refusal }, locale));
        }
        let item: Awaited<ReturnType<typeof addShopItem>>;
        try {
          item = await addShopItem(deps.db, guildId, {
            name: interaction.options.getString('name', true),
            price: interaction.options.getInteger('price', true),
            roleId: role?.id ?? null,
            roleSeconds: duration.seconds,
            stock: interaction.options.getInteger('stock'),
            perMemberLimit: interaction.options.getInteger('limit'),
          });
        } catch (err) {
          if (err instanceof InvalidShopItem)
            throw new UserFacingError(t('setup.notSaved', { problem: err.textIn(locale) }, locale));
          throw err;
        }
        deps.log.info({ guildId, itemId: item.id.toString() }, 'shop item added');
        const config = await deps.db.guildConfig.findUnique({ where: { guildId } });
        const warning =
          !item.roleId && !config?.logChannelId ? `\n${t('setup.shop.noLogChannel', {}, locale)}` : '';
        const added = t(
          'setup.shop.added',
          {
            name: item.name,
            price: price(item.price, config?.currencyName ?? 'coins', locale),
            what: itemWhat(item, locale),
            extra: itemExtra(item, locale),
          },
          locale,
        );
        await done(interaction, added + warning);
      },
    },
    {
      name: 'remove',
      description: 'Take an item off sale (its purchases stay in the history)',
      action: 'settings',
      options: (s) =>
        s.addStringOption((o) =>
          o
            .setName('name')
            .setDescription('The item’s name')
            .setRequired(true)
            .setMaxLength(shopLimits.nameLength.max),
        ),
      async run(interaction, deps) {
        const name = interaction.options.getString('name', true);
        const item = await removeShopItem(deps.db, interaction.guildId, name, deps.now());
        const { locale } = interaction;
        if (!item) throw new UserFacingError(t('shop.refused.noItem', { item: name }, locale));
        await done(interaction, t('setup.shop.removed', { name: item.name, sold: item.sold }, locale));
      },
    },
    {
      name: 'list',
      description: 'The items on sale, with what was sold',
      action: 'settings',
      async run(interaction, deps) {
        const { guildId, locale } = interaction;
        const [items, currency] = await Promise.all([
          listShopItems(deps.db, guildId),
          currencyOf(deps, guildId),
        ]);
        const lines = items.map((i) => {
          const problem = problemText(i.roleId && roleProblem(interaction.guild, i.roleId), locale);
          const line = t(
            'setup.shop.line',
            {
              name: i.name,
              price: price(i.price, currency, locale),
              what: itemWhat(i, locale),
              sold: i.sold,
              extra: itemExtra(i, locale),
            },
            locale,
          );
          return line + (problem ? `\n  ❌ ${problem}` : '');
        });
        await interaction.reply({
          embeds: [
            embed(t('setup.shop.listTitle', {}, locale)).setDescription(
              lines.length ? lines.join('\n') : t('setup.shop.none', {}, locale),
            ),
          ],
          flags: ephemeral,
          allowedMentions: { parse: [] },
        });
      },
    },
  ],
};
