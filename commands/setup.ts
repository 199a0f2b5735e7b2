import {
  ChannelType,
  type ChatInputCommandInteraction,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { Prisma } from '../src/db/generated/client.js';
import {
  describeGuildSecret,
  guildSecretState,
  newWebhookSecret,
  rotateGuildSecret,
} from '../src/db/webhook-secrets.js';
import {
  type AdminAction,
  adminProblem,
  cachedChannelProblem,
  roleProblem,
} from '../src/discord/permissions.js';
import { durationLimits, formatDuration, parseDuration } from '../src/domain/duration.js';
import { effectStatus, fixableStatuses, openStatuses } from '../src/domain/effects.js';
import { defaultAnnounceTemplate, defaultDmTemplate, policyFrom } from '../src/domain/reward-policy.js';
import { replayDeadLetters, retryRefusedRewards } from '../src/jobs/dead-letters.js';
import { exportVotes } from './export.js';
import { colors, dateTime, embed, ephemeral, relativeTime } from './look.js';
import { periodChoices } from './stats.js';
import { type CommandDeps, type SlashCommand, UserFacingError } from './types.js';

const textChannels = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;
const templateHelp = 'Placeholders: {user} {streak} {total} {reward} {balance} {currency}';

const sub =
  (name: string, description: string, build: (s: SlashCommandSubcommandBuilder) => unknown = () => {}) =>
  (s: SlashCommandSubcommandBuilder) => {
    s.setName(name).setDescription(description);
    build(s);
    return s;
  };

const clearable = {
  role: { rewardRoleId: null, rewardRoleSeconds: null },
  announce: { announceChannelId: null },
  logchannel: { logChannelId: null },
  premiumrole: { premiumRoleId: null },
  milestone: { milestoneEvery: null, milestoneBonus: 0 },
  dmtemplate: { dmTemplate: null },
  announcetemplate: { announceTemplate: null },
  currency: { currencyAmount: 0 },
} satisfies Record<string, Prisma.GuildConfigUpdateInput>;

/** /setup: each guild's reward configuration (Manage Server; every reply ephemeral). */
export const setupCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('setup')
    .setDescription('Configure vote rewards for this server')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setDMPermission(false)
    .addSubcommand(
      sub('role', 'Reward role for voters, optionally for a limited time', (s) =>
        s
          .addRoleOption((o) => o.setName('role').setDescription('The role').setRequired(true))
          .addStringOption((o) =>
            o
              .setName('duration')
              .setDescription(
                'How long voters keep it, e.g. 12h, 1d (1 minute to 365 days; default: for good)',
              )
              .setMaxLength(durationLimits.maxLength),
          ),
      ),
    )
    .addSubcommand(
      sub('currency', 'Currency per vote', (s) =>
        s
          .addIntegerOption((o) =>
            o
              .setName('amount')
              .setDescription('Amount per vote')
              .setRequired(true)
              .setMinValue(0)
              .setMaxValue(1_000_000),
          )
          .addStringOption((o) =>
            o.setName('name').setDescription('Currency name, e.g. coins').setMaxLength(32),
          ),
      ),
    )
    .addSubcommand(
      sub('adblocker', 'Share of the reward for votes cast with an ad blocker', (s) =>
        s.addIntegerOption((o) =>
          o
            .setName('percent')
            .setDescription('0 to 100 (default 50)')
            .setRequired(true)
            .setMinValue(0)
            .setMaxValue(100),
        ),
      ),
    )
    .addSubcommand(
      sub('denials', 'What votes Rankly did not credit earn (already voted, captcha, ...)', (s) =>
        s.addStringOption((o) =>
          o
            .setName('policy')
            .setDescription('Reward for those votes')
            .setRequired(true)
            .addChoices(
              { name: 'Nothing (default)', value: 'none' },
              { name: 'The ad-blocker share', value: 'reduced' },
              { name: 'The full reward', value: 'full' },
            ),
        ),
      ),
    )
    .addSubcommand(
      sub('dm', 'Thank-you DM to voters', (s) =>
        s
          .addBooleanOption((o) => o.setName('enabled').setDescription('Send it').setRequired(true))
          .addStringOption((o) => o.setName('template').setDescription(templateHelp).setMaxLength(1500)),
      ),
    )
    .addSubcommand(
      sub('announce', 'Announce votes in a channel', (s) =>
        s
          .addChannelOption((o) =>
            o
              .setName('channel')
              .setDescription('Where')
              .setRequired(true)
              .addChannelTypes(...textChannels),
          )
          .addStringOption((o) => o.setName('template').setDescription(templateHelp).setMaxLength(1500)),
      ),
    )
    .addSubcommand(
      sub('logchannel', 'Channel for test webhooks and problems', (s) =>
        s.addChannelOption((o) =>
          o
            .setName('channel')
            .setDescription('Where')
            .setRequired(true)
            .addChannelTypes(...textChannels),
        ),
      ),
    )
    .addSubcommand(
      sub('premiumrole', 'Role for members with Rankly premium', (s) =>
        s.addRoleOption((o) => o.setName('role').setDescription('The role').setRequired(true)),
      ),
    )
    .addSubcommand(
      sub('streak', 'Streak window and milestone bonus', (s) =>
        s
          .addIntegerOption((o) =>
            o
              .setName('window_hours')
              .setDescription('A vote within this many hours continues the streak (36)')
              .setMinValue(1)
              .setMaxValue(720),
          )
          .addIntegerOption((o) =>
            o
              .setName('milestone_every')
              .setDescription('Bonus every N votes in a row')
              .setMinValue(1)
              .setMaxValue(1000),
          )
          .addIntegerOption((o) =>
            o
              .setName('milestone_bonus')
              .setDescription('Bonus currency')
              .setMinValue(0)
              .setMaxValue(1_000_000),
          ),
      ),
    )
    .addSubcommand(
      sub('multiplier', 'Currency multiplier for voters with premium', (s) =>
        s.addNumberOption((o) =>
          o
            .setName('value')
            .setDescription('e.g. 2 doubles it (default 1)')
            .setRequired(true)
            .setMinValue(0)
            .setMaxValue(100),
        ),
      ),
    )
    .addSubcommand(
      sub('cooldown', 'Hours between two votes, shown in /votes (12)', (s) =>
        s.addIntegerOption((o) =>
          o.setName('hours').setDescription('Hours').setRequired(true).setMinValue(1).setMaxValue(168),
        ),
      ),
    )
    .addSubcommand(
      sub('clear', 'Turn a setting off', (s) =>
        s.addStringOption((o) =>
          o
            .setName('setting')
            .setDescription('Which')
            .setRequired(true)
            .addChoices(...Object.keys(clearable).map((k) => ({ name: k, value: k }))),
        ),
      ),
    )
    .addSubcommand(
      sub('webhook', "This server's webhook URL and secret for Rankly", (s) =>
        s.addBooleanOption((o) =>
          o
            .setName('rotate')
            .setDescription('Make a new secret (the old one keeps working for a grace period)'),
        ),
      ),
    )
    .addSubcommand(sub('status', 'Configuration, permissions and recent activity'))
    .addSubcommand(sub('replay', 'Grant rewards again that failed (after fixing permissions)'))
    .addSubcommand(
      sub('export', "This server's votes as a CSV file", (s) =>
        s.addStringOption((o) =>
          o
            .setName('period')
            .setDescription('Which days (default: all time)')
            .addChoices(...periodChoices),
        ),
      ),
    )
    .toJSON(),

  async execute(interaction, deps) {
    const guildId = interaction.guildId as string;
    const subcommand = interaction.options.getSubcommand();
    // default_member_permissions is only a default a server may widen: the bot checks for itself.
    const refusal = adminProblem(interaction.memberPermissions?.bitfield ?? 0n, actionOf(subcommand));
    if (refusal) throw new UserFacingError(refusal);
    if (subcommand === 'status') return showStatus(interaction, deps);
    if (subcommand === 'webhook') return showWebhook(interaction, deps);
    if (subcommand === 'export') return exportVotes(interaction, deps);
    if (subcommand === 'replay') {
      const retried = await retryRefusedRewards(deps.db, deps.queue, guildId);
      const letters = await deps.db.$queryRaw<{ id: bigint }[]>`
        SELECT d.id FROM dead_letter d JOIN vote v ON d.data->>'voteId' = v.id::text
        WHERE d.replayed_at IS NULL AND d.queue = 'vote.reward' AND v.guild_id = ${guildId}`;
      const replayed = letters.length
        ? await replayDeadLetters(
            deps.db,
            deps.queue,
            letters.map((l) => l.id),
          )
        : 0;
      return done(interaction, `Sent ${retried + replayed} vote reward(s) back to the queue.`);
    }
    const update = settingsFrom(interaction, subcommand);
    // A role or channel that fails the rules is refused before anything is saved.
    const problem = choiceProblem(interaction, update);
    if (problem) throw new UserFacingError(`Not saved: ${problem}`);
    await deps.db.guildConfig.upsert({
      where: { guildId },
      create: { ...(update as Prisma.GuildConfigCreateInput), guildId },
      update,
    });
    await done(interaction, describeChange(subcommand, update));
  },
};

