/** The calendar the meetings live in: Oslo's. Every "today" and every date shown is Oslo's, never UTC's. */

export const TIME_ZONE = 'Europe/Oslo';

/** The calendar day in Oslo of a moment, as an ISO date ("2026-12-02"): "today" everywhere, never a UTC slice. */
export function osloDate(moment: Date | string = new Date()): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
