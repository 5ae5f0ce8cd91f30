/** Builds the fastify app from its parts. Tests use it directly (inject or port 0); main.ts listens. */
import fastifyCookie from '@fastify/cookie';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { auditRoutes } from './audit/routes';
import { authRoutes } from './auth/routes';
import { oidcRoutes } from './auth/oidc-routes';
import { accountLinkRoutes } from './auth/account-links';
import { OidcLogins } from './auth/oidc';
import { identityHasher } from './auth/identity-hash';
import { adminRoutes } from './admin/routes';
import type { AppContext } from './context';
import type { Config } from './env';
import { installErrorHandling } from './http/errors';
import { installOriginCheck, installSecurityHeaders } from './http/headers';
import { redactUrl } from './http/redact';
import { serveClient } from './http/static';
import { facilitationRoutes } from './facilitation/routes';
import { mappingRoutes } from './mapping/routes';
import { meetingRoutes } from './meetings/routes';
import { minutesRoutes } from './minutes/routes';
import { retentionRoutes } from './retention/routes';
import type { Storage } from './storage/storage';
import { Rooms } from './sync/rooms';
import { InvitedNames } from './meetings/invited-names';
import { migrateStoredContent } from './meetings/content-migrations';
import { CONTENT_MIGRATIONS, type ContentMigration } from '@naervaer/shared/content-migrations';
import { syncRoutes } from './sync/routes';

/** A registered route, as the role-matrix and header tests walk them. */
export type RouteEntry = { method: string; url: string };

export type App = FastifyInstance & { ctx: AppContext; routeList: readonly RouteEntry[] };

export type BuildOptions = {
  config: Config;
  storage: Storage;
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** The content migrations to run on load (shared/content-migrations.ts); a test gives its own. */
  contentMigrations?: readonly ContentMigration[];
};

/** Request logs without query strings or link tokens (`/join/<token>`, `/d/<token>`): tokens must never reach a log. */
const serializers = {
  req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: redactUrl(req.url), ip: req.ip }),
};

/** Fastify's form of the trusted proxies: a hop count is "the nearest n addresses are proxies". */
function proxyTrust(trust: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}

function noJsonSchemas(): never {
  throw new Error('routes validate with zod (parse in http/errors.ts), not JSON schemas');
}

export async function buildApp(options: BuildOptions): Promise<App> {
  const { config, storage } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel, serializers },
    bodyLimit: config.maxBodyBytes,
    trustProxy: proxyTrust(config.trustProxy),
    return503OnClosing: true,
    // Input is parsed with zod in the handlers (http/errors.ts) and no route declares a JSON schema, so
    // fastify's default compilers (ajv, fast-json-stringify) are never needed: not loading them saves
    // memory in every server process. A route that declares one fails at start-up, saying why.
    schemaController: { compilersFactory: { buildValidator: noJsonSchemas, buildSerializer: noJsonSchemas } },
  });
  const contentMigrations = options.contentMigrations ?? CONTENT_MIGRATIONS;
  const rooms = new Rooms({
    storage,
    log: app.log,
    idleMs: config.roomIdleMs,
    compactAfter: config.compactAfterUpdates,
    maxDocumentBytes: config.limits.maxDocumentBytes,
    maxBacklogBytes: config.limits.socketBacklogBytes,
    // A content document follows the content's schema before anyone sees it.
    beforeLoad: async (meetingId, doc) => {
      if (doc !== 'content') return;
      // A migration that fails leaves the document as it was stored, and the meeting opens (read field by
      // field, as any stored data is): a dead meeting helps no one. The error is logged for the operator.
      await migrateStoredContent(storage, meetingId, app.log, contentMigrations).catch((err: unknown) => app.log.error({ err, meetingId }, 'content migration failed; the document opens as stored'));
    },
  });
  // On a store shared by several servers: what the others store and the sockets they close.
  const stopFollowing = await rooms.follow();
  const now = options.now ?? (() => new Date());
  const ctx: AppContext = { config, storage, rooms, invitedNames: new InvitedNames(storage), now, oidc: new OidcLogins(config.oidcProviders, now), identityHash: identityHasher(config), contentMigrations };

  // The API speaks JSON only; refusing text/plain also closes the simplest cross-site form post.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app);
  installSecurityHeaders(app, { hsts: config.trustProxy !== false });
  installOriginCheck(app);
  await app.register(fastifyCookie);
  await app.register(fastifyWebsocket, { options: { maxPayload: config.maxSyncMessageBytes } });

  // Every route as it is registered: the tests walk them all, so a route left out of the role matrix fails.
  const routeList: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url });
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  await app.register(authRoutes, { ctx });
  await app.register(oidcRoutes, { ctx });
  await app.register(accountLinkRoutes, { ctx });
  await app.register(adminRoutes, { ctx });
  await app.register(meetingRoutes, { ctx });
  await app.register(mappingRoutes, { ctx });
  await app.register(syncRoutes, { ctx });
  await app.register(facilitationRoutes, { ctx });
  await app.register(minutesRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(retentionRoutes, { ctx });
  await serveClient(app, config.clientDist);

  app.addHook('preClose', async () => {
    await rooms.closeAll();
  });
  app.addHook('onClose', async () => {
    await stopFollowing();
    await storage.close();
  });
  const built = app as unknown as App;
  built.ctx = ctx;
  built.routeList = routeList;
  return built;
}
