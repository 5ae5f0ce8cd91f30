import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stepNotes } from '@naervaer/shared/doc';
import { meetingFilesDir } from '@naervaer/server/storage/files';
import { FACILITATOR, HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { ROOT, type TestServer, removeDir, startServer, tempDataDir } from '../support/server';
import { connect, eventually, synced } from '../support/yclient';

const dirs: string[] = [];
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  dirs.forEach(removeDir);
});

/** The script behind the documented command `pnpm --filter @naervaer/server backup …`: the bundled command, as production runs it (`npm test` builds it first). */
function backupCommand(args: string[], dataDir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    // What `pnpm --filter @naervaer/server backup` runs, started directly: pnpm itself may be a
    // native binary or a script depending on how it was installed.
    const child = spawn(process.execPath, [join(ROOT, 'server', 'dist', 'backup.mjs'), ...args], {
      cwd: join(ROOT, 'server'),
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('backup and restore', () => {
  it('backs up a running server with live clients typing, and a fresh server on the restored data finds the meetings, documents, files and links intact', async () => {
    const dataDir = tempDataDir();
    const backupDir = join(tempDataDir(), 'backup-1');
    const restoredDir = join(tempDataDir(), 'restored');
    dirs.push(dataDir, backupDir, restoredDir);
    const server = await startServer({ dataDir });
    servers.push(server);
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead, { title: 'Samarbeidsmøte' });
    const otherId = await createMeeting(lead, { kind: 'anonymous', title: 'Anonym drøfting' });
    const { token } = await invite(lead, meetingId, 'participant', 'Kari', 'helsesykepleier');
    const writer = connect(server.wsUrl, meetingId, 'content', { token });
    const watcher = connect(server.wsUrl, meetingId, 'content', { cookie: lead.cookieHeader });
    await Promise.all([synced(writer), synced(watcher)]);
    const notes = stepNotes(writer.doc, 'information');
    notes.insert(0, 'Før sikkerhetskopien.\n');
    await eventually(() => stepNotes(watcher.doc, 'information').toString().includes('Før sikkerhetskopien.'), 'seen before backup');
    mkdirSync(meetingFilesDir(dataDir, meetingId), { recursive: true });
    writeFileSync(join(meetingFilesDir(dataDir, meetingId), 'referat-v1.pdf'), '%PDF-1.7 referat');

    // Keep typing while the backup runs.
    let n = 0;
    const typing = setInterval(() => notes.insert(notes.length, `under kopiering ${n++}\n`), 5);
    const seenBefore = stepNotes(watcher.doc, 'information').toString();
    const backup = await backupCommand([backupDir], dataDir);
    clearInterval(typing);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain('backed up 2 meetings');
    expect(n).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['naervaer.sqlite', `meetings/${meetingId}/referat-v1.pdf`]));
    writer.destroy();
    watcher.destroy();

    const restore = await backupCommand(['--restore', backupDir], restoredDir);
    expect(restore.code, restore.out).toBe(0);
    // Restoring over existing data needs --force.
    const again = await backupCommand(['--restore', backupDir], restoredDir);
    expect(again.code).toBe(1);
    expect(again.out).toContain('--force');

    const fresh = await startServer({ dataDir: restoredDir });
    servers.push(fresh);
    const client = new HttpClient(fresh.url);
    expect((await client.request('POST', '/api/auth/login', { email: FACILITATOR.email, password: FACILITATOR.password })).status).toBe(200);
    const meetings = await client.request('GET', '/api/meetings');
    expect(meetings.json.map((m: { id: string }) => m.id).sort()).toEqual([meetingId, otherId].sort());
    const reader = connect(fresh.wsUrl, meetingId, 'content', { token });
    await synced(reader);
    const restored = stepNotes(reader.doc, 'information').toString();
    reader.destroy();
    // Everything seen before the backup started, and then a consistent cut of the typing: whole lines, in order.
    expect(restored.startsWith(seenBefore)).toBe(true);
    const lines = restored.split('\n').filter(Boolean).slice(1);
    expect(lines).toEqual(lines.map((_, i) => `under kopiering ${i}`));
    expect(readFileSync(join(meetingFilesDir(restoredDir, meetingId), 'referat-v1.pdf'), 'utf8')).toBe('%PDF-1.7 referat');
  });

  it('refuses a damaged backup before touching the data directory', async () => {
    const dataDir = tempDataDir();
    const backupDir = join(tempDataDir(), 'backup');
    const target = join(tempDataDir(), 'target');
    dirs.push(dataDir, backupDir, target);
    const server = await startServer({ dataDir });
    servers.push(server);
    await createMeeting(await facilitator(server.url));
    expect((await backupCommand([backupDir], dataDir)).code).toBe(0);
    const db = join(backupDir, 'naervaer.sqlite');
    const bytes = readFileSync(db);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(db, bytes);
    const restore = await backupCommand(['--restore', backupDir], target);
    expect(restore.code).toBe(1);
    expect(restore.out).toContain('missing or damaged');
  });
});
