import type { SlashCommandSubcommandBuilder } from 'discord.js';
import { settingLimits } from '../../src/db/settings.js';
import { addTier, listTiers, removeTier, TierRefused } from '../../src/db/tiers.js';
import { problemText, roleProblem } from '../../src/discord/permissions.js';
import type { Tier, TierCounter } from '../../src/domain/tiers.js';
import { t } from '../../src/messages/index.js';
import { embed, ephemeral } from '../look.js';
import { type GuildCommand, UserFacingError } from '../types.js';
import type { SetupGroup } from './group.js';
import { done, type SetupSubcommand, saveAndConfirm } from './subcommand.js';

const counterChoices = [
  { name: 'all votes (default)', value: 'total' },
  { name: 'votes in a row (the current streak)', value: 'streak' },
  { name: 'votes this calendar month (UTC)', value: 'month' },
] as const;

const roleOption = (s: SlashCommandSubcommandBuilder, description: string) =>
  s.addRoleOption((o) => o.setName('role').setDescription(description).setRequired(true));

/** "@Silver: 10 votes in all": a tier as /setup tier list and /setup status say it. */
export function tierLine(tier: Pick<Tier, 'roleId' | 'votes' | 'counts'>, locale: string): string {
  const counter = t('tier.counter', { counts: tier.counts }, locale);
  return t('tier.line', { role: `<@&${tier.roleId}>`, votes: tier.votes, counter }, locale);
}

/** "@Silver: 10 votes in all", one line per tier, with whether the bot can give it. */
function tierLines(interaction: GuildCommand, tiers: Tier[]): string {
  const { locale } = interaction;
  if (tiers.length === 0) return t('tier.none', {}, locale);
  return tiers
    .map((tier) => {
      const line = tierLine(tier, locale);
      const problem = problemText(roleProblem(interaction.guild, tier.roleId), locale);
      return `${line} ${problem ? `❌ ${problem}` : '✅'}`;
    })
    .join('\n');
}

const add: SetupSubcommand = {
  name: 'add',
  description: 'A role for members who reach a number of votes',
  action: 'roles',
  options: (s) =>
    roleOption(
      s.addIntegerOption((o) =>
        o
          .setName('votes')
          .setDescription('Votes to reach')
          .setRequired(true)
          .setMinValue(settingLimits.tierVotes.min)
          .setMaxValue(settingLimits.tierVotes.max),
      ),
      'The role members get',
    ).addStringOption((o) =>
      o
        .setName('counts')
        .setDescription('Which votes count (default: all)')
        .addChoices(...counterChoices),
    ),
  async run(interaction, deps) {
    const votes = interaction.options.getInteger('votes', true);
    const roleId = interaction.options.getRole('role', true).id;
    const counts = (interaction.options.getString('counts') ?? 'total') as TierCounter;
    // The reward role rule, as for /setup role: nobody hands out staff powers or more than they hold.
    const { locale } = interaction;
    const problem = problemText(roleProblem(interaction.guild, roleId, interaction.member), locale);
    if (problem) throw new UserFacingError(t('setup.notSaved', { problem }, locale));
    let tiers: Tier[];
    try {
      tiers = await addTier(deps.db, interaction.guildId, { roleId, votes, counts });
    } catch (err) {
      if (err instanceof TierRefused)
        throw new UserFacingError(t('setup.notSaved', { problem: err.textIn(locale) }, locale));
      throw err;
    }
    const counter = t('tier.counter', { counts }, locale);
    const said = t('tier.added', { votes, counter, role: `<@&${roleId}>` }, locale);
    await done(interaction, `${said}\n\n${tierLines(interaction, tiers)}`);
  },
};

const remove: SetupSubcommand = {
  name: 'remove',
  description: 'Stop giving a tier role (members who have it keep it)',
  action: 'roles',
  options: (s) => roleOption(s, 'The tier role'),
  async run(interaction, deps) {
    const roleId = interaction.options.getRole('role', true).id;
    if (!(await removeTier(deps.db, interaction.guildId, roleId)))
      throw new UserFacingError(t('tier.notATier', { role: `<@&${roleId}>` }, interaction.locale));
    await done(interaction, t('tier.removed', { role: `<@&${roleId}>` }, interaction.locale));
  },
};

const list: SetupSubcommand = {
  name: 'list',
  description: "This server's vote tiers",
  action: 'settings',
  async run(interaction, deps) {
    const [tiers, config] = await Promise.all([
      listTiers(deps.db, interaction.guildId),
      deps.db.guildConfig.findUnique({
        where: { guildId: interaction.guildId },
        select: { tierStack: true },
      }),
    ]);
    const { locale } = interaction;
    const reply = embed(t('tier.listTitle', {}, locale))
      .setDescription(tierLines(interaction, tiers))
      .addFields({
        name: t('tier.modeField', {}, locale),
        value: t(config?.tierStack ? 'tier.mode.stack' : 'tier.mode.replace', {}, locale),
      });
    await interaction.reply({ embeds: [reply], flags: ephemeral, allowedMentions: { parse: [] } });
  },
};

const mode: SetupSubcommand = {
  name: 'mode',
  description: 'Keep every tier role reached (stack), or only the highest (replace, default)',
  action: 'settings',
  options: (s) =>
    s.addStringOption((o) =>
      o
        .setName('mode')
        .setDescription('Stack or replace')
        .setRequired(true)
        .addChoices(
          { name: 'replace: only the highest tier reached (default)', value: 'replace' },
          { name: 'stack: every tier reached', value: 'stack' },
        ),
    ),
  async run(interaction, deps) {
    const stack = interaction.options.getString('mode', true) === 'stack';
    await saveAndConfirm(interaction, deps, { tierStack: stack }, () =>
      t(stack ? 'tier.mode.stack' : 'tier.mode.replace', {}, interaction.locale),
    );
  },
};

/** /setup tier add|remove|list|mode (README "Loyalty"). */
export const tierGroup: SetupGroup = {
  name: 'tier',
  description: 'Vote tiers: roles for members who reach a number of votes',
  subcommands: [add, remove, list, mode],
};
