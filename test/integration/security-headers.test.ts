import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, createMeeting, facilitator, invite } from '../support/http';
import { rawSocket } from '../support/rawws';
import { type TestServer, removeDir, startServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: '1', JOIN_MAX_ATTEMPTS_PER_ADDRESS: '1' } });
});
afterAll(async () => {
  await server.close();
  removeDir(server.dataDir);
});

type Headers = { get(name: string): string | null };

function expectSecurityHeaders(h: Headers, what: string) {
  const csp = h.get('content-security-policy') ?? '';
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toMatch(/script-src 'self'(;|$)/);
  expect(csp, what).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(h.get('x-frame-options'), what).toBe('DENY');
  expect(h.get('referrer-policy'), what).toBe('no-referrer');
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
}

describe('security headers', () => {
  it('are on the answer of every registered route, whoever asks, and on errors and unknown paths', async () => {
    const lead = await facilitator(server.url);
    const meetingId = await createMeeting(lead);
    const { id: invitationId } = await invite(lead, meetingId, 'observer');
    const anonymous = new HttpClient(server.url);
    const fill = (url: string) =>
      url.replace(':meetingId', meetingId).replace(':invitationId', invitationId).replace(':id', meetingId).replace(/:[a-zA-Z]+/g, 'x');
    const seen: string[] = [];
    for (const { method, url } of server.app.routeList) {
      if (url.startsWith('/sync/')) continue; // WebSocket upgrades: below
      for (const client of [anonymous, lead]) {
        const body = method === 'GET' || method === 'HEAD' || method === 'DELETE' ? undefined : {};
        const res = await client.request(method, fill(url), body);
        expectSecurityHeaders(res.headers, `${method} ${url} → ${res.status}`);
        if (url.startsWith('/api/')) expect(res.headers.get('cache-control'), url).toBe('no-store');
        seen.push(`${method} ${url}`);
      }
    }
    expect(seen.length).toBeGreaterThan(10);
    for (const [method, path, body, headers] of [
      ['GET', '/api/no-such-route', undefined, {}],
      ['GET', '/no/such/page.js', undefined, {}],
      ['POST', '/api/meetings', '{"broken', {}],
      ['POST', '/api/meetings', { title: 'x'.repeat(1_100_000) }, {}],
      ['POST', '/api/meetings', 'text', { 'content-type': 'text/plain' }],
      ['POST', '/api/meetings', {}, { origin: 'https://evil.example' }],
      ['POST', '/api/join', { token: 'gjettet-token-nummer-1' }, {}],
      ['POST', '/api/join', { token: 'gjettet-token-nummer-2' }, {}],
    ] as const) {
      const res = await lead.request(method, path, body, headers);
      expectSecurityHeaders(res.headers, `${method} ${path} → ${res.status}`);
    }
  });

  it('are on a refused WebSocket upgrade', async () => {
    const socket = rawSocket(`${server.url.replace('http', 'ws')}/sync/none/content`);
    expect(await socket.opened).toBe(404);
    const headers = await socket.headers;
    expectSecurityHeaders({ get: (n) => (headers[n] as string | undefined) ?? null }, 'refused upgrade');
  });

  it('send HSTS only over TLS', async () => {
    const plain = await new HttpClient(server.url).request('GET', '/healthz');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const tls = await new HttpClient(server.url).request('GET', '/healthz', undefined, { 'x-forwarded-proto': 'https' });
    expect(tls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
