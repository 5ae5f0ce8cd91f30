/**
 * The client: the gzip size of the JavaScript the room loads (without the whiteboard), and the time
 * from navigation to an interactive room in headless Chromium with 4× CPU throttling.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser';
import { createMeeting, facilitator } from '../support/http';
import { ROOT, removeDir, startServer } from '../support/server';
import { median } from './report';

const DIST = join(ROOT, 'client', 'dist');

export type ClientResult = {
  /** Gzip kB of every JS file the room requested on a step without the whiteboard. */
  roomJsGzipKb: number;
  roomJsFiles: number;
  /** Gzip kB of all JS the build emitted (the whiteboard included). */
  totalJsGzipKb: number;
  /** Gzip kB of the largest chunk, and whether the room loaded it. */
  largestChunk: { file: string; gzipKb: number; loadedByRoom: boolean };
  /** Median ms from navigation until the agenda rail and the notes field are usable. */
  roomInteractiveMs: number;
  /** Median ms until both sync sockets are connected as well. */
  roomConnectedMs: number;
  runs: number[];
};

export function buildClient(): void {
  execFileSync('pnpm', ['--filter', '@naervaer/client', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength / 1024;

function distJs(): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const name of readdirSync(join(DIST, 'assets'))) if (name.endsWith('.js')) sizes.set(`/assets/${name}`, gzipKb(join(DIST, 'assets', name)));
  return sizes;
}

/** Opens a room as its facilitator `runs` times, each in a fresh browser context (empty cache). */
export async function measureClient(runs: number): Promise<ClientResult> {
  const sizes = distJs();
  if (sizes.size === 0) throw new Error('client/dist has no JavaScript: build the client first');
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead, { title: 'Samarbeidsmøte for Sofie' });
    const cookies = lead.cookieHeader.split('; ').map((pair) => {
      const [name, ...value] = pair.split('=');
      return { name: name!, value: value.join('='), url: server.url };
    });
    const timings: number[] = [];
    const connected: number[] = [];
    let loaded = new Set<string>();
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nb-NO' });
      await context.addCookies(cookies);
      const page = await context.newPage();
      const js = new Set<string>();
      page.on('request', (req) => {
        const path = new URL(req.url()).pathname;
        if (sizes.has(path)) js.add(path);
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const start = performance.now();
      await page.goto(`${server.url}/m/${meetingId}`, { waitUntil: 'commit' });
      await page.locator('.agenda-rail button').first().waitFor({ state: 'visible', timeout: 60_000 });
      const notes = page.locator('#step .step-notes textarea').first();
      await notes.waitFor({ state: 'visible', timeout: 60_000 });
      await page.waitForFunction(() => {
        const t = document.querySelector('#step .step-notes textarea') as HTMLTextAreaElement | null;
        return !!t && !t.disabled && !t.readOnly;
      });
      timings.push(performance.now() - start);
      await page.locator('.connection[data-state="connected"]').waitFor({ timeout: 60_000 });
      connected.push(performance.now() - start);
      // Usable means usable: what is typed shows up.
      await notes.fill('Benk');
      if ((await notes.inputValue()) !== 'Benk') throw new Error('the notes field did not take typing');
      await notes.fill('');
      loaded = js;
      await context.close();
    }
    const roomJs = [...loaded].reduce((n, f) => n + sizes.get(f)!, 0);
    const [largest, largestKb] = [...sizes].sort((a, b) => b[1] - a[1])[0]!;
    return {
      roomJsGzipKb: roomJs,
      roomJsFiles: loaded.size,
      totalJsGzipKb: [...sizes.values()].reduce((a, b) => a + b, 0),
      largestChunk: { file: largest, gzipKb: largestKb, loadedByRoom: loaded.has(largest) },
      roomInteractiveMs: median(timings),
      roomConnectedMs: median(connected),
      runs: timings,
    };
  } finally {
    await browser.close();
    await server.close();
    removeDir(server.dataDir);
  }
}
