import { nextDate, osloDate, osloDayStart } from '@naervaer/shared/calendar';

/** When an invitation stops working: the end of the meeting's day in Oslo, plus the grace days. */
export function invitationExpiry(startsAt: string | null, now: Date, graceDays: number): Date {
  let day = osloDate(startsAt ? new Date(startsAt) : now);
  for (let i = 0; i <= graceDays; i++) day = nextDate(day);
  const expiry = new Date(osloDayStart(day));
  // A link made after the meeting day (e.g. for a late reader) still lasts its grace period from now.
  return expiry.getTime() > now.getTime() ? expiry : new Date(now.getTime() + Math.max(1, graceDays) * 86_400_000);
}
