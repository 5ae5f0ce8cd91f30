/** Headless Chromium for tests, with every request recorded so a test can prove nothing leaves the origin. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type TestServer, removeDir, startServer } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How long a browser wait (an element, a navigation) may take before a test fails: generous, never a speed target. */
export const WAIT_MS = 45_000;

export const VIEWPORTS = {
  projector: { width: 1920, height: 1080 },
  laptop: { width: 1366, height: 768 },
  smallLaptop: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
} as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Norwegian browser: date fields show dd.mm.åååå as they do for the app's users.
      '--lang=nb-NO',
    ],
    // Playwright gives every launch a fresh, empty profile directory of its own.
  });
}

/** A browser context whose requests are all recorded in `requests`. */
export async function recordingContext(browser: Browser, viewport: { width: number; height: number } = VIEWPORTS.laptop) {
  const context: BrowserContext = await browser.newContext({ viewport, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  // Waits are for conditions; this only bounds how long one may take on a slow, busy machine.
  context.setDefaultTimeout(WAIT_MS);
  const requests: string[] = [];
  context.on('request', (req) => requests.push(req.url()));
  const page: Page = await context.newPage();
  page.on('websocket', (ws) => requests.push(ws.url()));
  return { context, page, requests };
}

/** Requests that went anywhere but the app's own origin (http and ws on the same host and port). */
export function foreignRequests(requests: readonly string[], appUrl: string): string[] {
  const app = new URL(appUrl);
  return requests.filter((r) => {
    if (r.startsWith('data:') || r.startsWith('blob:')) return false;
    const u = new URL(r);
    return u.host !== app.host;
  });
}

export const ARTIFACTS = join(import.meta.dirname, '..', '.artifacts');

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function axeViolations(page: Page, options: { exclude?: string[] } = {}) {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const results = await page.evaluate(async (exclude) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run({ exclude: exclude.map((e) => [e]) }, { resultTypes: ['violations'] });
  }, options.exclude ?? []);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

/**
 * A browser test file's real server and Chromium: started before its tests, stopped and cleaned up
 * after them. Read `suite.server` and `suite.browser` inside tests and hooks.
 */
export function browserSuite(options: Parameters<typeof startServer>[0] = {}): { readonly server: TestServer; readonly browser: Browser } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (server) removeDir(server.dataDir);
  });
  return {
    get server() {
      if (!server) throw new Error('the suite has not started yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the suite has not started yet');
      return browser;
    },
  };
}
