/** The server's configuration, read once from the environment at start and handed down. */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import * as z from 'zod';
import { SystemModelConfig } from '@naervaer/shared/system-model';

const int = (min: number) => z.coerce.number().int().min(min);

/** A setting written as JSON, parsed before its own schema checks it. */
const jsonSetting = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be JSON' });
    return z.NEVER;
  }
});

/**
 * One OpenID Connect provider people log in with (Feide, Entra ID, ...): where it is, this app's
 * client there, which claims say who the person is, and who of them may become a facilitator.
 */
export const OidcProviderConfig = z.strictObject({
  /** In our URLs and the audit log: letters, digits, `-`. */
  id: z.string().regex(/^[a-z0-9-]{1,30}$/, 'lower-case letters, digits and -, at most 30'),
  /** The button's text ("Logg inn med Feide"). */
  name: z.string().min(1).max(60),
  /** The provider's issuer; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scopes: z.string().default('openid profile email'),
  /**
   * The claims that together are the person's stable id, joined with `:`. Feide: `sub` (or
   * `https://n.feide.no/claims/userid_sec`); Entra ID: `tid` and `oid`, never `sub` alone.
   */
  subjectClaims: z.array(z.string().min(1)).min(1).default(['sub']),
  nameClaim: z.string().default('name'),
  emailClaim: z.string().default('email'),
  /** Who may become a facilitator: by e-mail, by stable id, or by a claim's value (a group, an affiliation). */
  allow: z
    .strictObject({
      emails: z.array(z.string().min(3)).default([]),
      subjects: z.array(z.string().min(1)).default([]),
      claim: z.strictObject({ name: z.string().min(1), values: z.array(z.string()).min(1) }).optional(),
    })
    .default({ emails: [], subjects: [] }),
  /** Plain http to the provider: only for a provider on this machine (tests, a local trial). */
  allowHttp: z.boolean().default(false),
  /**
   * Who logs in through it: `facilitators` (a button on the login page, accounts by `allow`), `guests`
   * (a facilitator may require it for an invitation link: a service through Feide or Entra ID, a
   * parent through ID-porten). ID-porten is for guests only.
   */
  use: z.array(z.enum(['facilitators', 'guests'])).min(1).default(['facilitators']),
  /** Levels of assurance asked for (`acr_values`) and required of the ID token's `acr` (ID-porten: `["idporten-loa-substantial", "idporten-loa-high"]`). */
  acrValues: z.array(z.string().min(1)).min(1).optional(),
});
export type OidcProviderConfig = z.infer<typeof OidcProviderConfig>;

