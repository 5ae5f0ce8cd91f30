/**
 * A sliding-window limiter keyed by a string (an account's email, a client address). The counts live
 * in this process (one server: they start empty after a restart, which is acceptable for slowing down
 * password guessing) or, on a store shared by several servers, in the store (Storage.rateCounts), so
 * that a balancer spreading the attempts over the servers does not multiply the limit.
 */
import type { RateCounts } from '../storage/storage';
import { HttpError } from './errors';

export type RateLimitOptions = {
  /** Names this limiter's counts among others in a shared store. */
  scope: string;
  max: number;
  windowMs: number;
  now: () => Date;
  /** Where the counts are kept; this process's memory when left out. */
  counts?: RateCounts;
};

export class RateLimiter {
  private readonly counts: RateCounts;

  constructor(private readonly options: RateLimitOptions) {
    this.counts = options.counts ?? new MemoryRateCounts();
  }

  /**
   * Counts an attempt of `key` and answers 0 when it may go ahead; answers the milliseconds it must
   * wait, without counting it, when the limit is reached. Checked and counted in one step, so that
   * attempts sent at once cannot all pass.
   */
  attempt(key: string): Promise<number> {
    const { scope, windowMs, max, now } = this.options;
    return this.counts.take(scope, key, now().getTime(), windowMs, max);
  }

  reset(key: string): Promise<void> {
    return this.counts.reset(this.options.scope, key);
  }
}

/** The counts in this process: capped in keys, so a flood of addresses cannot grow it. */
export class MemoryRateCounts implements RateCounts {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly maxKeys = 50_000) {}

  async take(scope: string, key: string, at: number, windowMs: number, max: number): Promise<number> {
    // No await before the count is taken: one attempt at a time.
    const id = `${scope}\u0000${key}`;
    const recent = this.live(id, at - windowMs);
    if (recent.length >= max) return Math.max(1, recent[recent.length - max]! + windowMs - at);
    recent.push(at);
    this.hits.delete(id);
    this.hits.set(id, recent);
    // Maps iterate in insertion order: the first key is the one least recently counted.
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
    return 0;
  }

  async reset(scope: string, key: string): Promise<void> {
    this.hits.delete(`${scope}\u0000${key}`);
  }

  private live(id: string, from: number): number[] {
    const list = this.hits.get(id) ?? [];
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
