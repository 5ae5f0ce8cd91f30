/**
 * The mapping (step 7) on the server: every meeting stores its area set when it is created, the
 * structured mapping is read from the stored document (also after a restart), and observers cannot
 * change it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMappingItem, moveMappingItem, readMapping, toMappingItem, updateMappingItem } from '@naervaer/shared/mapping-doc';
import { CloseCode } from '@naervaer/shared/protocol';
import { defaultSystemAreas } from '@naervaer/shared/system-model';
import { type HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { type TestServer, removeDir, startServer, tempDataDir } from '../support/server';
import { type YClient, connect, eventually, sleep, synced } from '../support/yclient';

const clients: YClient[] = [];
const open = (...args: Parameters<typeof connect>) => {
  const c = connect(...args);
  clients.push(c);
  return c;
};
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

const servers: TestServer[] = [];
async function start(dataDir?: string, env?: Record<string, string>) {
  const s = await startServer({ ...(dataDir ? { dataDir } : {}), ...(env ? { env } : {}) });
  servers.push(s);
  return s;
}
afterAll(async () => {
  for (const s of servers) await s.close().catch(() => undefined);
  for (const dir of new Set(servers.map((s) => s.dataDir))) removeDir(dir);
});

async function storedMapping(server: TestServer, meetingId: string) {
  const stored = await server.app.ctx.storage.docs.load(meetingId, 'content');
  const doc = new Y.Doc();
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return readMapping(doc);
}

describe('the mapping on the server', () => {
  let server: TestServer;
  let lead: HttpClient;
  beforeAll(async () => {
    server = await start();
    lead = await facilitator(server.url);
  });

  it('gives every new meeting the eight default areas in the meeting’s language, stored with its content', async () => {
    const nb = await createMeeting(lead);
    const nn = await createMeeting(lead, { language: 'nn' });
    expect((await storedMapping(server, nb)).areas).toEqual(defaultSystemAreas('nb'));
    expect((await storedMapping(server, nn)).areas).toEqual(defaultSystemAreas('nn'));
    const res = await lead.request('GET', `/api/meetings/${nb}/mapping`);
    expect(res.status).toBe(200);
    expect(res.json.areas.map((a: { name: string }) => a.name)).toContain('Skole – sosialt og læringsmiljø');
    expect(res.json.items).toEqual([]);
  });

  it('reads what participants mapped from the stored document, the same as the clients see, also after a restart', async () => {
    const dataDir = tempDataDir();
    let s = await start(dataDir);
    const f = await facilitator(s.url);
    const meetingId = await createMeeting(f);
    const { token } = await invite(f, meetingId, 'participant', 'Kari', 'helsesykepleier');
    const kari = open(s.wsUrl, meetingId, 'content', { token });
    const anne = open(s.wsUrl, meetingId, 'content', { cookie: f.cookieHeader });
    await Promise.all([synced(kari), synced(anne)]);

    const risk = addMappingItem(kari.doc, { kind: 'risk', areaId: 'schoolSocial', text: 'Blir ertet i friminuttene', saidBy: 'kari', saidByName: 'Kari' });
    const resource = addMappingItem(anne.doc, { kind: 'resource', areaId: 'friends', text: 'Spiller fotball' });
    await eventually(() => readMapping(anne.doc).items.length === 2 && readMapping(kari.doc).items.length === 2, 'both see both');
    moveMappingItem(anne.doc, risk, 'family');
    updateMappingItem(kari.doc, resource, { text: 'Spiller fotball på tirsdager' });
    await eventually(
      () => JSON.stringify(readMapping(anne.doc).items) === JSON.stringify(readMapping(kari.doc).items) && readMapping(kari.doc).items.some((i) => i.areaId === 'family'),
      'both agree',
    );
    const seen = readMapping(kari.doc).items.map(toMappingItem);
    await eventually(async () => JSON.stringify((await storedMapping(s, meetingId)).items.map(toMappingItem)) === JSON.stringify(seen), 'stored');

    const before = await f.request('GET', `/api/meetings/${meetingId}/mapping`);
    expect(before.json.items).toEqual(seen);
    expect(before.json.summary.totals).toEqual({ resources: 1, risks: 1 });
    expect(before.json.summary.areas.find((a: { area: { id: string } }) => a.area.id === 'family').risks[0].text).toBe('Blir ertet i friminuttene');

    for (const c of clients.splice(0)) c.destroy();
    await s.close();
    s = await start(dataDir);
    const after = await (await facilitator(s.url)).request('GET', `/api/meetings/${meetingId}/mapping`);
    expect(after.status).toBe(200);
    expect(after.json.items).toEqual(seen);
    const fresh = open(s.wsUrl, meetingId, 'content', { token });
    await synced(fresh);
    expect(readMapping(fresh.doc).items.map(toMappingItem)).toEqual(seen);
  });

  it('closes an observer who tries to change the mapping, and stores nothing of it', async () => {
    const meetingId = await createMeeting(lead);
    const { token } = await invite(lead, meetingId, 'observer', 'Per', 'ppt');
    const observer = open(server.wsUrl, meetingId, 'content', { token });
    await synced(observer);
    addMappingItem(observer.doc, { kind: 'risk', areaId: 'health', text: 'Skulle ikke stå her' });
    await eventually(() => observer.closes.includes(CloseCode.forbiddenWrite), 'observer closed with 4403');
    await sleep(100);
    expect((await storedMapping(server, meetingId)).items).toEqual([]);
    expect((await lead.request('GET', `/api/meetings/${meetingId}/mapping`)).json.items).toEqual([]);
  });

  it('gives new meetings the municipality’s own areas when they are configured', async () => {
    const areas = [
      { id: 'self', name: 'Barnet selv' },
      { id: 'sfo', name: 'SFO', description: 'Skolefritidsordningen' },
    ];
    const s = await start(undefined, { SYSTEM_MODEL_AREAS: JSON.stringify(areas) });
    const f = await facilitator(s.url);
    const meetingId = await createMeeting(f);
    expect((await storedMapping(s, meetingId)).areas).toEqual(areas);
  });
});