const EnvSchema = z.object({
  PORT: int(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The address people reach the app on; invitation links are built from it. */
  PUBLIC_URL: z.url().optional(),
  /** Where the built client is; defaults to client/dist beside this package. */
  CLIENT_DIST: z.string().optional(),
  /**
   * Set when a TLS-terminating proxy is in front (cookies get Secure, HSTS is sent): how many proxies
   * (`1`; `true` means 1) or their addresses (`10.0.0.2,10.0.1.0/24`). The client's address is then
   * the last one in X-Forwarded-For that a trusted proxy added, never one a client wrote itself.
   */
  TRUST_PROXY: z
    .string()
    .transform((text, ctx): TrustProxy => {
      const value = text.trim().toLowerCase();
      if (value === 'false' || value === '0') return false;
      if (value === 'true') return 1;
      if (/^\d+$/.test(value)) return Number(value);
      const addresses = value.split(',').map((a) => a.trim());
      if (addresses.every(isAddressOrRange)) return addresses;
      ctx.addIssue({ code: 'custom', message: 'must be false, the number of proxies in front (1), or their addresses and ranges, comma-separated' });
      return z.NEVER;
    })
    .default(false),
  SESSION_IDLE_MINUTES: int(1).default(120),
  SESSION_MAX_HOURS: int(1).default(12),
  /** Invitation links stay valid through the meeting day plus this many days. */
  INVITATION_GRACE_DAYS: int(0).default(1),
  /** A room with nobody connected is written out and dropped from memory after this long. */
  ROOM_IDLE_SECONDS: int(0).default(30),
  /** Stored updates per document before they are merged into one. */
  COMPACT_AFTER_UPDATES: int(10).default(500),
  MAX_BODY_BYTES: int(1024).default(1_000_000),
  MAX_SYNC_MESSAGE_BYTES: int(1024).default(2_000_000),
  /**
   * PostgreSQL as the store, for several servers on one database (README, More than one server):
   * `postgres://user:password@host:port/database`. Unset: SQLite in DATA_DIR, the default.
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/./, 'must be a postgres:// address (unset: SQLite in DATA_DIR)')
    .optional(),
  /** SQLite synchronous mode: NORMAL survives a crashed process; FULL also a lost power supply. */
  DB_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  /** The system model's areas for new meetings, as JSON [{id, name, description?}]; unset: the eight defaults in the meeting's language. */
  SYSTEM_MODEL_AREAS: jsonSetting
    .pipe(SystemModelConfig)
    .optional(),
  /** The OpenID Connect providers, as JSON: [{id, name, issuer, clientId, clientSecret, ...}] (README, Login). */
  OIDC_PROVIDERS: jsonSetting
    .pipe(
      z
        .array(OidcProviderConfig)
        .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'two providers have the same id')
        .refine((list) => list.every((p) => !p.allowHttp || ['localhost', '127.0.0.1', '[::1]'].includes(new URL(p.issuer).hostname)), 'allowHttp is only for a provider on this machine')
        .refine((list) => list.every((p) => p.allowHttp || new URL(p.issuer).protocol === 'https:'), 'an issuer must be https'),
    )
    .optional(),
  /**
   * The key of the hash that binds an invitation to the person who first logged in with it (at least
   * 32 characters). Unset: a random key kept in DATA_DIR (identity-hash.key). Set it to keep the key
   * apart from the data: a copied database then cannot be matched against national ids.
   */
  IDENTITY_HASH_KEY: z.string().min(32).optional(),
  /**
   * Login with an e-mail and a password kept by this server: on for a fresh install (set-up makes the
   * first admin with a password); a municipality that logs in through its providers turns it off.
   */
  LOCAL_LOGIN: z
    .enum(['true', 'false', '1', '0', 'on', 'off'])
    .transform((v) => ['true', '1', 'on'].includes(v))
    .default(true),
  // Limits (security and reliability); each refusal has its own error or close code.
  /** Login attempts: failures per account, and all attempts per client address, within the window. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: int(1).default(5),
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS: int(1).default(30),
  LOGIN_WINDOW_MINUTES: int(1).default(15),
  /** Invitation links tried per client address within the login window (guessing is hopeless; this keeps it so). */
  JOIN_MAX_ATTEMPTS_PER_ADDRESS: int(1).default(60),
  /** Size of one meeting document (content or control) in bytes of stored updates; growth past it is refused. */
  MAX_DOCUMENT_BYTES: int(1024).default(20_000_000),
  MAX_CONNECTIONS_PER_MEETING: int(1).default(120),
  /** Generous: a whole school or municipal office can sit behind one address. */
  MAX_CONNECTIONS_PER_ADDRESS: int(1).default(300),
  /** Sockets one person (an invitation link, or an account) may hold in one meeting: two per open page. */
  MAX_CONNECTIONS_PER_PERSON: int(2).default(16),
  /** Bytes a socket may leave unread before it is closed (4408); at least a whole document and a message. */
  MAX_SOCKET_BACKLOG_BYTES: int(1024).optional(),
  MAX_MEETINGS_PER_FACILITATOR_PER_DAY: int(1).default(50),
  // Retention: what is deleted when, by a sweep that runs every RETENTION_SWEEP_MINUTES.
  /** Days after the minutes are finalized (their latest version) that a meeting is deleted. */
  RETENTION_DAYS_AFTER_FINALIZED: int(0).default(30),
  /** Hours after an anonymous consultation's start (or creation, without a start) that it is deleted. */
  RETENTION_HOURS_ANONYMOUS: int(0).default(24),
  /** Days after start (or creation) that a meeting whose minutes were never finalized is deleted; 0 keeps them. */
  RETENTION_DAYS_UNFINALIZED: int(0).default(90),
  /** Days the audit log is kept. */
  AUDIT_RETENTION_DAYS: int(1).default(365),
  /** How often the retention sweep runs; 0 turns it off (e.g. when an external job calls it). */
  RETENTION_SWEEP_MINUTES: int(0).default(10),
});

/** Which proxies are trusted: none, a number of hops, or their addresses and ranges. */
export type TrustProxy = false | number | string[];

