/** Pure helpers of the benchmark: percentiles, ratios and the printed table. Checked by report.test.ts. */

export type Summary = { count: number; p50: number; p95: number; p99: number; max: number };

/** The p-th percentile (0–100) of values sorted ascending, by the nearest-rank method; NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  if (p >= 100) return sorted[sorted.length - 1]!;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)]!;
}

/** Sorts a copy of the samples and reads the usual percentiles off it. */
export function summarize(samples: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(samples).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  };
}

/** The median of a few timings. */
export function median(samples: readonly number[]): number {
  return percentile(Float64Array.from(samples).sort(), 50);
}

/** ours / reference, or null when either is missing or the reference is zero. */
export function ratio(ours: number | null | undefined, reference: number | null | undefined): number | null {
  if (ours == null || reference == null || !Number.isFinite(ours) || !Number.isFinite(reference) || reference === 0) return null;
  return ours / reference;
}

/** Rounds for the JSON: null stays null, NaN becomes null. */
export function round(value: number | null | undefined, digits = 2): number | null {
  if (value == null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A number for the table: "–" when missing, otherwise with a unit. */
export function fmt(value: number | null | undefined, unit = '', digits = 1): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

/** A plain-text table with a header row, columns padded to their widest cell; numbers right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (s: string) => /^[-–~]?[\d.]+( ?[a-zA-Z%×/]+)?$|^–$/.test(s);
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i > 0 && numeric(c) ? c.padStart(width[i]!) : c.padEnd(width[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Parses the command line of `pnpm bench`. */
export function parseArgs(argv: readonly string[]): { quick: boolean; only: string[] | null; skipBuild: boolean } {
  const only = argv.find((a) => a.startsWith('--only='));
  return {
    quick: argv.includes('--quick'),
    only: only ? only.slice('--only='.length).split(',').filter(Boolean) : null,
    skipBuild: argv.includes('--no-build'),
  };
}
