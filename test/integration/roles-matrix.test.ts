/**
 * The role table, walked: every registered route and every sync message kind, with every kind of
 * caller, must be allowed exactly where shared/src/roles.ts says and refused everywhere else. A route
 * that is registered but missing from ROUTES below fails the first test: add it with its capability.
 */
import { API } from '@naervaer/shared/routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAwarenessUpdate, Awareness } from 'y-protocols/awareness';
import { readCurrentStep, stepNotes, writeCurrentStep } from '@naervaer/shared/doc';
import { type AccountCapability, type Capability, type Role, accountCan, can } from '@naervaer/shared/roles';
import { CloseCode, DOC_NAMES, type DocName, MessageKind, SYNC_MESSAGE_KINDS, type SyncMessageKind, SyncKind, messageCapability } from '@naervaer/shared/protocol';
import { FACILITATOR, HttpClient, createMeeting, invite } from '../support/http';
import { encodeMessage, rawSocket } from '../support/rawws';
import { type TestServer, removeDir, startServer } from '../support/server';
import { connect, eventually, sleep, synced } from '../support/yclient';

type Rule =
  | { access: 'public' }
  /** Any logged-in account whose account role has the capability. */
  | { access: 'account'; capability: AccountCapability | null }
  /** Someone in the meeting whose meeting role has the capability. */
  | { access: 'meeting'; capability: Capability };

type Fixture = { meetingId: string; invitationId: string };
type Call = { body?: unknown; path?: (f: Fixture) => string; freshSessions?: boolean };

const PUBLIC: Rule = { access: 'public' };
const ACCOUNT: Rule = { access: 'account', capability: null };
const meeting = (capability: Capability): Rule => ({ access: 'meeting', capability });

/** Every API route: who may call it, and a well-formed call. */
const ROUTES: Record<string, Rule & Call> = {
  'GET /healthz': PUBLIC,
  'GET /api/auth/state': PUBLIC,
  'POST /api/auth/setup': { ...PUBLIC, body: FACILITATOR },
  'POST /api/auth/login': { ...PUBLIC, body: { email: 'nobody@skole.no', password: 'x' } },
  'POST /api/auth/logout': { ...PUBLIC, freshSessions: true },
  'POST /api/join': { ...PUBLIC, body: { token: 'not-a-real-invitation-token' } },
  'POST /api/admin/accounts': { access: 'account', capability: 'accounts.manage', body: { email: 'ny@skole.no', name: 'Ny', password: 'langt-passord-1' } },
  'GET /api/admin/audit': { access: 'account', capability: 'audit.readAll' },
  'GET /api/admin/accounts': { access: 'account', capability: 'accounts.manage' },
  // On an account that does not exist: the admin gets 404, everyone else the role table's refusal.
  'POST /api/admin/accounts/:accountId/deactivate': { access: 'account', capability: 'accounts.manage', path: () => '/api/admin/accounts/no-such-account/deactivate' },
  'POST /api/admin/accounts/:accountId/reactivate': { access: 'account', capability: 'accounts.manage', path: () => '/api/admin/accounts/no-such-account/reactivate' },
  'POST /api/admin/accounts/:accountId/links': { access: 'account', capability: 'accounts.manage', path: () => '/api/admin/accounts/no-such-account/links', body: { purpose: 'password' } },
  'POST /api/admin/accounts/:accountId/identities/unlink': { access: 'account', capability: 'accounts.manage', path: () => '/api/admin/accounts/no-such-account/identities/unlink', body: { provider: 'feide', subject: 'x' } },
  'GET /api/admin/settings': { access: 'account', capability: 'settings.read' },
  // A one-time account link: the token is the key.
  'GET /api/account-links/:token': { ...PUBLIC, path: () => '/api/account-links/not-a-real-link-token' },
  'POST /api/account-links/:token/password': { ...PUBLIC, path: () => '/api/account-links/not-a-real-link-token/password', body: { password: 'et-nytt-passord-1' } },
  'POST /api/account-links/:token/identity': { ...PUBLIC, path: () => '/api/account-links/not-a-real-link-token/identity', body: { provider: 'feide' } },
  'GET /api/meetings': ACCOUNT,
  'POST /api/meetings': { access: 'account', capability: 'meetings.create', body: { kind: 'named', title: 'Møte' } },
  'GET /api/meetings/:id': meeting('meeting.read'),
  'DELETE /api/meetings/:id': meeting('meeting.manage'),
  'GET /api/meetings/:id/audit': meeting('audit.read'),
  'GET /api/meetings/:id/invitations': meeting('meeting.invite'),
  'POST /api/meetings/:id/invitations': { ...meeting('meeting.invite'), body: { role: 'observer', name: 'Per' } },
  'DELETE /api/meetings/:id/invitations/:invitationId': meeting('meeting.invite'),
  'GET /api/meetings/:id/mapping': meeting('meeting.read'),
  'GET /api/meetings/:id/agreement': meeting('meeting.read'),
  'POST /api/meetings/:id/pause': { ...meeting('pause.request'), body: {} },
  // Ending the meeting (and opening it again) is the facilitator's.
  'POST /api/meetings/:id/end': { ...meeting('control.write'), body: {} },
  'POST /api/meetings/:id/reopen': { ...meeting('control.write'), body: {} },
  // Minutes (issue 5): producing, finalizing and distributing are the facilitator's.
  'GET /api/meetings/:id/minutes.pdf': meeting('minutes.produce'),
  'GET /api/meetings/:id/agreement.pdf': meeting('minutes.produce'),
  'GET /api/meetings/:id/child-summary.pdf': meeting('minutes.produce'),
  'GET /api/meetings/:id/minutes/preview': meeting('minutes.produce'),
  'POST /api/meetings/:id/minutes/finalize': meeting('minutes.produce'),
  'GET /api/meetings/:id/minutes/versions': meeting('minutes.produce'),
  'GET /api/meetings/:id/minutes/versions/:file': meeting('minutes.produce'),
  'GET /api/meetings/:id/minutes/recipients': meeting('minutes.produce'),
  'POST /api/meetings/:id/minutes/recipients': { ...meeting('minutes.produce'), body: { name: 'PP-tjenesten', kind: 'ppt' } },
  'POST /api/meetings/:id/minutes/recipients/from-meeting': meeting('minutes.produce'),
  'DELETE /api/meetings/:id/minutes/recipients/:recipientId': meeting('minutes.produce'),
  'GET /api/meetings/:id/minutes/links': meeting('minutes.produce'),
  'POST /api/meetings/:id/minutes/links': { ...meeting('minutes.produce'), body: { document: 'minutes', recipientId: 'x' } },
  'DELETE /api/meetings/:id/minutes/links/:linkId': meeting('minutes.produce'),
  'GET /api/meetings/:id/minutes/downloads': meeting('minutes.produce'),
  // A recipient's personal download link: the token is the key.
  // The way to an OpenID provider and back: anyone may start; the callback checks the provider's answer.
  'GET /api/auth/oidc/:provider': PUBLIC,
  'GET /api/auth/oidc/:provider/callback': PUBLIC,
  'GET /d/:token': PUBLIC,
  'GET /d/:token/download': PUBLIC,
  'GET /sync/:meetingId/:doc': meeting('meeting.read'),
};

