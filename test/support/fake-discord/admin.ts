/**
 * What the tests do as Discord, a server's owner or its admins: add guilds and members,
 * change roles, close a user's DMs, and fill an interaction's `resolved` part.
 */
import type { Gateway } from './gateway.js';
import { channelObject, guildRoles, memberObject } from './payloads.js';
import { BOT_ROLE_PERMISSIONS, VIEW_SEND_HISTORY } from './permissions.js';
import { BOT_USER_ID, type Guild, type Member, type Role, type State } from './state.js';
import type { FakeDiscord, FakeGuildInit } from './types.js';
import { snowflake } from './util.js';

export type Admin = Pick<
  FakeDiscord,
  'addGuild' | 'updateRole' | 'resolve' | 'addMember' | 'closeDms' | 'dmChannelOf'
>;

/** The guild `init` describes, with the @everyone role, the bot's role and the bot as a member. */
function newGuild(init: FakeGuildInit): Guild {
  if (!/^\d+$/.test(init.id)) throw new Error(`guild id must be a numeric snowflake, got ${init.id}`);
  const roles = new Map<string, Role>();
  for (const r of init.roles ?? [])
    roles.set(r.id, {
      id: r.id,
      name: r.name ?? `role-${r.id}`,
      position: r.position,
      permissions: r.permissions ?? '0',
      managed: r.managed ?? false,
    });
  if (!roles.has(init.id))
    roles.set(init.id, {
      id: init.id,
      name: '@everyone',
      position: 0,
      permissions: String(VIEW_SEND_HISTORY),
      managed: false,
    });
  const botRoleId = init.botRoleId ?? snowflake();
  if (!roles.has(botRoleId))
    roles.set(botRoleId, {
      id: botRoleId,
      name: 'RewardsBot',
      position: 10,
      permissions: String(BOT_ROLE_PERMISSIONS),
      managed: true,
    });
  const channels = (init.channels ?? []).map((c) => (typeof c === 'string' ? { id: c } : c));
  const joinedAt = new Date().toISOString();
  const g: Guild = {
    id: init.id,
    name: init.name ?? `guild-${init.id}`,
    roles,
    members: new Map(),
    channels: channels.map((c) => c.id),
    overwrites: new Map(channels.map((c) => [c.id, c.overwrites ?? []])),
    botRoleId,
    botCanManageRoles: init.botCanManageRoles ?? true,
    ownerId: init.ownerId ?? '1',
    preferredLocale: init.preferredLocale ?? 'en-US',
    joinedAt,
  };
  for (const u of init.members ?? [])
    g.members.set(u, { userId: u, roles: new Set(init.memberRoles?.[u] ?? []), joinedAt });
  g.members.set(BOT_USER_ID, { userId: BOT_USER_ID, roles: new Set([botRoleId]), joinedAt });
  return g;
}

export function createAdmin(state: State, gateway: Gateway): Admin {
  const { guilds } = state;
  return {
    addGuild(init) {
      const g = newGuild(init);
      guilds.set(g.id, g);
      gateway.guildAdded(g);
    },
    updateRole(guildId, roleId, patch) {
      const role = guilds.get(guildId)?.roles.get(roleId);
      if (!role) throw new Error(`unknown role ${roleId} in guild ${guildId}`);
      if (patch.permissions !== undefined) role.permissions = String(patch.permissions);
      if (patch.position !== undefined) role.position = patch.position;
      const g = guilds.get(guildId) as Guild;
      const [updated] = guildRoles(g).filter((r) => r.id === roleId);
      gateway.dispatch('GUILD_ROLE_UPDATE', { guild_id: guildId, role: updated }, guildId);
    },
    resolve(guildId, ids) {
      const g = guilds.get(guildId);
      if (!g) throw new Error(`unknown guild ${guildId}`);
      const roles = guildRoles(g).filter((r) => ids.roles?.includes(r.id));
      const channels = (ids.channels ?? []).map((id) => {
        const index = g.channels.indexOf(id);
        return index >= 0
          ? channelObject(g, id, index)
          : { id, type: 0, name: 'deleted-channel', guild_id: g.id, permission_overwrites: [] };
      });
      return {
        ...(roles.length ? { roles: Object.fromEntries(roles.map((r) => [r.id, r])) } : {}),
        ...(channels.length ? { channels: Object.fromEntries(channels.map((c) => [c.id, c])) } : {}),
      };
    },
    addMember(guildId, userId, o = {}) {
      const g = guilds.get(guildId);
      if (!g) throw new Error(`unknown guild ${guildId}`);
      const m: Member = g.members.get(userId) ?? {
        userId,
        roles: new Set(),
        joinedAt: new Date().toISOString(),
      };
      g.members.set(userId, m);
      if (o.dispatch !== false)
        gateway.dispatch('GUILD_MEMBER_ADD', { guild_id: guildId, ...memberObject(m) }, guildId);
    },
    closeDms: (userId) => void state.closedDms.add(userId),
    dmChannelOf: (userId) => state.dmChannels.get(userId),
  };
}
