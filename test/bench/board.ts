/**
 * The whiteboard's benchmark: a board of 300 notes in headless Chromium against the real server.
 * Measures how long the board takes to load (navigation → every note drawn), how long a remote
 * edit (a real y-websocket client in this process changes a note's text) takes to show on the
 * canvas, and how long the page's main thread is blocked while it happens. Needs a built client.
 * Run alone: `npx tsx test/bench/board.ts [--quick]`; `pnpm bench` calls measureBoard.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCurrentStep } from '@naervaer/shared/doc';
import { DEFAULT_AREA_IDS } from '@naervaer/shared/system-model';
import { addMappingItem, readMapping, updateMappingItem } from '@naervaer/shared/mapping-doc';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { createMeeting, facilitator, invite } from '../support/http';
import { ROOT, removeDir, startServer } from '../support/server';
import { connect, eventually, synced } from '../support/yclient';

/** Nearest-rank quantile of sorted numbers. */
const quantile = (sorted: number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? null;
const median = (sorted: number[]) =>
  sorted.length === 0 ? null : sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
const round = (n: number | null, digits = 1) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

/** Loads a 300-note board and times it, then times remote edits; all times in milliseconds. */
export async function measureBoard({ quick = false }: { quick?: boolean } = {}): Promise<Record<string, number | null>> {
  if (!existsSync(join(ROOT, 'client', 'dist', 'index.html'))) throw new Error('build the client first: pnpm --filter @naervaer/client build');
  const NOTES = 300;
  const loads = quick ? 2 : 5;
  const edits = quick ? 30 : 100;
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead, { title: 'Benchmark: tavle med 300 lapper' });
    const { token } = await invite(lead, meetingId, 'participant', 'Benk Skriver');
    const control = connect(server.wsUrl, meetingId, 'control', { cookie: lead.cookieHeader });
    const writer = connect(server.wsUrl, meetingId, 'content', { token });
    await Promise.all([synced(control), synced(writer)]);
    writeCurrentStep(control.doc, 6);
    writer.doc.transact(() => {
      for (let i = 0; i < NOTES; i++) {
        const areaId = DEFAULT_AREA_IDS[i % DEFAULT_AREA_IDS.length]!;
        addMappingItem(writer.doc, { kind: i % 3 ? 'resource' : 'risk', areaId, text: `Lapp ${i + 1}: noe som ble sagt om ${areaId}` });
      }
    });
    await eventually(async () => {
      const stored = await server.app.ctx.storage.docs.load(meetingId, 'content');
      return stored.updates.length > 1;
    }, 'notes stored');

    const context = await browser.newContext({ viewport: VIEWPORTS.projector, locale: 'nb-NO' });
    const host = new URL(server.url).hostname;
    await context.addCookies(
      lead.cookieHeader.split('; ').map((pair) => {
        const [name, ...value] = pair.split('=');
        return { name: name!, value: value.join('='), domain: host, path: '/' };
      }),
    );
    const page = await context.newPage();
    const loadTimes: number[] = [];
    for (let run = 0; run < loads; run++) {
      const t0 = performance.now();
      await page.goto(`${server.url}/m/${meetingId}`);
      await page.waitForFunction((n) => document.querySelectorAll('.mapping-note').length >= n, NOTES, { timeout: 60_000, polling: 'raf' });
      loadTimes.push(performance.now() - t0);
    }

    // Long tasks on the page's main thread while the remote edits arrive.
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const ids = readMapping(writer.doc).items.map((i) => i.id);
    const latencies: number[] = [];
    for (let i = 0; i < edits; i++) {
      const id = ids[(i * 37) % ids.length]!;
      const text = `Endret ${i} fra fjernt hold`;
      const t0 = performance.now();
      updateMappingItem(writer.doc, id, { text });
      await page.waitForFunction(
        ([itemId, expected]) => document.querySelector(`.mapping-note[data-mapping-id="${itemId}"]`)?.textContent?.includes(expected) ?? false,
        [id, text] as const,
        { timeout: 10_000, polling: 'raf' },
      );
      latencies.push(performance.now() - t0);
    }
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    control.destroy();
    writer.destroy();
    await context.close();

    loadTimes.sort((a, b) => a - b);
    latencies.sort((a, b) => a - b);
    return {
      notes: NOTES,
      loadRuns: loads,
      loadMedianMs: round(median(loadTimes)),
      loadMaxMs: round(loadTimes[loadTimes.length - 1] ?? null),
      remoteEdits: edits,
      remoteEditMedianMs: round(median(latencies)),
      remoteEditP95Ms: round(quantile(latencies, 0.95)),
      longTasksDuringEdits: longTasks.length,
      longestTaskMs: round(longTasks.length ? Math.max(...longTasks) : 0),
    };
  } finally {
    await browser.close();
    await server.close();
    removeDir(server.dataDir);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureBoard({ quick: process.argv.includes('--quick') }).then(
    (result) => {
      console.log(JSON.stringify(result, null, 2));
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
