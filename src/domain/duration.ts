/**
 * Parses a duration typed by an admin: "12h", "30m", "2d", "1w", "90s",
 * combinations like "1d12h", or a bare number of hours. "0", "none",
 * "forever" and "permanent" mean no limit (null). Returns undefined when the
 * text is not a duration.
 */
export function parseDuration(text: string): number | null | undefined {
  const input = text.trim().toLowerCase();
  if (['0', 'none', 'forever', 'permanent', 'never'].includes(input)) return null;
  if (/^\d+(\.\d+)?$/.test(input)) return Math.round(Number(input) * 3600);
  const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
  const parts = [...input.matchAll(/(\d+)\s*([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== input.replace(/\s+/g, '')) return undefined;
  const seconds = parts.reduce((sum, p) => sum + Number(p[1]) * (units[p[2] as string] as number), 0);
  return seconds > 0 ? seconds : null;
}
