import { type ComponentType, lazy } from 'react';

/**
 * One load shared by everyone who asks for it, and forgotten if it fails, so the next ask tries again
 * (a dropped connection is no reason to give up on the code for the rest of the meeting).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * A component whose code loads the first time it renders (React's `lazy` over a named export): a page
 * or a step the room does not open on stays out of the room's first load. Render it in a Suspense,
 * inside an ErrorBoundary (a failed load throws). `load` fetches the same code ahead of time.
 *
 * A failed load is left to throw, also where vite reports it first (its `vite:preloadError` event is
 * not prevented): the boundary then says so, and a reload fetches the files again, under the names
 * a newer version may have given them.
 */
export function lazyComponent<P>(load: () => Promise<ComponentType<P>>) {
  const loadCode = loadOnce(load);
  return Object.assign(lazy(async () => ({ default: await loadCode() })), { load: loadCode });
}

/** Time the page's own first load and the meeting's documents get the network before anything is fetched ahead. */
const PREFETCH_AFTER_MS = 5_000;

/**
 * Fetches code the page will need later (the next steps' views) once the browser is idle, so a
 * connection that drops later in the meeting cannot keep the next step from showing. A load that
 * fails here is tried again when its view is shown. Returns a function that cancels what has not
 * started (for an effect's cleanup).
 */
export function prefetchWhenIdle(loads: readonly (() => Promise<unknown>)[]): () => void {
  const run = () => {
    for (const load of loads) load().catch(() => undefined);
  };
  let idle: number | undefined;
  // Without requestIdleCallback (Safari), the wait alone.
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run);
    else run();
  }, PREFETCH_AFTER_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
