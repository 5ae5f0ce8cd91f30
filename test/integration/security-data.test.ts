import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepNotes } from '@naervaer/shared/doc';
import { CloseCode } from '@naervaer/shared/protocol';
import { sweepRetention } from '@naervaer/server/retention/sweep';
import { meetingFilesDir } from '@naervaer/server/storage/files';
import { HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { type TestServer, serversOfThisFile } from '../support/server';
import { connect, eventually, synced } from '../support/yclient';

const startFileServer = serversOfThisFile();
async function serverWithClock(env: Record<string, string> = {}) {
  const clock = { now: Date.parse('2026-11-26T08:00:00Z') };
  const server = await startFileServer({ env: { RETENTION_SWEEP_MINUTES: '0', ...env }, now: () => new Date(clock.now) });
  return { server, clock };
}

type Db = { prepare(sql: string): { all(...a: unknown[]): unknown[]; get(...a: unknown[]): unknown; run(...a: unknown[]): unknown } };
const dbOf = (server: TestServer) => (server.app.ctx.storage as unknown as { db: Db }).db;

/** A second facilitator account, made by the admin (the first account). */
async function secondFacilitator(server: TestServer, admin: HttpClient, email = 'bjorn.rektor@skole.no') {
  const created = await admin.request('POST', '/api/admin/accounts', { email, name: 'Bjørn Rektor', password: 'et-annet-passord-456' });
  expect(created.status).toBe(201);
  const client = new HttpClient(server.url);
  expect((await client.request('POST', '/api/auth/login', { email, password: 'et-annet-passord-456' })).status).toBe(200);
  return client;
}

/** Records a finalized minutes version the way the minutes feature does (table minutes_versions). */
function finalize(server: TestServer, meetingId: string, at: string) {
  const db = dbOf(server);
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'minutes_versions'").get();
  if (!exists) {
    db.prepare(
      'CREATE TABLE minutes_versions (id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE, version INTEGER NOT NULL, created_at TEXT NOT NULL)',
    ).run();
  }
  // Fill whatever columns the minutes feature's table requires with plausible values.
  const columns = db.prepare('PRAGMA table_info(minutes_versions)').all() as { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }[];
  const values: Record<string, unknown> = {};
  for (const c of columns) {
    if (c.name === 'meeting_id') values[c.name] = meetingId;
    else if (c.name === 'created_at') values[c.name] = at;
    else if (c.name === 'version') values[c.name] = Number((db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS v FROM minutes_versions WHERE meeting_id = ?').get(meetingId) as { v: number }).v);
    else if (c.name === 'document') values[c.name] = 'minutes';
    else if (c.notnull || c.pk) values[c.name] = /INT|REAL/i.test(c.type) ? 1 : /BLOB/i.test(c.type) ? Buffer.from('pdf') : `${c.name}-${meetingId}-${at}`;
  }
  const names = Object.keys(values);
  db.prepare(`INSERT INTO minutes_versions (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...Object.values(values));
}

describe('the audit log', () => {
  it('records who joined, left, invited, revoked and deleted, from where and when, for the facilitator and the admin, without any meeting content', async () => {
    const { server } = await serverWithClock();
    const admin = await facilitator(server.url);
    const lead = await secondFacilitator(server, admin);
    const meetingId = await createMeeting(lead, { title: 'Samarbeidsmøte for Ola Nordmann', school: 'Fjell skole' });
    const link = await invite(lead, meetingId, 'participant', 'Kari Helse', 'helsesykepleier');
    const guest = new HttpClient(server.url);
    expect((await guest.request('POST', '/api/join', { token: link.token })).status).toBe(200);
    const client = connect(server.wsUrl, meetingId, 'content', { cookie: guest.cookieHeader });
    await synced(client);
    stepNotes(client.doc, 'information').insert(0, 'Ola har vondt i magen hver mandag');
    await eventually(async () => (await server.app.ctx.storage.docs.count(meetingId, 'content')) > 0, 'stored');
    expect((await lead.request('DELETE', `/api/meetings/${meetingId}/invitations/${link.id}`)).status).toBe(204);
    await eventually(() => client.closes.includes(CloseCode.revoked), 'revoked');
    client.destroy();

    const read = await eventually(async () => {
      const res = await lead.request('GET', `/api/meetings/${meetingId}/audit`);
      return res.json.entries.some((e: { action: string }) => e.action === 'meeting.left');
    }, 'left is logged').then(() => lead.request('GET', `/api/meetings/${meetingId}/audit`));
    expect(read.status).toBe(200);
    const actions = read.json.entries.map((e: { action: string }) => e.action).reverse();
    expect(actions).toEqual(['meeting.created', 'invitation.created', 'invitation.used', 'meeting.joined', 'invitation.revoked', 'meeting.left']);
    for (const e of read.json.entries) {
      expect(e.ip).toBe('127.0.0.1');
      expect(Date.parse(e.at)).not.toBeNaN();
      expect(e.meetingId).toBe(meetingId);
    }
    const joined = read.json.entries.find((e: { action: string }) => e.action === 'meeting.joined');
    expect(joined).toMatchObject({ actor: `invitation:${link.id}`, actorName: 'Kari Helse', detail: { role: 'participant' } });
    const revoked = read.json.entries.find((e: { action: string }) => e.action === 'invitation.revoked');
    expect(revoked).toMatchObject({ actorName: 'Bjørn Rektor', subject: `invitation:${link.id}` });

    // The admin reads every meeting's entries and the logins; nobody else reads another's.
    const all = await admin.request('GET', '/api/admin/audit');
    expect(all.status).toBe(200);
    const allActions = all.json.entries.map((e: { action: string }) => e.action);
    expect(allActions).toEqual(expect.arrayContaining(['account.setup', 'account.created', 'account.login', 'meeting.created', 'invitation.revoked']));
    expect((await lead.request('GET', '/api/admin/audit')).status).toBe(403);
    expect((await admin.request('GET', `/api/meetings/${meetingId}/audit`)).status).toBe(403);
    expect((await admin.request('GET', `/api/meetings/${meetingId}`)).status).toBe(403);
    const participant = await invite(lead, meetingId, 'participant');
    const other = new HttpClient(server.url);
    await other.request('POST', '/api/join', { token: participant.token });
    expect((await other.request('GET', `/api/meetings/${meetingId}/audit`)).status).toBe(403);

    // Paging: newest first, `before` continues.
    const firstPage = await admin.request('GET', '/api/admin/audit?limit=2');
    expect(firstPage.json.entries).toHaveLength(2);
    const next = await admin.request('GET', `/api/admin/audit?limit=2&before=${firstPage.json.nextBefore}`);
    expect(next.json.entries[0].id).toBeLessThan(firstPage.json.entries[1].id);

    const dump = JSON.stringify(dbOf(server).prepare('SELECT * FROM audit_log').all());
    for (const content of ['Ola', 'Nordmann', 'Fjell skole', 'vondt i magen', 'Samarbeidsmøte']) expect(dump).not.toContain(content);
  });
});

describe('deleting a meeting', () => {
  it('removes its document, history, invitations and files from the database and the disk, closes its sockets, and the audit log keeps that it happened', async () => {
    const { server } = await serverWithClock();
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const keptId = await createMeeting(lead);
    const link = await invite(lead, meetingId, 'participant', 'Mor til eleven', 'foresatt');
    const writer = connect(server.wsUrl, meetingId, 'content', { token: link.token });
    const keptWriter = connect(server.wsUrl, keptId, 'content', { cookie: lead.cookieHeader });
    await Promise.all([synced(writer), synced(keptWriter)]);
    const secret = 'SLETTEMERKE-7f3a9c-Ola-er-redd-for-matteprøven';
    const notes = stepNotes(writer.doc, 'information');
    // Many small edits (a long history), then a compaction on unload would merge them: both must vanish.
    for (let i = 0; i < 40; i++) notes.insert(notes.length, `${secret} ${i}\n`);
    stepNotes(keptWriter.doc, 'information').insert(0, 'Dette møtet består.');
    await eventually(async () => (await server.app.ctx.storage.docs.count(meetingId, 'content')) >= 1, 'stored');
    await eventually(async () => (await server.app.ctx.storage.docs.count(keptId, 'content')) >= 1, 'kept stored');
    // A minutes PDF on disk, where the minutes feature writes them.
    const files = meetingFilesDir(server.dataDir, meetingId);
    mkdirSync(files, { recursive: true });
    writeFileSync(join(files, 'referat-v1.pdf'), `%PDF-1.7 ${secret}`);

    const participant = new HttpClient(server.url);
    await participant.request('POST', '/api/join', { token: (await invite(lead, meetingId, 'participant')).token });
    expect((await participant.request('DELETE', `/api/meetings/${meetingId}`)).status).toBe(403);

    const onDisk = () =>
      readdirSync(server.dataDir)
        .filter((n) => n.startsWith('naervaer.sqlite'))
        .filter((n) => readFileSync(join(server.dataDir, n)).includes(Buffer.from('SLETTEMERKE-7f3a9c')));
    expect(onDisk().length).toBeGreaterThan(0); // it really was on disk before
    expect((await lead.request('DELETE', `/api/meetings/${meetingId}`)).status).toBe(204);
    await eventually(() => writer.closes.includes(CloseCode.meetingDeleted), 'socket closed with 4411');
    writer.destroy();
    expect((await lead.request('GET', `/api/meetings/${meetingId}`)).status).toBe(404);
    expect((await lead.request('DELETE', `/api/meetings/${meetingId}`)).status).toBe(404);
    expect(existsSync(files)).toBe(false);

    const db = dbOf(server);
    for (const table of ['meetings', 'invitations', 'doc_updates']) {
      const column = table === 'meetings' ? 'id' : 'meeting_id';
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`).get(meetingId), table).toEqual({ n: 0 });
    }
    expect(db.prepare("SELECT COUNT(*) AS n FROM sessions WHERE invitation_id IS NOT NULL AND invitation_id NOT IN (SELECT id FROM invitations)").get()).toEqual({ n: 0 });
    // Not just unlinked: the bytes are gone from the database file and its write-ahead log.
    expect(onDisk()).toEqual([]);
    // The other meeting is untouched.
    const reader = connect(server.wsUrl, keptId, 'content', { cookie: lead.cookieHeader });
    await synced(reader);
    expect(stepNotes(reader.doc, 'information').toString()).toBe('Dette møtet består.');
    reader.destroy();
    keptWriter.destroy();

    const audit = (db.prepare('SELECT * FROM audit_log WHERE meeting_id = ? ORDER BY id').all(meetingId) as { action: string; actor_name: string | null; subject_name: string | null; actor: string; detail: string }[]);
    const deleted = audit.find((e) => e.action === 'meeting.deleted')!;
    expect(deleted.actor_name).toBe('Anne Leder');
    expect(JSON.parse(deleted.detail)).toMatchObject({ reason: 'facilitator' });
    // Guests' names go with the meeting; that they were invited and joined stays.
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['invitation.created', 'meeting.joined']));
    expect(JSON.stringify(audit)).not.toContain('Mor til eleven');
  });
});

