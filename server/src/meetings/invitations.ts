/** How long an invitation lasts: through the meeting day, plus a grace period. */
export function invitationExpiry(startsAt: string | null, now: Date, graceDays: number): Date {
  const base = startsAt ? new Date(startsAt) : now;
  // The end of the meeting's day in Norway is at most 24 h after its UTC midnight; round up generously.
  const endOfDay = Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate() + 1, 23, 59, 59);
  const expiry = new Date(endOfDay + graceDays * 86_400_000);
  // A link made after the meeting day (e.g. for a late reader) still lasts its grace period from now.
  return expiry.getTime() > now.getTime() ? expiry : new Date(now.getTime() + Math.max(1, graceDays) * 86_400_000);
}
