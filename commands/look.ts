import { EmbedBuilder } from 'discord.js';

/** One look for every reply. */
export const colors = { brand: 0x5865f2, ok: 0x57f287, warn: 0xfee75c, error: 0xed4245 } as const;

export function embed(title: string, color: number = colors.brand): EmbedBuilder {
  return new EmbedBuilder().setTitle(title).setColor(color).setFooter({ text: 'Rankly rewards' });
}

/** Discord renders these in each reader's time zone and language. */
export function relativeTime(date: Date): string {
  return `<t:${Math.floor(date.getTime() / 1000)}:R>`;
}

export function shortTime(date: Date): string {
  return `<t:${Math.floor(date.getTime() / 1000)}:t>`;
}

export function dateTime(date: Date): string {
  return `<t:${Math.floor(date.getTime() / 1000)}:f>`;
}

export const ephemeral = 64;
