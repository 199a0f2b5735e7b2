import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { championsSaved } from '../../../commands/setup/champions.js';
import type { GuildConfig } from '../../db/generated/client.js';
import { clearGoal, type GoalProgress, goalProgress, InvalidGoal, saveGoal } from '../../db/goal.js';
import {
  clearableSettings,
  InvalidSetting,
  loadSettings,
  saveChampions,
  saveSettings,
} from '../../db/settings.js';
import {
  addShopItem,
  InvalidShopItem,
  itemRoleSeconds,
  listShopItems,
  removeShopItem,
} from '../../db/shop-items.js';
import { addTier, listTiers, removeTier, TierRefused } from '../../db/tiers.js';
import { adminProblem, ruleText } from '../../discord/permissions.js';
import { type GoalPeriod, goalFromChoice, goalPeriods } from '../../domain/goal.js';
import { isSnowflake } from '../../domain/snowflake.js';
import { type TierCounter, tierCounters } from '../../domain/tiers.js';
import { rewardText } from '../../jobs/goal-reward.js';
import { t } from '../../messages/index.js';
import { type Html, html } from '../html.js';
import { page } from '../pages/layout.js';
import { type LoyaltyView, loyaltyPage } from '../pages/loyalty.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { dashboardRoleProblem } from '../role-rules.js';
import { formField as field, type GuildPage, guildPage } from './guild.js';

/**
 * The loyalty page (issue 19): the vote tiers and their mode, the shop
 * items, the community goal and the monthly champions, changed through the
 * very functions /setup tier, shop, goal, champions and clear champions
 * call (db/tiers.ts, db/shop-items.ts, db/goal.ts with domain/goal.ts's
 * goalFromChoice, db/settings.ts's saveChampions), after the same
 * checks in the same order: who may (Manage Roles as well for a role, by
 * discord/permissions.ts), the role rule (role-rules.ts, as the settings
 * page's reward role), then the values' rules in the db module. The CSRF
 * check of every POST is plugin.ts's; the guild check (asked afresh for a
 * POST) guild.ts's. A refusal saves nothing and shows the page again with
 * the reason; a change redirects back with a notice.
 */
/** The named fields of a posted form, each '' when missing: what a refused form shows again. */
const fields = <K extends string>(body: unknown, names: readonly K[]) =>
  Object.fromEntries(names.map((name) => [name, field(body, name)])) as Record<K, string>;

/** What the page shows a notice from: a change's confirmation may say what is now in effect. */
interface Saved {
  config: GuildConfig | null;
  goal: GoalProgress | null;
}

const notices: Record<string, string | ((s: Saved) => string | null)> = {
  'tier-added': 'Tier saved. Members get it with their next vote.',
  'tier-removed': t('tier.removed', { role: 'The role' }),
  'mode-stack': t('tier.mode.stack'),
  'mode-replace': t('tier.mode.replace'),
  'item-added': 'Item added: it is on sale now.',
  'item-removed': 'Item taken off sale. Its purchases stay in the history.',
  // As /setup goal and /setup champions confirm them, from what is saved now (null: changed since).
  'goal-saved': ({ goal, config }) =>
    goal &&
    t('setup.goal.saved', {
      votes: goal.goal.votes,
      period: goal.goal.period,
      reward: rewardText(goal.goal, config?.currencyName ?? 'coins'),
    }),
  'goal-removed': t('setup.goal.cleared'),
  'champions-saved': ({ config }) => (config?.championRoleId ? championsSaved(config) : null),
  'champions-off': t('setup.clear.champions'),
};

/**
 * The form's whole-number fields as numbers, or the sentence refusing the
 * first that is not one; an empty optional field is null. The ranges are
 * the db module's rules.
 */
function wholeNumbers<K extends string>(
  form: Record<K, string>,
  fields: readonly (readonly [name: K, label: string, required: boolean])[],
): { ok: true; values: Record<K, number | null> } | { ok: false; problem: string } {
  const values = {} as Record<K, number | null>;
  for (const [name, label, required] of fields) {
    const raw = form[name].trim();
    values[name] = null;
    if (raw === '' && !required) continue;
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value))
      return { ok: false, problem: `${label} must be a whole number.` };
    values[name] = value;
  }
  return { ok: true, values };
}

