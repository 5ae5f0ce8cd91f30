/** Download links: a 256-bit token per link (only its SHA-256 is stored), an expiry, and revocation. */
import { DEFAULT_LINK_DAYS, type DownloadLink, downloadPath } from '@naervaer/shared/minutes';
import type { DownloadLinkRow, MinutesVersionMeta } from '../storage/storage';

export { DEFAULT_LINK_DAYS };

export function linkExpiry(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

export function downloadUrl(base: string, token: string): string {
  return `${base}${downloadPath(token)}`;
}

/** A link as the facilitator sees it (never its token hash). */
export function linkJson(row: DownloadLinkRow & { downloads: number }, version: Pick<MinutesVersionMeta, 'document' | 'version'>, variant: DownloadLink['variant']): DownloadLink {
  return {
    id: row.id,
    recipientId: row.recipientId,
    versionId: row.versionId,
    document: version.document,
    version: version.version,
    variant,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    downloads: row.downloads,
  };
}
