// Bundles the server into dist/main.mjs, so production runs plain JavaScript: no TypeScript loader
// thread in the process (tsx's costs about 40 MB resident). The server's own dependencies stay
// external and load from node_modules as usual (one copy of yjs for everyone); the workspace's shared
// package, and what only it depends on, are bundled in.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const external = new Set(Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@naervaer/')));
const packageName = (path) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);

await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  outfile: join(here, 'dist', 'main.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [
    {
      name: 'server-dependencies-external',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (external.has(packageName(args.path)) ? { path: args.path, external: true } : undefined));
      },
    },
  ],
});
