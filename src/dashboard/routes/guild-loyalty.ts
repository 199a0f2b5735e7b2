import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { goalProgress } from '../../db/goal.js';
import { loadSettings, saveSettings } from '../../db/settings.js';
import {
  addShopItem,
  InvalidShopItem,
  itemRoleSeconds,
  listShopItems,
  removeShopItem,
} from '../../db/shop-items.js';
import { addTier, listTiers, removeTier, TierRefused } from '../../db/tiers.js';
import { adminProblem, ruleText } from '../../discord/permissions.js';
import { isSnowflake } from '../../domain/snowflake.js';
import { type TierCounter, tierCounters } from '../../domain/tiers.js';
import { t } from '../../messages/index.js';
import { type Html, html } from '../html.js';
import { page } from '../pages/layout.js';
import { type LoyaltyView, loyaltyPage } from '../pages/loyalty.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { dashboardRoleProblem } from '../role-rules.js';
import { formField as field, type GuildPage, guildPage } from './guild.js';

/**
 * The loyalty page (issue 19): the vote tiers and their mode, and the shop
 * items, changed through the very functions /setup tier and /setup shop
 * call (db/tiers.ts, db/shop-items.ts, db/settings.ts), after the same
 * checks in the same order: who may (Manage Roles as well for a role, by
 * discord/permissions.ts), the role rule (role-rules.ts, as the settings
 * page's reward role), then the values' rules in the db module. The CSRF
 * check of every POST is plugin.ts's; the guild check (asked afresh for a
 * POST) guild.ts's. A refusal saves nothing and shows the page again with
 * the reason; a change redirects back with a notice.
 */

const notices: Record<string, string> = {
  'tier-added': 'Tier saved. Members get it with their next vote.',
  'tier-removed': t('tier.removed', { role: 'The role' }),
  'mode-stack': t('tier.mode.stack'),
  'mode-replace': t('tier.mode.replace'),
  'item-added': 'Item added: it is on sale now.',
  'item-removed': 'Item taken off sale. Its purchases stay in the history.',
};

