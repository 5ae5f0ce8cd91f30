import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createMeeting, facilitator } from '../support/http';
import { SERVER_BUNDLE, type ServerProcess, removeDir, spawnServer, tempDataDir } from '../support/server';

const dirs: string[] = [];
let server: ServerProcess | null = null;
afterAll(async () => {
  await server?.stop();
  dirs.forEach(removeDir);
});

// The crash and durability tests run this same bundle; here are the parts they do not reach.
describe('the bundled server, as npm start runs it', () => {
  it('is Latin-1 text throughout, so V8 holds its source one byte a character', () => {
    // One character above U+00FF (a typographic apostrophe in a regular expression, say) makes V8
    // keep the whole 1.7 MB source as two-byte text for the life of the process: 1.7 MB more heap.
    const source = readFileSync(SERVER_BUNDLE, 'utf8');
    const wide = [...source.matchAll(/[^\u0000-\u00ff]/gu)].map((m) => `${JSON.stringify(m[0])} at ${m.index}: ${source.slice(Math.max(0, m.index - 40), m.index + 10)}`);
    expect(wide).toEqual([]);
  });

  it('serves the app, answers the API with its documented errors and renders a minutes PDF', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    server = await spawnServer(dataDir);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');

    // A page of the app's own router gets the app, to be revalidated; a built asset is cached for good;
    // a file that is not there is a 404, not the app; nothing outside the built client is served.
    const deep = await fetch(`${server.url}/m/some-meeting/prepare`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect(await deep.text()).toContain('<div id="root">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const asset = await fetch(`${server.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const missing = await fetch(`${server.url}/assets/no-such-chunk.js`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
    for (const path of ['/..%2f..%2fpackage.json', '/assets/..%2f..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json']) {
      const outside = await fetch(`${server.url}${path}`);
      expect(await outside.text(), path).not.toContain('"name"');
    }

    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead, { title: 'Samarbeidsmøte', school: 'Nordby skole' });
    const bad = await lead.request('POST', '/api/meetings', '{"title":');
    expect(bad.status).toBe(400);
    expect(bad.json.error).toBe('invalid_request');

    // pdfmake stays outside the bundle and loads with the first PDF.
    const res = await fetch(`${server.url}/api/meetings/${meetingId}/minutes.pdf`, { headers: { cookie: lead.cookieHeader } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(5000);
  });
});