export function registerLoyaltyRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;
  const url = (g: GuildPage) => `/dashboard/guilds/${g.guild.id}/loyalty`;

  async function show(
    reply: FastifyReply,
    g: GuildPage,
    notice: Html | '' | ((s: Saved) => Html | ''),
    forms: Pick<LoyaltyView, 'tierForm' | 'itemForm' | 'goalForm' | 'championsForm'> = {},
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
      goal,
      champions: { roleId: config?.championRoleId ?? null, count: config?.championCount ?? 3 },
      roleProblems: g.roleProblems(),
      plain: g.plain,
      ...forms,
    });
    return sendPage(
      reply,
      page(
        g.frame('loyalty', 'Loyalty'),
        html`<h1>Loyalty</h1>${typeof notice === 'function' ? notice({ config, goal }) : notice}${body}`,
      ),
      status,
    );
  }

  const refusal = (g: GuildPage, problem: string) =>
    html`<div class="notice bad" role="alert">${g.text(t('setup.notSaved', { problem }))}</div>`;

  /**
   * Manage Roles as well, then the /setup role rule for this member; null
   * when the role may be chosen. A refusal is logged (who, not what) as
   * `dashboard <what> refused`.
   */
  const roleChoiceProblem = (
    request: FastifyRequest,
    g: GuildPage,
    roleId: string,
    what: string,
  ): string | null => {
    const who = adminProblem(g.guild.member.permissions, 'roles');
    const problem = who ? ruleText(who) : dashboardRoleProblem(g.guild, roleId, true);
    if (problem)
      request.log.info({ guildId: g.guild.id, userId: g.session.userId }, `dashboard ${what} refused`);
    return problem;
  };

  const done = (reply: FastifyReply, g: GuildPage, key: string) =>
    reply.redirect(`${url(g)}?done=${key}`, 303);

  app.get('/dashboard/guilds/:guildId/loyalty', async (request: FastifyRequest, reply) => {
    const g = guildPage(request);
    const key = (request.query as { done?: string }).done ?? '';
    const notice = Object.hasOwn(notices, key) ? notices[key] : undefined;
    return show(reply, g, (saved) => {
      const text = typeof notice === 'function' ? notice(saved) : notice;
      return text ? html`<div class="notice ok" role="status">${g.text(text)}</div>` : '';
    });
  });

  app.post('/dashboard/guilds/:guildId/loyalty/tiers', async (request, reply) => {
    const g = guildPage(request);
    const form = fields(request.body, ['votes', 'counts', 'roleId']);
    const refuse = (problem: string) => show(reply, g, refusal(g, problem), { tierForm: form }, 400);
    if (!tierCounters.includes(form.counts as TierCounter))
      return refuse('choose which votes count: all votes, votes in a row or votes this month.');
    if (!isSnowflake(form.roleId)) return refuse('choose the tier role.');
    const problem = roleChoiceProblem(request, g, form.roleId, 'tier');
    if (problem) return refuse(problem);
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
    const form = fields(request.body, ['name', 'price', 'roleId', 'duration', 'stock', 'limit']);
    const refuse = (problem: string) => show(reply, g, refusal(g, problem), { itemForm: form }, 400);
    const numbers = wholeNumbers(form, [
      ['price', 'the price', true],
      ['stock', 'the stock', false],
      ['limit', 'the per-member limit', false],
    ]);
    if (!numbers.ok) return refuse(numbers.problem);
    const roleId = form.roleId.trim() === '' ? null : form.roleId.trim();
    const duration = itemRoleSeconds(form.duration.trim() === '' ? null : form.duration, roleId !== null);
    if (!duration.ok) return show(reply, g, refusalPlain(g, duration.problem), { itemForm: form }, 400);
    if (roleId) {
      // Selling a role is giving it: the same rules as /setup role.
      const problem = roleChoiceProblem(request, g, roleId, 'shop item');
      if (problem) return refuse(problem);
    }
    try {
      await addShopItem(deps.db, g.guild.id, {
        name: form.name,
        price: numbers.values.price as number,
        roleId,
        roleSeconds: duration.seconds,
        stock: numbers.values.stock,
        perMemberLimit: numbers.values.limit,
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

  app.post('/dashboard/guilds/:guildId/loyalty/goal', async (request, reply) => {
    const g = guildPage(request);
    const form = fields(request.body, ['votes', 'period', 'roleId', 'duration', 'coins']);
    const refuse = (problem: string) => show(reply, g, refusal(g, problem), { goalForm: form }, 400);
    const numbers = wholeNumbers(form, [
      ['votes', 'the votes', true],
      ['coins', 'the coins', false],
    ]);
    if (!numbers.ok) return refuse(numbers.problem);
    if (!goalPeriods.includes(form.period as GoalPeriod)) return refuse('choose a week or a month.');
    const roleId = form.roleId.trim() === '' ? null : form.roleId.trim();
    // In /setup goal's order: the duration, then who may give the role and the role rule, then the values.
    const choice = goalFromChoice({
      votes: numbers.values.votes as number,
      period: form.period as GoalPeriod,
      roleId,
      duration: form.duration.trim() === '' ? null : form.duration,
      coins: numbers.values.coins ?? 0,
    });
    if (!choice.ok) return show(reply, g, refusalPlain(g, choice.problem), { goalForm: form }, 400);
    if (roleId) {
      const problem = roleChoiceProblem(request, g, roleId, 'goal');
      if (problem) return refuse(problem);
    }
    try {
      await saveGoal(deps.db, g.guild.id, choice.input);
    } catch (err) {
      if (err instanceof InvalidGoal) return refuse(err.message);
      throw err;
    }
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard goal saved');
    return done(reply, g, 'goal-saved');
  });

  app.post('/dashboard/guilds/:guildId/loyalty/goal/remove', async (request, reply) => {
    const g = guildPage(request);
    // As /setup goal votes:0: a setting, no role chosen, so the page's own check is all.
    await clearGoal(deps.db, g.guild.id);
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard goal removed');
    return done(reply, g, 'goal-removed');
  });

  app.post('/dashboard/guilds/:guildId/loyalty/champions', async (request, reply) => {
    const g = guildPage(request);
    const form = fields(request.body, ['roleId', 'count']);
    const refuse = (problem: string) => show(reply, g, refusal(g, problem), { championsForm: form }, 400);
    const numbers = wholeNumbers(form, [['count', 'the number of champions', false]]);
    if (!numbers.ok) return refuse(numbers.problem);
    if (!isSnowflake(form.roleId)) return refuse('choose the champions’ role.');
    // /setup champions is a role command: Manage Roles as well, then the role rule.
    const problem = roleChoiceProblem(request, g, form.roleId, 'champions');
    if (problem) return refuse(problem);
    try {
      await saveChampions(
        deps.db,
        g.guild.id,
        { roleId: form.roleId, count: numbers.values.count ?? 3 },
        deps.now(),
      );
    } catch (err) {
      if (!(err instanceof InvalidSetting)) throw err;
      return refuse(
        `${err.setting === 'championCount' ? 'the number of champions' : err.setting} ${err.problem}.`,
      );
    }
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard champions saved');
    return done(reply, g, 'champions-saved');
  });

  app.post('/dashboard/guilds/:guildId/loyalty/champions/off', async (request, reply) => {
    const g = guildPage(request);
    // /setup clear champions: the same values, a setting (no role chosen).
    await saveSettings(deps.db, g.guild.id, clearableSettings.champions);
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard champions off');
    return done(reply, g, 'champions-off');
  });
}

/** A refusal /setup gives as it is (without "Not saved:"). */
const refusalPlain = (g: GuildPage, problem: string) =>
  html`<div class="notice bad" role="alert">${g.text(problem)}</div>`;