const CALLERS = ['anonymous', 'stranger', 'admin', 'facilitator', 'participant', 'observer'] as const;
type Caller = (typeof CALLERS)[number];
const MEETING_ROLE: Record<Caller, Role | null> = { anonymous: null, stranger: null, admin: null, facilitator: 'facilitator', participant: 'participant', observer: 'observer' };
const ACCOUNT_ROLE: Record<Caller, 'admin' | 'facilitator' | null> = { anonymous: null, stranger: 'facilitator', admin: 'admin', facilitator: 'facilitator', participant: null, observer: null };

/** A refusal by the role table: 403, or 401 because the caller is nobody here (not a wrong password). */
const refused = (res: { status: number; json: { error?: string } | null }) => res.status === 403 || (res.status === 401 && res.json?.error === 'unauthorized');

function allowed(rule: Rule, caller: Caller): boolean {
  if (rule.access === 'public') return true;
  if (rule.access === 'account') return ACCOUNT_ROLE[caller] !== null && (rule.capability === null || accountCan(ACCOUNT_ROLE[caller], rule.capability));
  return can(MEETING_ROLE[caller], rule.capability);
}

/** The built client's files: public, read-only, one route per file, without parameters. */
/** The built client's routes (server/src/http/static.ts): its page, and one wildcard for its files. */
const isClientFile = (url: string) => url === '/' || url === '/*';

let server: TestServer;
let admin: HttpClient;
let owner: HttpClient;
let stranger: HttpClient;

