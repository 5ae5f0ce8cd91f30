/** A small HTTP client for tests that keeps cookies like a browser would. */
export class HttpClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(this.baseUrl + path, {
      method,
      // A redirect is an answer of its own (the login through a provider): it is not followed.
      redirect: 'manual',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookies.size ? { cookie: this.cookieHeader } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, headers: res.headers, json: json as any, text };
  }

  /**
   * A browser's top-level GET of any address, without following a redirect: our own cookies go along
   * to our own origin only, and any it sets are kept. Returns the status and where it redirects to.
   */
  async navigate(url: string): Promise<{ status: number; location: string | null; text: string }> {
    const ours = new URL(url).origin === new URL(this.baseUrl).origin;
    const res = await fetch(url, { redirect: 'manual', headers: ours && this.cookies.size ? { cookie: this.cookieHeader } : {} });
    if (ours) {
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const [name, ...value] = pair!.split('=');
        if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name!.trim());
        else this.cookies.set(name!.trim(), value.join('='));
      }
    }
    const location = res.headers.get('location');
    return { status: res.status, location: location ? new URL(location, url).href : null, text: await res.text() };
  }
}

export const FACILITATOR = { email: 'anne.leder@skole.no', name: 'Anne Leder', password: 'trygt-passord-123' };

/** A facilitator account that is set up and logged in. */
export async function facilitator(baseUrl: string): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  const setup = await client.request('POST', '/api/auth/setup', FACILITATOR);
  if (setup.status === 409) {
    const login = await client.request('POST', '/api/auth/login', { email: FACILITATOR.email, password: FACILITATOR.password });
    if (login.status !== 200) throw new Error(`login failed: ${login.text}`);
  } else if (setup.status !== 201) throw new Error(`setup failed: ${setup.text}`);
  return client;
}

/** Creates a meeting and returns its id. */
export async function createMeeting(client: HttpClient, body: Record<string, unknown> = {}): Promise<string> {
  const res = await client.request('POST', '/api/meetings', { kind: 'named', title: 'Samarbeidsmøte for Ola', school: 'Fjell skole', ...body });
  if (res.status !== 201) throw new Error(`create meeting failed: ${res.text}`);
  return res.json.id as string;
}

/** Invites someone and returns the invitation's id and token. */
export async function invite(client: HttpClient, meetingId: string, role: 'participant' | 'observer', name = 'Kari', service = 'helsesykepleier') {
  const res = await client.request('POST', `/api/meetings/${meetingId}/invitations`, { role, name, service });
  if (res.status !== 201) throw new Error(`invite failed: ${res.text}`);
  const url = new URL(res.json.url as string);
  return { id: res.json.id as string, token: decodeURIComponent(url.pathname.split('/').pop()!), url: res.json.url as string };
}
