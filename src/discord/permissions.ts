import { type Guild, PermissionFlagsBits } from 'discord.js';

/**
 * Why the bot could not give `roleId` to members of `guild` right now, in
 * words an admin can act on; null when it can. Uses the gateway's cache.
 */
export function roleProblem(guild: Guild, roleId: string): string | null {
  const me = guild.members.me;
  const role = guild.roles.cache.get(roleId);
  if (!role) return 'That role no longer exists. Pick another one.';
  if (role.id === guild.id) return '@everyone cannot be given as a reward. Pick another role.';
  if (role.managed)
    return `<@&${role.id}> is managed by an integration and cannot be given. Pick another role.`;
  if (!me) return 'I cannot see my own membership in this server yet; try again in a moment.';
  if (!me.permissions.has(PermissionFlagsBits.ManageRoles)) {
    return 'I need the **Manage Roles** permission: Server Settings → Roles → my role → enable Manage Roles.';
  }
  if (role.comparePositionTo(me.roles.highest) >= 0) {
    return `<@&${role.id}> is above (or equal to) my highest role <@&${me.roles.highest.id}>. Drag my role above it in Server Settings → Roles.`;
  }
  return null;
}
