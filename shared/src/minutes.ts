/**
 * The documents a meeting produces afterwards (minutes, the cooperation agreement, the child's summary)
 * and how they reach people: the layout model both the PDF and the in-app preview render, the
 * distribution list, versions and download links. The server builds models (server/src/minutes/);
 * the client only renders them, so preview and PDF cannot drift.
 */
import * as z from 'zod';
import { CONSENT_STATUSES } from './consent';
import { SERVICES, Service, servicesFor } from './participant';

/** The three documents. `child` is "Referatet for deg", the child's own summary. */
export const MINUTES_DOCUMENTS = ['minutes', 'agreement', 'child'] as const;
export const MinutesDocument = z.enum(MINUTES_DOCUMENTS);
export type MinutesDocument = z.infer<typeof MinutesDocument>;

/** Only the minutes exist for an anonymous consultation: there is no pupil to sign an agreement or read a summary. */
export function documentsFor(kind: 'named' | 'anonymous' | 'followup'): readonly MinutesDocument[] {
  return kind === 'anonymous' ? ['minutes'] : MINUTES_DOCUMENTS;
}


// ── The layout model ──────────────────────────────────────────────────────────────────────────────

/** Column width: `fill` shares the free width, `auto` fits the content, a number is points. */
export type ColumnWidth = 'fill' | 'auto' | number;

export type DocBlock =
  | { type: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'notice' | 'lead' }
  /** Label–value pairs (a definition list). */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  | { type: 'table'; caption?: string; columns: { header: string; width: ColumnWidth }[]; rows: string[][] }
  | { type: 'list'; items: string[] }
  | { type: 'subheading'; text: string }
  /** An SVG drawn from data with real <text>; `description` is its text alternative. */
  | { type: 'diagram'; svg: string; width: number; height: number; description: string }
  /** Signature lines (name of the role under a line, with date). */
  | { type: 'signatures'; lines: string[]; dateLabel: string; signLabel: string };

export type DocSection = { id: string; heading: string; blocks: DocBlock[] };

/** Which content a version carries. */
export const DOC_VARIANTS = ['full', 'withheld', 'anonymous'] as const;
export type DocVariant = (typeof DOC_VARIANTS)[number];

export type DocModel = {
  document: MinutesDocument;
  language: 'nb' | 'nn' | 'en';
  /** Document title (PDF metadata and first heading). */
  title: string;
  /** The meeting's title, shown on every page. */
  runningTitle: string;
  /** Short lines under the title (school, date). */
  subtitle: string[];
  author: string;
  subject: string;
  variant: DocVariant;
  /** A notice shown first (what was withheld, or that the consultation is anonymous). */
  notice?: string;
  /** "Utkast" or "Versjon 2, ferdigstilt …", and "Versjon for …" for a recipient's copy. */
  status: string[];
  /** Large, plain type for the child's summary. */
  large: boolean;
  sections: DocSection[];
  /** Footer template: contains `{{page}}` and `{{pages}}`. */
  pageLabel: string;
};

// ── Distribution ──────────────────────────────────────────────────────────────────────────────────

/** Who a copy goes to: a service or role (as in participant.ts), or the school's archive. */
export const RECIPIENT_KINDS = [...SERVICES, 'archive'] as const;
export const RecipientKind = z.enum(RECIPIENT_KINDS);
export type RecipientKind = z.infer<typeof RecipientKind>;

/** Who may get a meeting's documents: an anonymous consultation has no pupil or parents to send them to. */
export function recipientKindsFor(kind: 'named' | 'anonymous' | 'followup'): readonly RecipientKind[] {
  return [...servicesFor(kind), 'archive'];
}

export const Recipient = z.object({
  id: z.string(),
  meetingId: z.string(),
  name: z.string(),
  kind: RecipientKind,
  createdAt: z.string(),
  /** The parents' consent for this recipient's service today, as the meeting records it (none for the archive). */
  consent: z.enum(CONSENT_STATUSES).optional(),
});
export type Recipient = z.infer<typeof Recipient>;

export const CreateRecipientRequest = z.strictObject({
  name: z.string().trim().min(1, 'name is required').max(120),
  kind: RecipientKind,
});
export type CreateRecipientRequest = z.infer<typeof CreateRecipientRequest>;

/** Whether a recipient kind is a service (so consent decides what it gets). */
export function recipientService(kind: RecipientKind): Service | null {
  return kind === 'archive' ? null : kind;
}

export const MinutesVersion = z.object({
  id: z.string(),
  document: MinutesDocument,
  version: z.number().int().positive(),
  sha256: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type MinutesVersion = z.infer<typeof MinutesVersion>;

export const FinalizeRequest = z.strictObject({ documents: z.array(MinutesDocument).min(1).optional() });

export const MAX_LINK_DAYS = 90;
export const DEFAULT_LINK_DAYS = 14;

export const CreateLinkRequest = z.strictObject({
  recipientId: z.string().min(1).max(100),
  document: MinutesDocument.default('minutes'),
  expiresInDays: z.number().int().min(1).max(MAX_LINK_DAYS).default(DEFAULT_LINK_DAYS),
});
export type CreateLinkRequest = z.input<typeof CreateLinkRequest>;

export const DownloadLink = z.object({
  id: z.string(),
  recipientId: z.string(),
  versionId: z.string(),
  document: MinutesDocument,
  version: z.number().int(),
  /** What this recipient's copy carries after the consent check. */
  variant: z.enum(DOC_VARIANTS),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  downloads: z.number().int().nonnegative(),
});
export type DownloadLink = z.infer<typeof DownloadLink>;

/** A new link: the only time the full URL (with its token) is shown. */
export const CreatedLink = DownloadLink.extend({ url: z.string() });

/** What finalizing answers: the version number and its documents. */
export const Finalized = z.object({ version: z.number().int(), documents: z.array(MinutesVersion) });
export type Finalized = z.infer<typeof Finalized>;
export type CreatedLink = z.infer<typeof CreatedLink>;

export const DownloadEntry = z.object({
  linkId: z.string(),
  recipientId: z.string(),
  document: MinutesDocument,
  version: z.number().int(),
  at: z.string(),
  ip: z.string().nullable(),
});
export type DownloadEntry = z.infer<typeof DownloadEntry>;

export const MinutesPreview = z.object({
  /** null: nothing finalized yet. */
  latestVersion: z.number().int().nullable(),
  /** True when the meeting has not changed since the latest version: the preview is that version. */
  isLatestVersion: z.boolean().default(false),
  models: z.array(z.custom<DocModel>((v) => typeof v === 'object' && v !== null)),
});
export type MinutesPreview = z.infer<typeof MinutesPreview>;

/** Path of a meeting's minutes page in the app. */
export function minutesPath(meetingId: string): string {
  return `/m/${encodeURIComponent(meetingId)}/minutes`;
}

export type LinkState = 'usable' | 'unknown' | 'revoked' | 'expired';

/** A download link's state at a moment: unknown (no such link), revoked, expired or usable. */
export function linkState(link: { revokedAt: string | null; expiresAt: string } | null, now: Date | number): LinkState {
  if (!link) return 'unknown';
  if (link.revokedAt) return 'revoked';
  if (Date.parse(link.expiresAt) <= (typeof now === 'number' ? now : now.getTime())) return 'expired';
  return 'usable';
}

