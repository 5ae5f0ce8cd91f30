/** The calendar the meetings live in: Oslo's. Every "today" and every date shown is Oslo's, never UTC's. */

export const TIME_ZONE = 'Europe/Oslo';

/** The calendar day in Oslo of a moment, as an ISO date ("2026-12-02"): "today" everywhere, never a UTC slice. */
export function osloDate(moment: Date | string = new Date()): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The moment an Oslo calendar day begins, as an ISO timestamp ("2026-12-02" → "2026-12-01T23:00:00.000Z"). */
export function osloDayStart(isoDate: string): string {
  const noonUtc = new Date(`${isoDate}T12:00:00Z`);
  // Oslo's offset from UTC that day (+1 or +2 hours); clocks change at night, never at midnight.
  const wall = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(noonUtc);
  const offsetHours = Number(wall) - 12;
  return new Date(Date.UTC(noonUtc.getUTCFullYear(), noonUtc.getUTCMonth(), noonUtc.getUTCDate()) - offsetHours * 3_600_000).toISOString();
}

/** The ISO date of the day after. */
export function nextDate(isoDate: string): string {
  const day = new Date(`${isoDate}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.getUTCFullYear()}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}`;
}
