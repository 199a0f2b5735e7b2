/** Discord's permission bits and computation, as far as the bot's requests depend on them. */
import { BOT_USER_ID, type Guild } from './state.js';
import type { FakeOverwrite } from './types.js';

const ADMINISTRATOR = 1n << 3n;
const MANAGE_ROLES = 1n << 28n;
export const VIEW_CHANNEL = 1n << 10n;
export const SEND_MESSAGES = 1n << 11n;
export const VIEW_SEND_HISTORY = VIEW_CHANNEL | SEND_MESSAGES | (1n << 16n);
/** What a new bot role gets here: roles, and everything it needs to post (embeds, files). */
export const BOT_ROLE_PERMISSIONS = MANAGE_ROLES | VIEW_SEND_HISTORY | (1n << 14n) | (1n << 15n);

export const botCanManage = (g: Guild): boolean => {
  if (!g.botCanManageRoles) return false;
  let perms = BigInt(g.roles.get(g.id)?.permissions ?? '0');
  for (const r of g.members.get(BOT_USER_ID)?.roles ?? [])
    perms |= BigInt(g.roles.get(r)?.permissions ?? '0');
  return (perms & (ADMINISTRATOR | MANAGE_ROLES)) !== 0n;
};
/** Discord's permission computation: base from roles, Administrator is all, then channel overwrites. */
export const channelPermissions = (g: Guild, userId: string, channelId: string): bigint => {
  const member = g.members.get(userId);
  if (!member) return 0n;
  if (g.ownerId === userId) return ~0n;
  let perms = BigInt(g.roles.get(g.id)?.permissions ?? '0');
  for (const r of member.roles) perms |= BigInt(g.roles.get(r)?.permissions ?? '0');
  if (perms & ADMINISTRATOR) return ~0n;
  const overwrites = g.overwrites.get(channelId) ?? [];
  const apply = (o: FakeOverwrite | undefined) => {
    if (o) perms = (perms & ~(o.deny ?? 0n)) | (o.allow ?? 0n);
  };
  apply(overwrites.find((o) => o.type === 0 && o.id === g.id));
  const roleOverwrites = overwrites.filter((o) => o.type === 0 && member.roles.has(o.id));
  apply({
    id: '',
    type: 0,
    allow: roleOverwrites.reduce((a, o) => a | (o.allow ?? 0n), 0n),
    deny: roleOverwrites.reduce((a, o) => a | (o.deny ?? 0n), 0n),
  });
  apply(overwrites.find((o) => o.type === 1 && o.id === userId));
  return perms;
};
export const botTopPosition = (g: Guild): number =>
  Math.max(0, ...[...(g.members.get(BOT_USER_ID)?.roles ?? [])].map((r) => g.roles.get(r)?.position ?? 0));
