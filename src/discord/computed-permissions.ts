import { PermissionFlagsBits as P } from 'discord.js';

/**
 * Discord's permission computation over REST data, for a process without
 * the gateway's cache (the dashboard in a `web` process): a member's
 * permissions in the guild (@everyone and their roles; the owner and
 * Administrator have all), and in a channel (then @everyone's overwrite,
 * the roles' overwrites together, the member's own), as Discord documents
 * it ("Permission Overwrites").
 */
const all = (1n << 64n) - 1n;

export interface RestRole {
  id: string;
  position: number;
  permissions: bigint;
}
export interface RestOverwrite {
  id: string;
  /** 0: a role, 1: a member. */
  type: number;
  allow: bigint;
  deny: bigint;
}

export function guildPermissions(
  guild: { id: string; ownerId: string; roles: ReadonlyMap<string, RestRole> },
  member: { userId: string; roles: readonly string[] },
): bigint {
  if (guild.ownerId === member.userId) return all;
  let perms = guild.roles.get(guild.id)?.permissions ?? 0n;
  for (const id of member.roles) perms |= guild.roles.get(id)?.permissions ?? 0n;
  return (perms & P.Administrator) !== 0n ? all : perms;
}

export function channelPermissions(
  guild: { id: string; ownerId: string; roles: ReadonlyMap<string, RestRole> },
  member: { userId: string; roles: readonly string[] },
  overwrites: readonly RestOverwrite[],
): bigint {
  let perms = guildPermissions(guild, member);
  if (perms === all) return all;
  const apply = (allow: bigint, deny: bigint) => {
    perms = (perms & ~deny) | allow;
  };
  const everyone = overwrites.find((o) => o.type === 0 && o.id === guild.id);
  if (everyone) apply(everyone.allow, everyone.deny);
  const roles = overwrites.filter((o) => o.type === 0 && member.roles.includes(o.id));
  apply(
    roles.reduce((a, o) => a | o.allow, 0n),
    roles.reduce((a, o) => a | o.deny, 0n),
  );
  const own = overwrites.find((o) => o.type === 1 && o.id === member.userId);
  if (own) apply(own.allow, own.deny);
  return perms;
}

/** The highest of a member's roles (@everyone when they have none), by Discord's order. */
export function highestRole(
  guild: { id: string; roles: ReadonlyMap<string, RestRole> },
  roleIds: readonly string[],
): { id: string; position: number } {
  let top = guild.roles.get(guild.id) ?? { id: guild.id, position: 0 };
  for (const id of roleIds) {
    const role = guild.roles.get(id);
    if (!role) continue;
    const higher =
      role.position > top.position || (role.position === top.position && BigInt(role.id) < BigInt(top.id));
    if (higher) top = role;
  }
  return { id: top.id, position: top.position };
}
