// Bundles the server and its JavaScript dependencies into dist/main.mjs (and the backup command into
// dist/backup.mjs), so production runs plain
// JavaScript: no TypeScript loader thread in the process (tsx's costs about 40 MB resident). One file
// with its whitespace removed is held by V8 as about 2 MB of source instead of the 7 MB of every
// package's files, and only the parts of zod that are used come along. Names are kept, so stack
// traces in the logs stay readable. better-sqlite3 (native), pdfmake (loaded with the first PDF,
// fonts beside it), fontkit (loaded with the first system model) and pg (loaded only with
// DATABASE_URL) stay in node_modules.
//
// Left out, because the server never loads them: fastify's default schema compilers (ajv,
// fast-json-stringify; app.ts gives fastify its own, since routes parse with zod) and light-my-request
// (fastify's inject, which only the tests use, on the sources). About 400 kB of source that V8 would
// otherwise keep in memory for the life of the process.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const external = new Set(['better-sqlite3', 'pdfmake', 'fontkit', 'pg']);
const neverLoaded = new Set(['@fastify/ajv-compiler', '@fastify/fast-json-stringify-compiler', 'light-my-request']);
const packageName = (path) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);

await build({
  entryPoints: { main: join(here, 'src', 'main.ts'), backup: join(here, 'src', 'cli', 'backup.ts') },
  outdir: join(here, 'dist'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'external',
  // The CommonJS packages inside the bundle require Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [
    {
      name: 'server-dependencies-external',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (external.has(packageName(args.path)) || neverLoaded.has(packageName(args.path)) ? { path: args.path, external: true } : undefined));
      },
    },
  ],
});