/** Subcommands that choose a role need Manage Roles too; the rest Manage Server. */
function actionOf(subcommand: string): AdminAction {
  return subcommand === 'role' || subcommand === 'premiumrole' ? 'roles' : 'settings';
}

/** The columns a subcommand sets, validated; throws UserFacingError for bad input. */
function settingsFrom(
  interaction: ChatInputCommandInteraction,
  subcommand: string,
): Prisma.GuildConfigUpdateInput {
  const o = interaction.options;
  switch (subcommand) {
    case 'role': {
      const text = o.getString('duration');
      const duration = text === null ? { ok: true as const, seconds: null } : parseDuration(text);
      if (!duration.ok) throw new UserFacingError(duration.problem);
      return { rewardRoleId: o.getRole('role', true).id, rewardRoleSeconds: duration.seconds };
    }
    case 'currency':
      return {
        currencyAmount: o.getInteger('amount', true),
        ...(o.getString('name') ? { currencyName: o.getString('name') as string } : {}),
      };
    case 'adblocker':
      return { adBlockerPercent: o.getInteger('percent', true) };
    case 'denials':
      return { denialPolicy: o.getString('policy', true) };
    case 'dm':
      return {
        dmEnabled: o.getBoolean('enabled', true),
        ...(o.getString('template') ? { dmTemplate: o.getString('template') } : {}),
      };
    case 'announce':
      return {
        announceChannelId: o.getChannel('channel', true).id,
        ...(o.getString('template') ? { announceTemplate: o.getString('template') } : {}),
      };
    case 'logchannel':
      return { logChannelId: o.getChannel('channel', true).id };
    case 'premiumrole':
      return { premiumRoleId: o.getRole('role', true).id };
    case 'streak': {
      const update: Prisma.GuildConfigUpdateInput = {};
      if (o.getInteger('window_hours') !== null)
        update.streakWindowHours = o.getInteger('window_hours') as number;
      if (o.getInteger('milestone_every') !== null) update.milestoneEvery = o.getInteger('milestone_every');
      if (o.getInteger('milestone_bonus') !== null)
        update.milestoneBonus = o.getInteger('milestone_bonus') as number;
      if (Object.keys(update).length === 0) throw new UserFacingError('Give at least one of the options.');
      return update;
    }
    case 'multiplier':
      return { premiumVoteMultiplier: o.getNumber('value', true) };
    case 'cooldown':
      return { voteCooldownHours: o.getInteger('hours', true) };
    case 'clear':
      return clearable[o.getString('setting', true) as keyof typeof clearable];
    default:
      throw new UserFacingError(`Unknown setting "${subcommand}".`);
  }
}