describe('retention', () => {
  it('deletes an anonymous consultation a day after it started, and no sooner', async () => {
    const { server, clock } = await serverWithClock();
    const lead = await facilitator(server.url);
    const anonymous = await createMeeting(lead, { kind: 'anonymous', title: 'Anonym drøfting', startsAt: new Date(clock.now).toISOString() });
    clock.now += 23 * 3_600_000;
    expect((await sweepRetention(server.app.ctx)).deletedMeetings).toEqual([]);
    clock.now += 2 * 3_600_000;
    const lead2 = await facilitator(server.url);
    expect((await sweepRetention(server.app.ctx)).deletedMeetings).toEqual([anonymous]);
    expect((await lead2.request('GET', `/api/meetings/${anonymous}`)).status).toBe(404);
    const entry = dbOf(server).prepare("SELECT * FROM audit_log WHERE action = 'meeting.deleted'").get() as { actor: string; detail: string };
    expect(entry.actor).toBe('system');
    expect(JSON.parse(entry.detail)).toMatchObject({ reason: 'retention', rule: 'anonymous' });
  });

  it('deletes a meeting 30 days after its minutes were last finalized, keeps the others, and deletes never-finalized ones after 90 days', async () => {
    const { server, clock } = await serverWithClock();
    const lead = await facilitator(server.url);
    const start = new Date(clock.now).toISOString();
    const finalized = await createMeeting(lead, { startsAt: start });
    const refinalized = await createMeeting(lead, { startsAt: start });
    const draft = await createMeeting(lead, { startsAt: start });
    finalize(server, finalized, new Date(clock.now + 3_600_000).toISOString());
    finalize(server, refinalized, new Date(clock.now + 3_600_000).toISOString());
    clock.now += 20 * 86_400_000;
    // A new version 20 days later restarts that meeting's count.
    finalize(server, refinalized, new Date(clock.now).toISOString());
    clock.now += 11 * 86_400_000;
    expect((await sweepRetention(server.app.ctx)).deletedMeetings).toEqual([finalized]);
    clock.now += 20 * 86_400_000;
    expect((await sweepRetention(server.app.ctx)).deletedMeetings).toEqual([refinalized]);
    clock.now += 40 * 86_400_000;
    expect((await sweepRetention(server.app.ctx)).deletedMeetings).toEqual([draft]);
  });

  it('removes expired sessions and audit entries older than the audit retention', async () => {
    const { server, clock } = await serverWithClock({ AUDIT_RETENTION_DAYS: '10' });
    await facilitator(server.url);
    clock.now += 11 * 86_400_000;
    const result = await sweepRetention(server.app.ctx);
    expect(result.expiredSessions).toBe(1);
    expect(result.auditEntriesRemoved).toBeGreaterThanOrEqual(1);
    expect(dbOf(server).prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });
});
