/**
 * Calendar periods of leaderboards, in UTC: the ISO week ('w2026-47',
 * Monday to Sunday) and the month ('m2026-11') a moment falls in.
 */
export function periodKeys(at: Date): { week: string; month: string } {
  const month = `m${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
  // ISO 8601: the week belongs to the year of its Thursday.
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return { week: `w${day.getUTCFullYear()}-${String(week).padStart(2, '0')}`, month };
}
