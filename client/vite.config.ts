import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { type Rolldown, defineConfig } from 'vite';

const ENTRY = fileURLToPath(new URL('./index.html', import.meta.url));
// shared/src/i18n.ts imports every language's texts for the server; the client uses none of that
// import (src/lib/i18n.ts loads the texts itself), so those imports do not count.
const SHARED_I18N = /[\\/]shared[\\/]src[\\/]i18n\.ts$/;
const LOCALE = /[\\/]shared[\\/]src[\\/]locales[\\/]/;

const firstLoads = new WeakMap<Rolldown.ChunkingContext, Set<string>>();

/** The modules the first page (the room) loads: those the entry reaches by static imports. */
function firstLoad(ctx: Rolldown.ChunkingContext): Set<string> {
  let found = firstLoads.get(ctx);
  if (found) return found;
  found = new Set([ENTRY]);
  for (const id of found) {
    for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) if (!(SHARED_I18N.test(id) && LOCALE.test(imported))) found.add(imported);
  }
  firstLoads.set(ctx, found);
  return found;
}

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    // <link rel=modulepreload> is in every current browser; an older one fetches a lazily loaded page's
    // modules a little later, so the first load does without the polyfill.
    modulePreload: { polyfill: false },
    // tldraw fetches its translation files; inlined as data: URLs they would need connect-src data:.
    assetsInlineLimit: (file: string) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the first page loads goes in one chunk. Left alone, rolldown cuts what it shares with a
          // lazily loaded page or step into many small chunks, each compressed on its own (about 5 kB
          // more for the room), and puts the domain names every language's rules read into a
          // language's chunk, which the room would then fetch whole. The group takes exactly that set:
          // following dependencies would take in every language through shared/src/i18n.ts.
          groups: [{ name: (id, ctx) => (firstLoad(ctx).has(id) ? 'app' : null), includeDependenciesRecursively: false }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/sync': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
});
