/**
 * Logging in through an OpenID Connect provider (Feide, Entra ID, ...) with openid-client, a certified
 * relying party: the authorization code flow with PKCE (S256), state and nonce; the ID token checked
 * by the library (issuer, audience, expiry, nonce, and with enableNonRepudiationChecks its signature
 * against the provider's published keys).
 * What a login is waiting for (its state, nonce and PKCE verifier) is kept here for ten minutes under
 * a random handle that only the person's browser holds, in a cookie.
 */
import * as client from 'openid-client';
import type { OidcProviderConfig } from '../env';
import { newToken } from './tokens';

const PENDING_MS = 10 * 60_000;
/** Logins waiting for the provider's answer, at most: a flood of starts cannot fill the memory. */
const MAX_PENDING = 10_000;

/** The person as the provider vouches for them. */
export type OidcIdentity = {
  provider: string;
  /** Their stable id at the provider (the configured claims, joined with `:`). */
  subject: string;
  name: string;
  email: string | null;
  claims: Record<string, unknown>;
};

/** Why a login through a provider did not go through: shown to the person in words, logged by its code. */
export class OidcFailure extends Error {
  constructor(readonly reason: 'unknown_provider' | 'expired' | 'provider_error' | 'rejected' | 'no_subject' | 'acr') {
    super(reason);
  }
}

type Pending = { provider: string; state: string; nonce: string; verifier: string; expiresAt: number };

export class OidcLogins {
  private readonly configs = new Map<string, Promise<client.Configuration>>();
  private readonly pending = new Map<string, Pending>();

  constructor(
    readonly providers: readonly OidcProviderConfig[],
    private readonly now: () => Date,
  ) {}

  provider(id: string): OidcProviderConfig | undefined {
    return this.providers.find((p) => p.id === id);
  }

  /** A provider's name for people (its id when it is no longer configured). */
  nameOf(id: string): string {
    return this.provider(id)?.name ?? id;
  }

  /** The providers for a use: facilitators' logins, or guests' links. */
  for(use: 'facilitators' | 'guests'): { id: string; name: string }[] {
    return this.providers.filter((p) => p.use.includes(use)).map((p) => ({ id: p.id, name: p.name }));
  }

  /** The provider's metadata and keys, read once (again after a failure). */
  private config(provider: OidcProviderConfig): Promise<client.Configuration> {
    const cached = this.configs.get(provider.id);
    if (cached) return cached;
    // The ID token's signature is checked against the provider's published keys too (the library would
    // otherwise trust the TLS connection to the token endpoint alone), and the keys are cached.
    const options = { execute: provider.allowHttp ? [client.allowInsecureRequests, client.enableNonRepudiationChecks] : [client.enableNonRepudiationChecks] };
    const config = client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, options);
    config.catch(() => this.configs.delete(provider.id));
    this.configs.set(provider.id, config);
    return config;
  }

  /** Starts a login: the provider's address to send the browser to, and the handle its cookie keeps. */
  async start(providerId: string, redirectUri: string): Promise<{ url: string; handle: string }> {
    const provider = this.provider(providerId);
    if (!provider) throw new OidcFailure('unknown_provider');
    let config: client.Configuration;
    try {
      config = await this.config(provider);
    } catch {
      throw new OidcFailure('provider_error');
    }
    this.sweep();
    const verifier = client.randomPKCECodeVerifier();
    const pending: Pending = { provider: provider.id, state: client.randomState(), nonce: client.randomNonce(), verifier, expiresAt: this.now().getTime() + PENDING_MS };
    const handle = newToken();
    this.pending.set(handle, pending);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: provider.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      ...(provider.acrValues ? { acr_values: provider.acrValues.join(' ') } : {}),
    });
    return { url: url.href, handle };
  }

  /**
   * Finishes a login from the provider's answer (`callbackUrl`, the full address it sent the browser
   * to). A handle is used once. Throws OidcFailure for anything the library refuses.
   */
  async finish(providerId: string, handle: string | undefined, callbackUrl: URL): Promise<OidcIdentity> {
    const provider = this.provider(providerId);
    if (!provider) throw new OidcFailure('unknown_provider');
    const pending = handle ? this.pending.get(handle) : undefined;
    if (handle) this.pending.delete(handle);
    if (!pending || pending.provider !== provider.id || pending.expiresAt <= this.now().getTime()) throw new OidcFailure('expired');
    let config: client.Configuration;
    try {
      config = await this.config(provider);
    } catch {
      throw new OidcFailure('provider_error');
    }
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new OidcFailure('rejected');
      claims = { ...idClaims };
      // Some providers (Feide) give the name and e-mail from userinfo only.
      if ((claims[provider.nameClaim] === undefined || claims[provider.emailClaim] === undefined) && tokens.access_token) {
        const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub).catch(() => null);
        if (info) claims = { ...info, ...claims };
      }
    } catch (err) {
      if (err instanceof OidcFailure) throw err;
      throw new OidcFailure('rejected');
    }
    // The level of assurance asked for must be the one given (ID-porten: substantial or high).
    if (provider.acrValues && !provider.acrValues.includes(String(claims.acr ?? ''))) throw new OidcFailure('acr');
    const parts = provider.subjectClaims.map((c) => claims[c]);
    if (parts.some((p) => typeof p !== 'string' || p === '')) throw new OidcFailure('no_subject');
    const text = (c: string) => (typeof claims[c] === 'string' ? (claims[c] as string).trim() : '');
    return { provider: provider.id, subject: parts.join(':'), name: text(provider.nameClaim).slice(0, 120), email: text(provider.emailClaim).toLowerCase() || null, claims };
  }

  /**
   * Where to send the browser to end the person's session at the provider too (RP-initiated logout),
   * with this app's client id and where to come back to; null when the provider offers no logout.
   */
  async logoutUrl(providerId: string, postLogoutRedirectUri: string): Promise<string | null> {
    const provider = this.provider(providerId);
    if (!provider) return null;
    try {
      const config = await this.config(provider);
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, { post_logout_redirect_uri: postLogoutRedirectUri }).href;
    } catch {
      return null;
    }
  }

  private sweep(): void {
    const now = this.now().getTime();
    for (const [handle, p] of this.pending) if (p.expiresAt <= now) this.pending.delete(handle);
    // Still full: the oldest go first (a Map keeps insertion order).
    for (const handle of this.pending.keys()) {
      if (this.pending.size < MAX_PENDING) break;
      this.pending.delete(handle);
    }
  }
}

/**
 * Whether the provider's settings let this person be a facilitator: by e-mail (only one the provider
 * says it has verified: an address a user or a tenant can set proves nothing), stable id, or a claim's value.
 */
export function mayBecomeFacilitator(provider: OidcProviderConfig, identity: OidcIdentity): boolean {
  const { emails, subjects, claim } = provider.allow;
  const verified = identity.claims.email_verified === true || identity.claims.email_verified === 'true';
  if (identity.email && verified && emails.some((e) => e.toLowerCase() === identity.email)) return true;
  if (subjects.includes(identity.subject)) return true;
  if (claim) {
    const value = identity.claims[claim.name];
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && claim.values.includes(v))) return true;
  }
  return false;
}
