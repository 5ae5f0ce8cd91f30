/** Security headers on every response: self-only content policy, no framing, no referrer, no sniffing. */
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and tldraw set element styles at run time; no inline <script> is ever allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function installSecurityHeaders(app: FastifyInstance, { hsts }: { hsts: boolean }): void {
  app.addHook('onSend', async (req, reply) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (req.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    if (hsts && req.protocol === 'https') reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });
}

/**
 * Whether a browser says the request comes from another site: an Origin that is not ours (or `null`),
 * or Fetch Metadata naming a cross-site or same-site-but-other-origin page. Clients that are not
 * browsers send neither header, and cannot carry a victim's cookies anyway.
 */
export function isForeignOrigin(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    // The whole origin: scheme as well as host (an http page is not our https site).
    const url = new URL(origin);
    return url.host !== req.host || url.protocol !== `${req.protocol}:`;
  } catch {
    return true;
  }
}

/**
 * Cross-site request forgery: state-changing requests must come from our own pages. A foreign Origin
 * or Fetch Metadata is refused; cookies are SameSite; the API takes JSON only, which a foreign page
 * cannot send without a preflight, which we never allow.
 */
export function installOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    if (isForeignOrigin(req)) {
      return reply.code(403).send({ error: 'forbidden_origin', message: 'Requests must come from this site' });
    }
  });
}
