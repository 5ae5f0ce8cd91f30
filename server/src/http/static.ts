/** Serves the built client; any unknown GET page path gets index.html so the app's router takes over. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Registers on the root instance (not a child plugin), so the not-found handler can fall back to index.html. */
export async function serveClient(app: FastifyInstance, root: string): Promise<void> {
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders: (reply, path) => {
        // Hashed assets never change; everything else must be revalidated.
        reply.header('Cache-Control', path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.log.warn({ root }, 'the client is not built; run the build to serve the app');
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    const isPage = req.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/sync/') && !/\.[a-z0-9]+$/i.test(path);
    if (built && isPage) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    return reply.code(404).send({ error: 'not_found', message: `No route ${req.method} ${path}` });
  });
}
