import { describe, expect, it } from 'vitest';
import { fmt, formatTable, median, parseArgs, percentile, ratio, round, summarize } from './report';

describe("the benchmark's arithmetic and table", () => {
  it('reads percentiles by nearest rank, so p99 of 100 samples is the 99th smallest', () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile(Float64Array.of(7), 99)).toBe(7);
    expect(percentile(new Float64Array(0), 50)).toBeNaN();
  });

  it('summarizes unsorted samples without changing them', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(summarize(samples)).toEqual({ count: 5, p50: 3, p95: 5, p99: 5, max: 5 });
    expect(samples).toEqual([5, 1, 4, 2, 3]);
    expect(median([30, 10, 20])).toBe(20);
  });

  it('gives a ratio only when both figures exist and the reference is not zero', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(Number.NaN, 4)).toBeNull();
    expect(round(0.12345, 3)).toBe(0.123);
    expect(round(Number.NaN)).toBeNull();
  });

  it('prints missing figures as a dash and pads a table with numbers right-aligned', () => {
    expect(fmt(null, 'ms')).toBe('–');
    expect(fmt(1.234, 'ms', 2)).toBe('1.23 ms');
    const table = formatTable(['server', 'p99'], [
      ['ours', '4.20 ms'],
      ['reference, in memory', '12.00 ms'],
    ]);
    expect(table.split('\n')).toEqual([
      'server                p99',
      '--------------------  --------',
      'ours                   4.20 ms',
      'reference, in memory  12.00 ms',
    ]);
  });

  it('understands --quick, --only and --no-build', () => {
    expect(parseArgs(['--quick', '--only=sync,cold'])).toEqual({ quick: true, only: ['sync', 'cold'], skipBuild: false });
    expect(parseArgs(['--no-build'])).toEqual({ quick: false, only: null, skipBuild: true });
  });
});
