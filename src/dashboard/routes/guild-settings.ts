import type { FastifyInstance, FastifyReply } from 'fastify';
import type { GuildConfig } from '../../db/generated/client.js';
import { previewFacts } from '../../db/message-preview.js';
import { InvalidSetting, loadSettings, type SettingsPatch, saveSettings } from '../../db/settings.js';
import { adminProblem, ruleText } from '../../discord/permissions.js';
import { composeVoteMessage, guildLanguage } from '../../domain/vote-message.js';
import { t } from '../../messages/index.js';
import { isLanguage } from '../../messages/languages.js';
import { type Html, html } from '../html.js';
import { page } from '../pages/layout.js';
import { settingsForm } from '../pages/settings.js';
import { type DashboardContext, sendPage } from '../plugin.js';
import { dashboardChannelProblem, dashboardRoleProblem } from '../role-rules.js';
import {
  fieldLabels,
  formFromSettings,
  patchFromForm,
  readForm,
  type SettingsForm,
} from '../settings-form.js';
import { type GuildPage, guildPage } from './guild.js';

/**
 * The settings page: GET shows the form, POST previews or saves it. A save
 * goes through the same checks as /setup, in the same order: who may
 * (Manage Roles as well for a changed role), the role and channel rules
 * (discord/permissions.ts) for a changed role or channel, then each
 * value's rule (db/settings.ts). A refusal saves nothing.
 */
export function registerSettingsRoutes(app: FastifyInstance, ctx: DashboardContext): void {
  const { deps } = ctx;

  async function preview(g: GuildPage, kind: 'dm' | 'announcement', template: string, language: string) {
    const facts = await previewFacts(
      deps.db,
      g.guild.id,
      g.session.userId,
      template.trim() ? template : null,
      deps.now(),
    );
    const text = composeVoteMessage(kind, facts, {
      userId: g.session.userId,
      role: facts.roleId ? 'given' : 'none',
      roleName: facts.roleId ? g.guild.roles.get(facts.roleId)?.name : undefined,
      serverName: g.guild.name,
      // The chosen language; the server's own in Discord is not in the guild facts the dashboard has.
      locale: guildLanguage(language || null, undefined),
    });
    return g.text(text.replace(/<@!?\d+>/g, `@${g.session.username}`).replace(/<t:\d+:R>/g, 'in 12 hours'));
  }

  async function previews(g: GuildPage, form: SettingsForm) {
    return {
      dm: await preview(g, 'dm', form.dmTemplate, form.language),
      announcement: await preview(g, 'announcement', form.announceTemplate, form.language),
    };
  }

  async function show(
    reply: FastifyReply,
    g: GuildPage,
    form: SettingsForm,
    notice: Html | '',
    status = 200,
  ) {
    const plain = g.plain;
    const roleProblems = g.roleProblems();
    const body = settingsForm({
      guild: g.guild,
      form,
      csrfToken: g.session.csrfToken,
      roleProblems,
      previews: await previews(g, form),
      publicPageUrl: `${deps.publicUrl}/dashboard/public/${g.guild.id}`,
      plain,
    });
    return sendPage(
      reply,
      page(g.frame('settings', 'Settings'), html`<h1>Settings</h1>${notice}${body}`),
      status,
    );
  }

  app.get('/dashboard/guilds/:guildId/settings', async (request, reply) => {
    const g = guildPage(request);
    const saved = (request.query as { saved?: string }).saved === '1';
    const notice = saved
      ? html`<div class="notice ok" role="status">Saved. The new settings apply to the next vote.</div>`
      : '';
    return show(reply, g, formFromSettings(await loadSettings(deps.db, g.guild.id)), notice);
  });

  // The live preview (preview-script.ts): a text as voters would get it, saving nothing.
  app.post('/dashboard/guilds/:guildId/settings/preview', async (request, reply) => {
    const g = guildPage(request);
    const body = request.body as { kind?: string; template?: string; language?: string };
    const kind = body.kind === 'announcement' ? 'announcement' : 'dm';
    const template = typeof body.template === 'string' ? body.template.slice(0, 2000) : '';
    const language = isLanguage(body.language) ? body.language : '';
    return reply.type('text/html; charset=utf-8').send((await preview(g, kind, template, language)).text);
  });

  app.post('/dashboard/guilds/:guildId/settings', async (request, reply) => {
    const g = guildPage(request);
    const form = readForm(request.body);
    const refuse = (problem: string) =>
      show(
        reply,
        g,
        form,
        html`<div class="notice bad" role="alert">${g.text(t('setup.notSaved', { problem }))}</div>`,
        400,
      );
    if ((request.body as { intent?: string }).intent === 'preview')
      return show(
        reply,
        g,
        form,
        html`<div class="notice warn" role="status">Preview only: nothing is saved until you press Save.</div>`,
      );
    const parsed = patchFromForm(form);
    if ('problem' in parsed) return refuse(parsed.problem);
    const stored = await loadSettings(deps.db, g.guild.id);
    const problem = choiceProblem(g, stored, parsed.patch);
    if (problem) {
      request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard settings refused');
      return refuse(problem);
    }
    try {
      await saveSettings(deps.db, g.guild.id, parsed.patch);
    } catch (err) {
      if (!(err instanceof InvalidSetting)) throw err;
      return refuse(`${fieldLabels[err.setting] ?? err.setting} ${err.problem}.`);
    }
    request.log.info({ guildId: g.guild.id, userId: g.session.userId }, 'dashboard settings saved');
    return reply.redirect(`/dashboard/guilds/${g.guild.id}/settings?saved=1`, 303);
  });
}

/** The /setup rules for the roles and channels this save changes; null when all may be chosen. */
function choiceProblem(g: GuildPage, stored: GuildConfig | null, patch: SettingsPatch): string | null {
  const changed = <K extends keyof SettingsPatch>(key: K) =>
    patch[key] !== undefined &&
    patch[key] !== null &&
    patch[key] !== (stored?.[key as keyof GuildConfig] ?? null);
  for (const key of ['rewardRoleId', 'premiumRoleId'] as const) {
    if (!changed(key)) continue;
    const who = adminProblem(g.guild.member.permissions, 'roles');
    if (who) return ruleText(who);
    const problem = dashboardRoleProblem(g.guild, patch[key] as string, true);
    if (problem) return problem;
  }
  for (const key of ['announceChannelId', 'logChannelId'] as const) {
    if (!changed(key)) continue;
    const problem = dashboardChannelProblem(g.guild, patch[key] as string);
    if (problem) return problem;
  }
  return null;
}
