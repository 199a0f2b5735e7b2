import { clearGoal, InvalidGoal, saveGoal } from '../../src/db/goal.js';
import { adminProblem, problemText, roleProblem } from '../../src/discord/permissions.js';
import { durationLimits } from '../../src/domain/duration.js';
import { type GoalPeriod, goalFromChoice, goalLimits } from '../../src/domain/goal.js';
import { rewardText } from '../../src/jobs/goal-reward.js';
import { t } from '../../src/messages/index.js';
import { UserFacingError } from '../types.js';
import { done, type SetupSubcommand } from './subcommand.js';

/** /setup goal <votes> [period] [role] [duration] [coins] (README "Community goal"); votes 0 turns it off. */
export const goalSubcommand: SetupSubcommand = {
  name: 'goal',
  description: 'A server-wide vote goal per week or month, with a reward for everyone who voted',
  action: 'settings',
  options: (s) =>
    s
      .addIntegerOption((o) =>
        o
          .setName('votes')
          .setDescription('Votes the whole server must reach in the period (0: no goal)')
          .setRequired(true)
          .setMinValue(0)
          .setMaxValue(goalLimits.votes.max),
      )
      .addStringOption((o) =>
        o
          .setName('period')
          .setDescription('Calendar week or month, UTC (default: month)')
          .addChoices({ name: 'week', value: 'week' }, { name: 'month', value: 'month' }),
      )
      .addRoleOption((o) =>
        o.setName('role').setDescription('Reward: a role for everyone who voted in the period'),
      )
      .addStringOption((o) =>
        o
          .setName('duration')
          .setDescription('How long they keep the role, e.g. 7d (default: 7 days)')
          .setMaxLength(durationLimits.maxLength),
      )
      .addIntegerOption((o) =>
        o
          .setName('coins')
          .setDescription('Reward: a coin bonus for everyone who voted in the period')
          .setMinValue(goalLimits.coins.min)
          .setMaxValue(goalLimits.coins.max),
      ),
  async run(interaction, deps) {
    const { guildId } = interaction;
    const votes = interaction.options.getInteger('votes', true);
    if (votes === 0) {
      await clearGoal(deps.db, guildId);
      await done(interaction, t('setup.goal.cleared', {}, interaction.locale));
      return;
    }
    const role = interaction.options.getRole('role');
    const choice = goalFromChoice({
      votes,
      period: (interaction.options.getString('period') ?? 'month') as GoalPeriod,
      roleId: role?.id ?? null,
      duration: interaction.options.getString('duration'),
      coins: interaction.options.getInteger('coins') ?? 0,
    });
    if (!choice.ok) throw new UserFacingError(choice.problem);
    if (role) {
      const refusal = problemText(
        adminProblem(interaction.memberPermissions.bitfield, 'roles') ??
          roleProblem(interaction.guild, role.id, interaction.member),
        interaction.locale,
      );
      if (refusal) throw new UserFacingError(t('setup.notSaved', { problem: refusal }, interaction.locale));
    }
    let goal: Awaited<ReturnType<typeof saveGoal>>;
    try {
      goal = await saveGoal(deps.db, guildId, choice.input);
    } catch (err) {
      if (err instanceof InvalidGoal)
        throw new UserFacingError(t('setup.notSaved', { problem: err.message }, interaction.locale));
      throw err;
    }
    const config = await deps.db.guildConfig.findUnique({
      where: { guildId },
      select: { currencyName: true },
    });
    await done(
      interaction,
      t(
        'setup.goal.saved',
        {
          votes,
          period: goal.period,
          reward: rewardText(goal, config?.currencyName ?? 'coins', interaction.locale),
        },
        interaction.locale,
      ),
    );
  },
};