function isAddressOrRange(text: string): boolean {
  const [address = '', bits, ...rest] = text.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  publicUrl: string | null;
  clientDist: string;
  trustProxy: TrustProxy;
  sessionIdleMs: number;
  sessionMaxMs: number;
  invitationGraceDays: number;
  roomIdleMs: number;
  compactAfterUpdates: number;
  maxBodyBytes: number;
  maxSyncMessageBytes: number;
  /** PostgreSQL's address; null: SQLite in `dataDir`. */
  databaseUrl: string | null;
  dbSynchronous: 'NORMAL' | 'FULL';
  /** The municipality's own system-model areas, or null for the defaults. */
  systemModelAreas: SystemModelConfig | null;
  /** The OpenID Connect providers facilitators may log in with (none: local passwords only). */
  oidcProviders: OidcProviderConfig[];
  /** Whether e-mail and password log in (LOCAL_LOGIN). */
  localLogin: boolean;
  /** The key for binding invitations to a login (null: kept in the data directory). */
  identityHashKey: string | null;
  limits: {
    loginFailuresPerAccount: number;
    loginAttemptsPerAddress: number;
    loginWindowMs: number;
    joinAttemptsPerAddress: number;
    maxDocumentBytes: number;
    connectionsPerMeeting: number;
    connectionsPerAddress: number;
    connectionsPerPerson: number;
    socketBacklogBytes: number;
    meetingsPerFacilitatorPerDay: number;
  };
  retention: {
    afterFinalizedMs: number;
    anonymousMs: number;
    /** 0: meetings that were never finalized are kept. */
    unfinalizedMs: number;
    auditMs: number;
    sweepEveryMs: number;
  };
};

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError naming every bad setting. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (!e.LOCAL_LOGIN && !e.OIDC_PROVIDERS?.some((p) => p.use.includes('facilitators'))) {
    throw new ConfigError('Invalid configuration:\n  LOCAL_LOGIN: is off, and OIDC_PROVIDERS names no provider: nobody could log in');
  }
  if (e.DATABASE_URL && !e.IDENTITY_HASH_KEY) {
    // Each server would make a key file of its own: a guest bound through one would be refused by the
    // others, and the rate limits' keys, hashed under it in the shared database, would not match.
    throw new ConfigError('Invalid configuration:\n  IDENTITY_HASH_KEY: must be set, the same on every server, when DATABASE_URL is set');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/+$/, '') : null,
    clientDist: resolve(e.CLIENT_DIST ?? new URL('../../client/dist', import.meta.url).pathname),
    trustProxy: e.TRUST_PROXY,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    invitationGraceDays: e.INVITATION_GRACE_DAYS,
    roomIdleMs: e.ROOM_IDLE_SECONDS * 1000,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxSyncMessageBytes: e.MAX_SYNC_MESSAGE_BYTES,
    databaseUrl: e.DATABASE_URL ?? null,
    dbSynchronous: e.DB_SYNCHRONOUS,
    systemModelAreas: e.SYSTEM_MODEL_AREAS ?? null,
    oidcProviders: e.OIDC_PROVIDERS ?? [],
    localLogin: e.LOCAL_LOGIN,
    identityHashKey: e.IDENTITY_HASH_KEY ?? null,
    limits: {
      loginFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginAttemptsPerAddress: e.LOGIN_MAX_ATTEMPTS_PER_ADDRESS,
      loginWindowMs: e.LOGIN_WINDOW_MINUTES * 60_000,
      joinAttemptsPerAddress: e.JOIN_MAX_ATTEMPTS_PER_ADDRESS,
      maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
      connectionsPerMeeting: e.MAX_CONNECTIONS_PER_MEETING,
      connectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS,
      connectionsPerPerson: e.MAX_CONNECTIONS_PER_PERSON,
      socketBacklogBytes: e.MAX_SOCKET_BACKLOG_BYTES ?? e.MAX_DOCUMENT_BYTES + e.MAX_SYNC_MESSAGE_BYTES,
      meetingsPerFacilitatorPerDay: e.MAX_MEETINGS_PER_FACILITATOR_PER_DAY,
    },
    retention: {
      afterFinalizedMs: e.RETENTION_DAYS_AFTER_FINALIZED * 86_400_000,
      anonymousMs: e.RETENTION_HOURS_ANONYMOUS * 3_600_000,
      unfinalizedMs: e.RETENTION_DAYS_UNFINALIZED * 86_400_000,
      auditMs: e.AUDIT_RETENTION_DAYS * 86_400_000,
      sweepEveryMs: e.RETENTION_SWEEP_MINUTES * 60_000,
    },
  };
}