export function registerLoyaltyRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;
  const url = (g: GuildPage) => `/dashboard/guilds/${g.guild.id}/loyalty`;

  async function show(
    reply: FastifyReply,
    g: GuildPage,
    notice: Html | '',
    forms: Pick<LoyaltyView, 'tierForm' | 'itemForm'> = {},
    status = 200,
  ) {
    const [tiers, config, items, goal] = await Promise.all([
      listTiers(deps.db, g.guild.id),
      loadSettings(deps.db, g.guild.id),
      listShopItems(deps.db, g.guild.id),
      goalProgress(deps.db, g.guild.id, deps.now()),
    ]);
    const body = loyaltyPage({
      guild: g.guild,
      csrfToken: g.session.csrfToken,
      tiers,
      stack: config?.tierStack ?? false,
      items,
      currency: config?.currencyName ?? 'coins',
      goal: goal?.goal ?? null,
      champions: { roleId: config?.championRoleId ?? null, count: config?.championCount ?? 3 },
      roleProblems: g.roleProblems(),
      plain: g.plain,
      ...forms,
    });
    return sendPage(
      reply,
      page(g.frame('loyalty', 'Loyalty'), html`<h1>Loyalty</h1>${notice}${body}`),
      status,
    );
  }

  const refusal = (g: GuildPage, problem: string) =>
    html`<div class="notice bad" role="alert">${g.text(t('setup.notSaved', { problem }))}</div>`;

  /** Manage Roles as well, then the /setup role rule for this member; null when the role may be chosen. */
  const roleChoiceProblem = (g: GuildPage, roleId: string): string | null => {
    const who = adminProblem(g.guild.member.permissions, 'roles');
    return who ? ruleText(who) : dashboardRoleProblem(g.guild, roleId, true);
  };

  const done = (reply: FastifyReply, g: GuildPage, key: string) =>
    reply.redirect(`${url(g)}?done=${key}`, 303);

  app.get('/dashboard/guilds/:guildId/loyalty', async (request: FastifyRequest, reply) => {
    const g = guildPage(request);
    const key = (request.query as { done?: string }).done ?? '';
    const text = Object.hasOwn(notices, key) ? notices[key] : undefined;
    return show(reply, g, text ? html`<div class="notice ok" role="status">${text}</div>` : '');
  });

  app.post('/dashboard/guilds/:guildId/loyalty/tiers', async (request, reply) => {
    const g = guildPage(request);
    const form = {
      votes: field(request.body, 'votes'),
      counts: field(request.body, 'counts'),
      roleId: field(request.body, 'roleId'),
    };
    const refuse = (problem: string) => show(reply, g, refusal(g, problem), { tierForm: form }, 400);
    if (!tierCounters.includes(form.counts as TierCounter))
      return refuse('choose which votes count: all votes, votes in a row or votes this month.');
    if (!isSnowflake(form.roleId)) return refuse('choose the tier role.');
    const problem = roleChoiceProblem(g, form.roleId);
    if (problem) {
      request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard tier refused');
      return refuse(problem);
    }
    try {
      await addTier(deps.db, g.guild.id, {
        roleId: form.roleId,
        votes: form.votes.trim() === '' ? Number.NaN : Number(form.votes),
        counts: form.counts as TierCounter,
      });
    } catch (err) {
      if (err instanceof TierRefused) return refuse(err.textIn());
      throw err;
    }
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard tier saved');
    return done(reply, g, 'tier-added');
  });

  app.post('/dashboard/guilds/:guildId/loyalty/tiers/remove', async (request, reply) => {
    const g = guildPage(request);
    const roleId = field(request.body, 'roleId');
    const refuse = (problem: string) =>
      show(reply, g, html`<div class="notice bad" role="alert">${g.text(problem)}</div>`, {}, 400);
    // As /setup tier remove: a role command, so Manage Roles as well.
    const who = adminProblem(g.guild.member.permissions, 'roles');
    if (who) return refuse(t('setup.notSaved', { problem: ruleText(who) }));
    if (!isSnowflake(roleId) || !(await removeTier(deps.db, g.guild.id, roleId)))
      return refuse(t('tier.notATier', { role: isSnowflake(roleId) ? `<@&${roleId}>` : 'That role' }));
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard tier removed');
    return done(reply, g, 'tier-removed');
  });

  app.post('/dashboard/guilds/:guildId/loyalty/tiers/mode', async (request, reply) => {
    const g = guildPage(request);
    const mode = field(request.body, 'mode');
    if (mode !== 'stack' && mode !== 'replace')
      return show(reply, g, refusal(g, 'choose stack or replace.'), {}, 400);
    // As /setup tier mode: a setting, saved by db/settings.ts.
    await saveSettings(deps.db, g.guild.id, { tierStack: mode === 'stack' });
    request.log.info({ guildId: g.guild.id, userId: g.session.userId, mode }, 'dashboard tier mode saved');
    return done(reply, g, `mode-${mode}`);
  });

  app.post('/dashboard/guilds/:guildId/loyalty/shop', async (request, reply) => {
    const g = guildPage(request);
    const form = {
      name: field(request.body, 'name'),
      price: field(request.body, 'price'),
      roleId: field(request.body, 'roleId'),
      duration: field(request.body, 'duration'),
      stock: field(request.body, 'stock'),
      limit: field(request.body, 'limit'),
    };
    const refuse = (problem: string) => show(reply, g, refusal(g, problem), { itemForm: form }, 400);
    const numbers: Record<'price' | 'stock' | 'limit', number | null> = {
      price: null,
      stock: null,
      limit: null,
    };
    for (const [name, label] of [
      ['price', 'the price'],
      ['stock', 'the stock'],
      ['limit', 'the per-member limit'],
    ] as const) {
      const raw = form[name].trim();
      if (raw === '' && name !== 'price') continue;
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value)) return refuse(`${label} must be a whole number.`);
      numbers[name] = value;
    }
    const roleId = form.roleId.trim() === '' ? null : form.roleId.trim();
    const duration = itemRoleSeconds(form.duration.trim() === '' ? null : form.duration, roleId !== null);
    if (!duration.ok) return show(reply, g, refusalPlain(g, duration.problem), { itemForm: form }, 400);
    if (roleId) {
      // Selling a role is giving it: the same rules as /setup role.
      const problem = roleChoiceProblem(g, roleId);
      if (problem) {
        request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard shop item refused');
        return refuse(problem);
      }
    }
    try {
      await addShopItem(deps.db, g.guild.id, {
        name: form.name,
        price: numbers.price as number,
        roleId,
        roleSeconds: duration.seconds,
        stock: numbers.stock,
        perMemberLimit: numbers.limit,
      });
    } catch (err) {
      if (err instanceof InvalidShopItem) return refuse(err.textIn());
      throw err;
    }
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard shop item added');
    return done(reply, g, 'item-added');
  });

  app.post('/dashboard/guilds/:guildId/loyalty/shop/remove', async (request, reply) => {
    const g = guildPage(request);
    const name = field(request.body, 'name');
    const item = name ? await removeShopItem(deps.db, g.guild.id, name, deps.now()) : null;
    if (!item) return show(reply, g, refusalPlain(g, t('shop.refused.noItem', { item: name })), {}, 400);
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard shop item removed');
    return done(reply, g, 'item-removed');
  });
}

/** A refusal /setup gives as it is (without "Not saved:"). */
const refusalPlain = (g: GuildPage, problem: string) =>
  html`<div class="notice bad" role="alert">${g.text(problem)}</div>`;
