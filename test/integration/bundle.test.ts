import { afterAll, describe, expect, it } from 'vitest';
import { createMeeting, facilitator } from '../support/http';
import { type ServerProcess, removeDir, spawnServer, tempDataDir } from '../support/server';

const dirs: string[] = [];
let server: ServerProcess | null = null;
afterAll(async () => {
  await server?.stop();
  dirs.forEach(removeDir);
});

// The crash and durability tests run this same bundle; here are the parts they do not reach.
describe('the bundled server, as npm start runs it', () => {
  it('serves the app, answers the API with its documented errors and renders a minutes PDF', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    server = await spawnServer(dataDir);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

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
