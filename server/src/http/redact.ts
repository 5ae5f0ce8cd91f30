/**
 * What a request log may say about a URL. Invitation links (`/join/<token>`), download links
 * (`/d/<token>`), one-time account links (`/account-link/<token>`, `/api/account-links/<token>`) and
 * every query string (`?token=` on the sync socket, `?link=`, `?join=`) carry secrets: the log keeps
 * the path's shape and never the token.
 */
const TOKEN_SEGMENTS = /\/(join|d|account-link|account-links)\/[^/?#]+/g;

/** The URL as the log shows it: no query string, and `[token]` in place of a link's token. */
export function redactUrl(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return path.replace(TOKEN_SEGMENTS, '/$1/[token]');
}
