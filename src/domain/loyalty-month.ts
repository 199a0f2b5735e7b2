/** 'YYYY-MM' of the calendar month (UTC) a moment falls in. */
export function monthKey(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/** The calendar month (UTC) before the one `now` falls in: its key, first instant and the next month's. */
export function previousMonth(now: Date): { key: string; start: Date; end: Date } {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return { key: monthKey(start), start, end };
}