beforeAll(async () => {
  server = await startServer({ env: { MAX_MEETINGS_PER_FACILITATOR_PER_DAY: '100000', JOIN_MAX_ATTEMPTS_PER_ADDRESS: '100000', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000' } });
  admin = new HttpClient(server.url);
  expect((await admin.request('POST', '/api/auth/setup', { email: 'admin@kommune.no', name: 'Admin', password: 'admin-passord-123' })).status).toBe(201);
  const account = async (email: string) => {
    expect((await admin.request('POST', '/api/admin/accounts', { email, name: email, password: 'et-godt-passord-9' })).status).toBe(201);
    return email;
  };
  owner = new HttpClient(server.url);
  stranger = new HttpClient(server.url);
  for (const [client, email] of [[owner, await account('leder@skole.no')], [stranger, await account('annen@skole.no')]] as const) {
    expect((await client.request('POST', '/api/auth/login', { email, password: 'et-godt-passord-9' })).status).toBe(200);
  }
});
afterAll(async () => {
  await server.close();
  removeDir(server.dataDir);
});

const PASSWORDS: Record<string, string> = { 'admin@kommune.no': 'admin-passord-123', 'leder@skole.no': 'et-godt-passord-9', 'annen@skole.no': 'et-godt-passord-9' };

/** New sessions for the account callers, for a route that ends the session it is called with. */
async function freshSessions(): Promise<Partial<Record<Caller, HttpClient>>> {
  const out: Partial<Record<Caller, HttpClient>> = {};
  for (const [caller, email] of [['admin', 'admin@kommune.no'], ['facilitator', 'leder@skole.no'], ['stranger', 'annen@skole.no']] as const) {
    const client = new HttpClient(server.url);
    expect((await client.request('POST', '/api/auth/login', { email, password: PASSWORDS[email] })).status).toBe(200);
    out[caller] = client;
  }
  return out;
}

/** A fresh meeting of the owner's with a participant and an observer who have joined, and a spare invitation. */
async function fixture() {
  const meetingId = await createMeeting(owner);
  const guests: Partial<Record<Caller, HttpClient>> = {};
  for (const role of ['participant', 'observer'] as const) {
    const { token } = await invite(owner, meetingId, role);
    const guest = new HttpClient(server.url);
    expect((await guest.request('POST', '/api/join', { token })).status).toBe(200);
    guests[role] = guest;
  }
  const spare = await invite(owner, meetingId, 'observer', 'Reserve');
  const clients: Record<Caller, HttpClient> = {
    anonymous: new HttpClient(server.url),
    stranger,
    admin,
    facilitator: owner,
    participant: guests.participant!,
    observer: guests.observer!,
  };
  return { meetingId, invitationId: spare.id, clients };
}

describe('the role table on every route', () => {
  it('has an entry for every registered route', () => {
    const registered = server.app.routeList
      .filter((r) => r.method !== 'HEAD')
      .filter((r) => !isClientFile(r.url))
      .map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((r) => !(r in ROUTES));
    expect(missing, 'routes without an entry in the role matrix').toEqual([]);
    const stale = Object.keys(ROUTES).filter((r) => !registered.includes(r));
    expect(stale, 'matrix entries for routes that no longer exist').toEqual([]);
    const files = server.app.routeList.filter((r) => isClientFile(r.url));
    for (const f of files) expect(['GET', 'HEAD'], `${f.method} ${f.url}`).toContain(f.method);
    // Every route of the shared table is served, and the server serves no API route outside it.
    const table = Object.values(API).map((r) => `${r.method} ${r.path}`);
    expect(table.filter((r) => !registered.includes(r)), 'table routes the server does not serve').toEqual([]);
    const outside = registered.filter((r) => !table.includes(r) && !['GET /healthz', 'GET /sync/:meetingId/:doc'].includes(r));
    expect(outside, 'served routes missing from the shared table').toEqual([]);
  });

  for (const [key, rule] of Object.entries(ROUTES)) {
    const [method, url] = key.split(' ') as [string, string];
    if (url.startsWith('/sync/')) continue;
    it(`${key}: allowed for ${CALLERS.filter((c) => allowed(rule, c)).join(', ') || 'nobody'}; refused for the others`, async () => {
      for (const caller of CALLERS) {
        const f = await fixture();
        if (rule.freshSessions) Object.assign(f.clients, await freshSessions());
        const path =
          rule.path?.(f) ??
          url
            .replace(':invitationId', f.invitationId)
            .replace(':id', f.meetingId)
            .replace(/:[a-zA-Z]+/g, '1');
        const res = await f.clients[caller].request(method, path, rule.body);
        const what = `${caller} ${method} ${path} → ${res.status} ${res.text.slice(0, 120)}`;
        if (allowed(rule, caller)) {
          // Allowed: past the role check (it may still be a 4xx about the request itself, e.g. an unknown id or wrong password).
          expect(refused(res), what).toBe(false);
          expect(res.status, what).toBeLessThan(500);
        } else {
          expect(refused(res), what).toBe(true);
        }
      }
    });
  }
});

const syncMessage = (sub: number, payload: Uint8Array) => encodeMessage(MessageKind.sync, sub, payload);

function editFor(doc: DocName): Uint8Array {
  const scratch = new Y.Doc();
  if (doc === 'content') stepNotes(scratch, 'information').insert(0, 'Skrevet av matrisen');
  else writeCurrentStep(scratch, 4);
  return Y.encodeStateAsUpdate(scratch);
}

function message(kind: SyncMessageKind, doc: DocName, clientId: number): Uint8Array {
  switch (kind) {
    case 'syncStep1':
      return syncMessage(SyncKind.step1, Y.encodeStateVector(new Y.Doc()));
    case 'syncUpdate':
      return syncMessage(SyncKind.update, editFor(doc));
    case 'awareness': {
      const awareness = new Awareness(new Y.Doc());
      awareness.clientID = clientId;
      // Clock 0 is what a fresh id starts at; the server, like any peer, takes only a newer one.
      awareness.setLocalState({ cursor: null });
      awareness.setLocalState({ cursor: { step: 3 } });
      const update = encodeMessage(MessageKind.awareness, encodeAwarenessUpdate(awareness, [clientId]));
      awareness.destroy();
      return update;
    }
    case 'queryAwareness':
      return Uint8Array.of(MessageKind.queryAwareness);
    case 'auth':
      return Uint8Array.of(MessageKind.auth);
  }
}

describe('the role table on every sync message', () => {
  it('refuses the sync socket to callers who are not in the meeting', async () => {
    const f = await fixture();
    for (const caller of CALLERS) {
      for (const doc of DOC_NAMES) {
        const socket = rawSocket(`${server.wsUrl}/${f.meetingId}/${doc}`, { cookie: f.clients[caller].cookieHeader });
        const status = await socket.opened;
        if (MEETING_ROLE[caller]) {
          expect(status, `${caller} ${doc}`).toBe(101);
          socket.ws.close();
        } else expect([401, 403], `${caller} ${doc}`).toContain(status);
      }
    }
  });

  for (const doc of DOC_NAMES) {
    for (const kind of SYNC_MESSAGE_KINDS) {
      const capability = messageCapability(kind, doc);
      const roles = (['facilitator', 'participant', 'observer'] as const).filter((r) => can(r, capability));
      it(`${kind} on ${doc} (${capability}): allowed for ${roles.join(', ') || 'nobody'}; refused for the others`, async () => {
        for (const caller of ['facilitator', 'participant', 'observer'] as const) {
          const f = await fixture();
          const may = can(caller, capability);
          // The facilitator watches with a real client, with presence of its own so a query has something to answer.
          const watcher = connect(server.wsUrl, f.meetingId, doc, { cookie: owner.cookieHeader });
          await synced(watcher);
          watcher.provider.awareness.setLocalState({ cursor: null });
          await eventually(async () => (await server.app.ctx.rooms.get(f.meetingId, doc)).presence.size > 0, 'watcher presence');
          const socket = rawSocket(`${server.wsUrl}/${f.meetingId}/${doc}`, { cookie: f.clients[caller].cookieHeader });
          expect(await socket.opened).toBe(101);
          await eventually(() => socket.messages.length > 0, 'server greets with sync step 1');
          const greeted = socket.messages.length;
          const clientId = 900_000 + Math.floor(Math.random() * 1000);
          const before = await server.app.ctx.storage.docs.count(f.meetingId, doc);
          socket.ws.send(message(kind, doc, clientId));
          const what = `${caller} ${kind} on ${doc}`;
          switch (kind) {
            case 'syncUpdate':
              if (may) {
                await eventually(async () => (await server.app.ctx.storage.docs.count(f.meetingId, doc)) > before, `${what} stored`);
                await eventually(() => (doc === 'content' ? stepNotes(watcher.doc, 'information').length > 0 : readCurrentStep(watcher.doc) === 4), `${what} seen`);
              } else {
                expect(await socket.closed, what).toBe(CloseCode.forbiddenWrite);
                expect(await server.app.ctx.storage.docs.count(f.meetingId, doc), what).toBe(before);
              }
              break;
            case 'awareness':
              if (may) await eventually(() => watcher.provider.awareness.getStates().has(clientId), `${what} seen`);
              else {
                await sleep(150);
                expect(watcher.provider.awareness.getStates().has(clientId), what).toBe(false);
              }
              break;
            case 'syncStep1':
            case 'queryAwareness':
              // Reading: answered (sync step 2, or everyone's presence).
              await eventually(() => socket.messages.length > greeted, `${what} answered`);
              break;
            case 'auth':
              await sleep(100);
              break;
          }
          if (may || kind !== 'syncUpdate') expect(socket.ws.readyState, `${what} stays open`).toBe(socket.ws.OPEN);
          socket.ws.close();
          watcher.destroy();
        }
      });
    }
  }
});