function describeChange(subcommand: string, update: Prisma.GuildConfigUpdateInput): string {
  if (subcommand === 'clear') return `Turned off: ${Object.keys(update).join(', ')}.`;
  if (subcommand === 'role') {
    const seconds = update.rewardRoleSeconds as number | null;
    return `Voters now get <@&${update.rewardRoleId}> ${seconds ? `for ${formatDuration(seconds)}` : 'for good'}.`;
  }
  if (subcommand === 'premiumrole') return `Members with Rankly premium now get <@&${update.premiumRoleId}>.`;
  if (subcommand === 'cooldown') {
    return `/votes now tells members they can vote again ${formatDuration((update.voteCooldownHours as number) * 3600)} after their last vote.`;
  }
  if (subcommand === 'streak') {
    const parts = [
      typeof update.streakWindowHours === 'number'
        ? `a vote within ${formatDuration(update.streakWindowHours * 3600)} of the last one continues a streak`
        : null,
      typeof update.milestoneEvery === 'number'
        ? `a bonus every ${update.milestoneEvery} votes in a row`
        : null,
      typeof update.milestoneBonus === 'number' ? `the bonus is ${update.milestoneBonus}` : null,
    ].filter(Boolean);
    return `Saved: ${parts.join('; ')}.`;
  }
  return 'Saved.';
}

