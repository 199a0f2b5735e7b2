import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { adminProblem, ruleText } from '../../src/discord/permissions.js';
import { t } from '../../src/messages/index.js';
import { type SlashCommand, UserFacingError } from '../types.js';
import { championsSubcommand } from './champions.js';
import { clearSubcommand } from './clear.js';
import { economySubcommand } from './economy.js';
import { eventsSubcommand } from './events.js';
import { exportSubcommand } from './export.js';
import { goalSubcommand } from './goal.js';
import type { SetupGroup } from './group.js';
import { languageSubcommand } from './language.js';
import { messageSubcommands } from './messages.js';
import { replaySubcommand } from './replay.js';
import { rewardSubcommands } from './rewards.js';
import { shopGroup } from './shop.js';
import { startSubcommand } from './start.js';
import { statusSubcommand } from './status.js';
import type { SetupSubcommand } from './subcommand.js';
import { tierGroup } from './tiers.js';
import { webhookSubcommand } from './webhook.js';

const subcommands: SetupSubcommand[] = [
  startSubcommand,
  ...rewardSubcommands,
  ...messageSubcommands,
  languageSubcommand,
  clearSubcommand,
  webhookSubcommand,
  statusSubcommand,
  replaySubcommand,
  exportSubcommand,
  eventsSubcommand,
  economySubcommand,
  championsSubcommand,
  goalSubcommand,
];
/** Subcommand groups (/setup tier add, /setup shop add ...): each counts as one of the 25. */
const groups: SetupGroup[] = [tierGroup, shopGroup];
// Discord allows 25 subcommands and groups: new settings join an existing one as options.
if (subcommands.length + groups.length > 25)
  throw new Error(`/setup has ${subcommands.length + groups.length} subcommands and groups: at most 25`);
const byName = new Map(subcommands.map((s) => [s.name, s]));
const inGroup = new Map(groups.map((g) => [g.name, new Map(g.subcommands.map((s) => [s.name, s]))]));

const definition = new SlashCommandBuilder()
  .setName('setup')
  .setDescription('Configure vote rewards for this server')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setDMPermission(false);
for (const sub of subcommands) {
  definition.addSubcommand((s) => {
    s.setName(sub.name).setDescription(sub.description);
    sub.options?.(s);
    return s;
  });
}
for (const group of groups) {
  definition.addSubcommandGroup((g) => {
    g.setName(group.name).setDescription(group.description);
    for (const sub of group.subcommands) {
      g.addSubcommand((s) => {
        s.setName(sub.name).setDescription(sub.description);
        sub.options?.(s);
        return s;
      });
    }
    return g;
  });
}

/** /setup: each guild's reward configuration (Manage Server; every reply ephemeral). */
export const setupCommand: SlashCommand = {
  definition: definition.toJSON(),
  async execute(interaction, deps) {
    const group = interaction.options.getSubcommandGroup(false);
    const name = interaction.options.getSubcommand();
    const sub = group ? inGroup.get(group)?.get(name) : byName.get(name);
    if (!sub) throw new UserFacingError(t('setup.unknownSetting', {}, interaction.locale));
    // default_member_permissions is only a default a server may widen: the bot checks for itself.
    const refusal = adminProblem(interaction.memberPermissions.bitfield, sub.action);
    if (refusal) throw new UserFacingError(ruleText(refusal, interaction.locale));
    await sub.run(interaction, deps);
  },
};
