/**
 * A small in-memory sliding-window limiter keyed by a string (an account's email, a client address).
 * One server process holds the counts; they start empty after a restart, which is acceptable for
 * slowing down password guessing. The number of keys is capped so a flood of addresses cannot grow it.
 */
import { HttpError } from './errors';

export type RateLimitOptions = { max: number; windowMs: number; now: () => Date; maxKeys?: number };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Milliseconds `key` must wait before its next attempt counts; 0 if it may go now. */
  waitMs(key: string): number {
    const now = this.options.now().getTime();
    const recent = this.recent(key, now);
    if (recent.length < this.options.max) return 0;
    return Math.max(1, recent[0]! + this.options.windowMs - now);
  }

  /** Counts one attempt for `key`. */
  hit(key: string): void {
    const now = this.options.now().getTime();
    const recent = this.recent(key, now);
    recent.push(now);
    // Keep only what can still matter, so one busy key stays small.
    if (recent.length > this.options.max) recent.splice(0, recent.length - this.options.max);
    this.hits.delete(key);
    this.hits.set(key, recent);
    const cap = this.options.maxKeys ?? 50_000;
    // Maps iterate in insertion order: the first key is the one least recently hit.
    while (this.hits.size > cap) this.hits.delete(this.hits.keys().next().value!);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = this.hits.get(key) ?? [];
    const from = now - this.options.windowMs;
    let drop = 0;
    while (drop < list.length && list[drop]! <= from) drop++;
    if (drop) list.splice(0, drop);
    return list;
  }
}

/** A 429 with `Retry-After` and the wait in the JSON answer, in seconds rounded up. */
export function tooManyRequests(waitMs: number, what: string): HttpError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
  return new HttpError(429, 'rate_limited', `${what}. Try again in ${wait}.`, { 'retry-after': String(seconds) }, { retryAfterSeconds: seconds });
}