/**
 * Why a role or channel in `update` may not be saved: the role rule (not
 * @everyone or managed, no staff permissions, below the bot and below the
 * invoker) and the channel rule (both the invoker and the bot can post).
 */
function choiceProblem(interaction: ChatInputCommandInteraction, update: Prisma.GuildConfigUpdateInput) {
  const roleId = (update.rewardRoleId ?? update.premiumRoleId) as string | null | undefined;
  const channelIds = [update.announceChannelId, update.logChannelId].filter(
    (id): id is string => typeof id === 'string',
  );
  if (!roleId && channelIds.length === 0) return null;
  if (!interaction.inCachedGuild()) return 'I have not loaded this server yet; try again in a moment.';
  if (roleId) return roleProblem(interaction.guild, roleId, interaction.member);
  for (const channelId of channelIds) {
    const problem = cachedChannelProblem(interaction.guild, channelId, interaction.member);
    if (problem) return problem;
  }
  return null;
}

async function done(interaction: ChatInputCommandInteraction, message: string) {
  const reply = embed('✅ Done', colors.ok).setDescription(message);
  await interaction.reply({ embeds: [reply], flags: ephemeral, allowedMentions: { parse: [] } });
}

async function showWebhook(interaction: ChatInputCommandInteraction, deps: CommandDeps) {
  const guildId = interaction.guildId as string;
  const now = deps.now();
  const { own } = await guildSecretState(deps.db, guildId, now);
  const base = deps.publicUrl ?? 'https://<your bot host>';
  const url = `${base}/webhook/votes/${guildId}`;
  const reply = embed('🔗 Rankly webhook').addFields({ name: 'Webhook URL', value: `\`${url}\`` });
  if (!deps.publicUrl) {
    reply.addFields({
      name: 'Note',
      value: 'The bot does not know its public address: ask its operator to set PUBLIC_URL.',
    });
  }
  if (own && !interaction.options.getBoolean('rotate')) {
    reply.setDescription(
      'This server has a secret already. It is stored only as a hash, so it cannot be shown again; use `rotate: True` to make a new one.',
    );
    await interaction.reply({ embeds: [reply], flags: ephemeral });
    return;
  }
  // Shown once, stored as a hash: the bot cannot leak what it does not keep.
  const secret = newWebhookSecret();
  const graceMs = deps.webhookSecretGraceMs ?? 24 * 3_600_000;
  const previousUntil = own && graceMs > 0 ? new Date(now.getTime() + graceMs) : null;
  reply.setDescription(
    [
      'Paste these into Rankly: Server Settings → Vote Webhooks. **The secret is shown only now.**',
      own
        ? previousUntil
          ? `The previous secret keeps working until ${dateTime(previousUntil)} (${relativeTime(previousUntil)}), so votes are not lost while you update Rankly.`
          : 'The previous secret no longer works.'
        : "From now on this server's votes need this secret; the bot-wide one no longer applies here.",
    ].join('\n'),
  );
  reply.addFields({ name: 'Authorization', value: `\`${secret}\`` });
  // Stored only once the reply reached Discord: a secret the admin never saw must not replace theirs.
  await interaction.reply({ embeds: [reply], flags: ephemeral });
  try {
    await rotateGuildSecret(deps.db, guildId, secret, previousUntil);
  } catch (err) {
    deps.log.error({ err }, 'could not store a new webhook secret');
    throw new UserFacingError(
      'The new secret could not be saved, so it does not work; the previous one still does. Run `/setup webhook rotate: True` again.',
    );
  }
}

