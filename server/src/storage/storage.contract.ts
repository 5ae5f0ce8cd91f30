/**
 * The behaviour every Storage implementation must have. Run it against each implementation
 * (sqlite.test.ts does for SQLite; a PostgreSQL store would run the same suite).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Storage } from './storage';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute)).toISOString();

export function storageContract(name: string, open: () => Promise<{ storage: Storage; reopen: () => Promise<Storage> }>) {
  describe(`${name} storage`, () => {
    async function withMeeting(storage: Storage) {
      await storage.accounts.create({ id: 'a1', email: 'anne@skole.no', name: 'Anne', passwordHash: 'h', createdAt: at(0) });
      await storage.meetings.create({
        id: 'm1', kind: 'named', title: 'Møte', school: 'Fjell skole', startsAt: at(30), language: 'nb', facilitatorId: 'a1', createdAt: at(1),
      });
    }

    it('keeps accounts, finding them by email regardless of case', async () => {
      const { storage } = await open();
      expect(await storage.accounts.count()).toBe(0);
      await withMeeting(storage);
      expect(await storage.accounts.count()).toBe(1);
      expect((await storage.accounts.findByEmail('ANNE@skole.no'))?.id).toBe('a1');
      expect(await storage.accounts.find('nobody')).toBeNull();
    });

    it('keeps meetings, invitations and sessions, and revokes invitations', async () => {
      const { storage } = await open();
      await withMeeting(storage);
      expect((await storage.meetings.listForFacilitator('a1')).map((m) => m.title)).toEqual(['Møte']);
      expect((await storage.meetings.find('m1'))?.endedAt).toBeNull();
      await storage.meetings.setEnded('m1', at(40));
      expect((await storage.meetings.find('m1'))?.endedAt).toBe(at(40));
      await storage.meetings.setEnded('m1', null);
      expect((await storage.meetings.find('m1'))?.endedAt).toBeNull();
      expect(await storage.meetings.contentVersion('m1')).toBe(1);
      await storage.meetings.setContentVersion('m1', 2);
      expect(await storage.meetings.contentVersion('m1')).toBe(2);
      expect(await storage.meetings.contentVersion('no-such-meeting')).toBeNull();
      await storage.invitations.create({
        id: 'i1', meetingId: 'm1', tokenHash: 'th', role: 'participant', name: 'Kari', service: 'helsesykepleier', presence: 'remote',
        participantId: 'p-helse', createdAt: at(2), expiresAt: at(59), revokedAt: null,
      });
      await storage.sessions.create({ tokenHash: 's1', accountId: null, invitationId: 'i1', createdAt: at(3), lastSeenAt: at(3), expiresAt: at(59) });
      expect((await storage.invitations.findByTokenHash('th'))?.name).toBe('Kari');
      expect((await storage.invitations.find('i1'))?.participantId).toBe('p-helse');
      expect((await storage.invitations.find('i1'))?.loginProvider).toBeNull();
      await storage.invitations.create({
        id: 'i2', meetingId: 'm1', tokenHash: 'th2', role: 'participant', name: 'Mor', service: 'foresatt', presence: 'room',
        participantId: null, createdAt: at(2), expiresAt: at(59), revokedAt: null, loginProvider: 'idporten',
      });
      expect(await storage.invitations.find('i2')).toMatchObject({ loginProvider: 'idporten', boundIdentity: null, boundAt: null });
      expect(await storage.invitations.bind('i2', 'hash-of-her', at(3))).toBe(true);
      expect(await storage.invitations.bind('i2', 'hash-of-someone-else', at(4))).toBe(false);
      expect(await storage.invitations.find('i2')).toMatchObject({ boundIdentity: 'hash-of-her', boundAt: at(3) });
      await storage.invitations.revoke('i1', at(4));
      expect((await storage.invitations.find('i1'))?.revokedAt).toBe(at(4));
      await storage.sessions.deleteForInvitation('i1');
      expect(await storage.sessions.find('s1')).toBeNull();
    });

    it('deletes expired sessions only', async () => {
      const { storage } = await open();
      await withMeeting(storage);
      await storage.sessions.create({ tokenHash: 'old', accountId: 'a1', invitationId: null, createdAt: at(0), lastSeenAt: at(0), expiresAt: at(10) });
      await storage.sessions.create({ tokenHash: 'new', accountId: 'a1', invitationId: null, createdAt: at(0), lastSeenAt: at(0), expiresAt: at(50) });
      expect(await storage.sessions.deleteExpired(at(20))).toBe(1);
      expect(await storage.sessions.find('new')).not.toBeNull();
    });

    it('lists, deactivates and re-keys accounts, links and unlinks identities, and ends all of an account’s sessions', async () => {
      const { storage } = await open();
      await withMeeting(storage);
      await storage.accounts.create({ id: 'a2', email: 'bo@skole.no', name: 'bo', passwordHash: 'h', createdAt: at(0) });
      expect((await storage.accounts.list()).map((a) => a.name)).toEqual(['Anne', 'bo']);
      expect((await storage.accounts.find('a1'))?.deactivatedAt).toBeNull();
      await storage.accounts.setDeactivated('a1', at(5));
      expect((await storage.accounts.find('a1'))?.deactivatedAt).toBe(at(5));
      await storage.accounts.setDeactivated('a1', null);
      expect((await storage.accounts.find('a1'))?.deactivatedAt).toBeNull();
      await storage.accounts.setPasswordHash('a1', 'h2');
      expect((await storage.accounts.find('a1'))?.passwordHash).toBe('h2');

      await storage.identities.link({ provider: 'feide', subject: 'x:1', accountId: 'a1', createdAt: at(1) });
      await storage.identities.link({ provider: 'entra', subject: 't:o', accountId: 'a1', createdAt: at(2), byAdmin: true });
      expect((await storage.identities.find('entra', 't:o'))?.byAdmin).toBe(true);
      expect((await storage.identities.find('feide', 'x:1'))?.byAdmin).toBe(false);
      expect((await storage.identities.listForAccount('a1')).map((i) => i.provider)).toEqual(['entra', 'feide']);
      expect(await storage.identities.unlink('a2', 'feide', 'x:1')).toBe(false);
      expect(await storage.identities.unlink('a1', 'feide', 'x:1')).toBe(true);
      expect(await storage.identities.find('feide', 'x:1')).toBeNull();

      await storage.sessions.create({ tokenHash: 's1', accountId: 'a1', invitationId: null, createdAt: at(0), lastSeenAt: at(0), expiresAt: at(50) });
      await storage.sessions.create({ tokenHash: 's2', accountId: 'a1', invitationId: null, createdAt: at(0), lastSeenAt: at(0), expiresAt: at(50) });
      await storage.sessions.create({ tokenHash: 's3', accountId: 'a2', invitationId: null, createdAt: at(0), lastSeenAt: at(0), expiresAt: at(50) });
      await storage.sessions.create({ tokenHash: 's4', accountId: 'a1', invitationId: null, createdAt: at(0), lastSeenAt: at(0), expiresAt: at(50), provider: 'feide' });
      expect(await storage.sessions.deleteForAccount('a1', 'feide')).toEqual(['s4']);
      expect((await storage.sessions.find('s1'))?.provider).toBeNull();
      expect((await storage.sessions.deleteForAccount('a1')).sort()).toEqual(['s1', 's2']);
      expect(await storage.sessions.find('s1')).toBeNull();
      expect(await storage.sessions.find('s3')).not.toBeNull();
    });

    it('keeps one-time account links: the newest of a purpose works, once, until it expires', async () => {
      const { storage } = await open();
      await withMeeting(storage);
      await storage.accountLinks.create({ tokenHash: 'old', accountId: 'a1', purpose: 'password', createdAt: at(0), expiresAt: at(30) });
      await storage.accountLinks.create({ tokenHash: 'new', accountId: 'a1', purpose: 'password', createdAt: at(1), expiresAt: at(30) });
      await storage.accountLinks.create({ tokenHash: 'link', accountId: 'a1', purpose: 'identity', createdAt: at(1), expiresAt: at(30) });
      expect(await storage.accountLinks.find('old', at(2))).toBeNull();
      expect((await storage.accountLinks.find('new', at(2)))?.purpose).toBe('password');
      expect(await storage.accountLinks.take('new', at(31))).toBeNull();
      expect((await storage.accountLinks.take('new', at(2)))?.accountId).toBe('a1');
      expect(await storage.accountLinks.take('new', at(2))).toBeNull();
      expect((await storage.accountLinks.take('link', at(2)))?.purpose).toBe('identity');
    });

    it('filters the audit log by meeting, person, action and period', async () => {
      const { storage } = await open();
      await withMeeting(storage);
      const entry = (minute: number, action: string, actor: string, subject: string | null, meetingId: string | null) =>
        storage.audit.append({ at: at(minute), action, meetingId, actor, actorName: null, subject, subjectName: null, ip: null, detail: {} });
      await entry(1, 'account.login', 'account:a1', null, null);
      await entry(2, 'meeting.created', 'account:a1', null, 'm1');
      await entry(3, 'account.created', 'account:a9', 'account:a1', null);
      await entry(4, 'account.login', 'account:a9', null, null);
      const actions = async (q: Partial<Parameters<Storage['audit']['list']>[0]>) => (await storage.audit.list({ limit: 10, ...q })).map((r) => r.at.slice(14, 16));
      expect(await actions({})).toEqual(['04', '03', '02', '01']);
      expect(await actions({ meetingId: 'm1' })).toEqual(['02']);
      expect(await actions({ party: 'account:a1' })).toEqual(['03', '02', '01']);
      expect(await actions({ action: 'account.login' })).toEqual(['04', '01']);
      expect(await actions({ from: at(2), to: at(4) })).toEqual(['03', '02']);
      expect(await actions({ party: 'account:a1', action: 'account.login', from: at(0) })).toEqual(['01']);
    });

    it('appends document updates in order and compacts them into one without losing anything', async () => {
      const { storage, reopen } = await open();
      await withMeeting(storage);
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      for (let i = 0; i < 10; i++) doc.getText('t').insert(i, String(i));
      let last = 0;
      for (const u of updates) last = await storage.docs.append('m1', 'content', [u]);
      expect(await storage.docs.count('m1', 'content')).toBe(10);
      expect(await storage.docs.count('m1', 'control')).toBe(0);
      await storage.docs.compact('m1', 'content', Y.encodeStateAsUpdate(doc), last);
      expect(await storage.docs.count('m1', 'content')).toBe(1);
      const reopened = await reopen();
      const loaded = await reopened.docs.load('m1', 'content');
      const copy = new Y.Doc();
      for (const u of loaded.updates) Y.applyUpdate(copy, u);
      expect(copy.getText('t').toString()).toBe('0123456789');
    });

    it('keeps updates appended after the compaction point when compacting', async () => {
      const { storage } = await open();
      await withMeeting(storage);
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      doc.getText('t').insert(0, 'a');
      const first = await storage.docs.append('m1', 'content', [updates[0]!]);
      const snapshot = Y.encodeStateAsUpdate(doc);
      doc.getText('t').insert(1, 'b');
      await storage.docs.append('m1', 'content', [updates[1]!]);
      await storage.docs.compact('m1', 'content', snapshot, first);
      const loaded = await storage.docs.load('m1', 'content');
      // In their place: the state first, then what builds on it, so nothing waits as pending.
      expect(loaded.updates.map((u) => [...u])).toEqual([[...snapshot], [...updates[1]!]]);
      const copy = new Y.Doc();
      for (const u of loaded.updates) Y.applyUpdate(copy, u);
      expect(copy.store.pendingStructs).toBeNull();
      expect(copy.getText('t').toString()).toBe('ab');
      expect(await storage.docs.append('m1', 'content', [new Uint8Array([0, 0])])).toBe(3);
    });
  });
}
