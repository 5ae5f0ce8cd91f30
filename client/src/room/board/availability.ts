/**
 * Whether the tldraw canvas may run here. tldraw runs unlicensed in development (http or localhost);
 * on an https host without a licence key it hides itself after a few seconds and calls its CDN, so
 * there the app shows the list view with an explanation instead of a blank area.
 */
export type CanvasAvailability = 'available' | 'licenseMissing';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Pure: decided from the licence key and the page's address. */
export function canvasAvailability(licenseKey: string | null, location: { protocol: string; hostname: string }): CanvasAvailability {
  if (licenseKey) return 'available';
  const development = location.protocol !== 'https:' || LOCAL_HOSTS.has(location.hostname) || location.hostname.endsWith('.localhost');
  return development ? 'available' : 'licenseMissing';
}
