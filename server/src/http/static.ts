/** Serves the built client; any unknown GET page path gets index.html so the app's router takes over. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The app's page: the router in it takes over; revalidated each time, since it names the current assets. */
const sendApp = (reply: FastifyReply) => reply.header('Cache-Control', 'no-cache').sendFile('index.html');

/** Registers on the root instance (not a child plugin), so the not-found handler can fall back to index.html. */
export async function serveClient(app: FastifyInstance, root: string): Promise<void> {
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      // One route that looks for the file when asked. Without it, the plugin registers a route per
      // file at start (the whiteboard's chunks, fonts and icons: 130 files), which held 7 MB of the
      // server's memory for the life of the process; a path that is no file goes to the handler below.
      wildcard: true,
      index: false,
      setHeaders: (reply, path) => {
        // Hashed assets never change; everything else must be revalidated.
        reply.header('Cache-Control', path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // The wildcard would answer the root itself, as a directory (403).
    app.get('/', (_req, reply) => sendApp(reply));
  } else {
    app.log.warn({ root }, 'the client is not built; run the build to serve the app');
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    const isPage = req.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/sync/') && !/\.[a-z0-9]+$/i.test(path);
    if (built && isPage) return sendApp(reply);
    return reply.code(404).send({ error: 'not_found', message: `No route ${req.method} ${path}` });
  });
}