/** The /setup status line about the guild's own secret and the grace of the one it replaced. */
function ownSecretLine(config: Parameters<typeof describeGuildSecret>[0], now: Date): string {
  const { own, previousUntil } = describeGuildSecret(config, now);
  const grace = previousUntil ? ` · the previous one still works until ${dateTime(previousUntil)}` : '';
  return `Own secret: ${own ? 'yes' : 'no (the bot-wide one applies)'}${grace}`;
}

async function showStatus(interaction: ChatInputCommandInteraction, deps: CommandDeps) {
  const guildId = interaction.guildId as string;
  const now = deps.now();
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const [config, lastVote, today, pending, refused, dead] = await Promise.all([
    deps.db.guildConfig.findUnique({ where: { guildId } }),
    deps.db.vote.findFirst({
      where: { guildId },
      orderBy: { receivedAt: 'desc' },
      select: { receivedAt: true },
    }),
    deps.db.vote.count({ where: { guildId, receivedAt: { gte: midnight } } }),
    deps.db.rewardEffect.count({
      where: { guildId, status: { in: [...openStatuses, effectStatus.pendingMember] } },
    }),
    deps.db.rewardEffect.count({
      where: { guildId, status: { in: [...fixableStatuses] } },
    }),
    deps.db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM dead_letter d JOIN vote v ON d.data->>'voteId' = v.id::text
      WHERE d.replayed_at IS NULL AND d.queue = 'vote.reward' AND v.guild_id = ${guildId}`,
  ]);
  const p = policyFrom(config);
  const check = (roleId: string | null) => {
    if (!roleId) return 'not set';
    const problem = interaction.guild ? roleProblem(interaction.guild, roleId) : null;
    return `<@&${roleId}> ${problem ? `❌ ${problem}` : '✅ can be given'}`;
  };
  const deadCount = Number(dead[0]?.count ?? 0);
  const reply = embed('⚙️ Vote rewards: status').addFields(
    {
      name: 'Rewards',
      value: [
        `Role: ${check(p.rewardRoleId)}${p.rewardRoleSeconds ? ` for ${formatDuration(p.rewardRoleSeconds)}` : ''}`,
        `Currency: ${p.currencyAmount} ${p.currencyName} per vote`,
        `Ad blocker: ${p.adBlockerPercent}% · other denials: ${p.denialPolicy}`,
        `DM: ${p.dmEnabled ? 'on' : 'off'}${p.dmTemplate !== defaultDmTemplate ? ' (own text)' : ''}`,
        `Announcements: ${p.announceChannelId ? `<#${p.announceChannelId}>` : 'off'}${p.announceTemplate !== defaultAnnounceTemplate ? ' (own text)' : ''}`,
        `Streak window: ${p.streakWindowHours} h${p.milestoneEvery ? ` · bonus ${p.milestoneBonus} every ${p.milestoneEvery} in a row` : ''}`,
      ].join('\n'),
    },
    {
      name: 'Premium',
      value: `Role: ${check(config?.premiumRoleId ?? null)} · vote multiplier ×${p.premiumVoteMultiplier}`,
    },
    {
      name: 'Webhook',
      value: [
        ownSecretLine(config, now),
        `Last vote received: ${lastVote ? relativeTime(lastVote.receivedAt) : 'never'} · today: ${today}`,
        `Log channel: ${p.logChannelId ? `<#${p.logChannelId}>` : 'not set'}`,
      ].join('\n'),
    },
    {
      name: 'Rewards in flight',
      value: `Pending: ${pending} · not given: ${refused} · dead letters: ${deadCount}${
        refused + deadCount > 0 ? '\nFix the cause, then `/setup replay`.' : ''
      }`,
    },
  );
  await interaction.reply({ embeds: [reply], flags: ephemeral, allowedMentions: { parse: [] } });
}
