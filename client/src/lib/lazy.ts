import { type ComponentType, lazy } from 'react';

/**
 * A component whose code loads the first time it renders (React's `lazy` over a named export): a page
 * or a step the room does not open on stays out of the room's first load. Render it in a Suspense.
 */
export function lazyComponent<P>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
