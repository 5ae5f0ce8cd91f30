/**
 * Minutes routes: draft and frozen PDFs, the JSON preview, finalizing, the distribution list, download
 * links and their log (facilitator only: `minutes.produce`), and the recipients' public page
 * `/d/:token` with its download `/d/:token/download`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod';
import { canShareWith } from '@naervaer/shared/consent';
import {
  CreateLinkRequest,
  CreateRecipientRequest,
  type CreatedLink,
  DOCUMENT_PATH,
  type DownloadEntry,
  type MinutesPreview,
  type MinutesVersion,
  type Recipient,
  documentsFor,
  downloadPath,
  linkState,
  recipientService,
} from '@naervaer/shared/minutes';
import { DEFAULT_LANGUAGE, osloDate } from '@naervaer/shared/i18n';
import type { Service } from '@naervaer/shared/participant';
import type { AppContext } from '../context';
import { meetingAccess } from '../auth/access';
import { partyOf, recordAudit } from '../audit/log';
import { hashToken, newId, newToken } from '../auth/tokens';
import { HttpError, notFound, parse } from '../http/errors';
import type { MeetingRow, MinutesRecipientRow, MinutesVersionMeta } from '../storage/storage';
import { documentModel, renderDocumentPdf } from './index';
import { downloadUrl, linkExpiry, linkJson } from './links';
import { loadMeetingContent } from '../meetings/stored-content';
import { assertDocumentFor, finalize, readSnapshot, recipientCopy, variantFor, versionMatching } from './service';
import { addRecipient, addRecipientsFromMeeting, documentFileName, listRecipients, recipientJson } from './distribution';
import { renderDownloadPage } from './download-page';
import { docText } from './text';

const MeetingParams = z.object({ id: z.string().min(1).max(100) });
const VersionParams = MeetingParams.extend({ file: z.string().regex(/^\d{1,6}\.pdf$/, 'a version is <number>.pdf') });
const RecipientParams = MeetingParams.extend({ recipientId: z.string().min(1).max(100) });
const LinkParams = MeetingParams.extend({ linkId: z.string().min(1).max(100) });
const DocumentQuery = z.object({ document: z.enum(['minutes', 'agreement', 'child']).default('minutes') });
const DraftQuery = z.object({ draft: z.enum(['true', 'false', '1', '0']).optional() });
const PreviewQuery = z.object({ recipientId: z.string().min(1).max(100).optional() });
const TokenParams = z.object({ token: z.string().min(1).max(200) });

const versionJson = (v: MinutesVersionMeta): MinutesVersion => ({
  id: v.id,
  document: v.document,
  version: v.version,
  sha256: v.sha256,
  createdAt: v.createdAt,
  createdBy: v.createdBy,
  bytes: v.bytes,
});

function sendPdf(reply: FastifyReply, pdf: Uint8Array, name: string, extra: Record<string, string> = {}) {
  return reply
    .type('application/pdf')
    .header('Content-Disposition', `attachment; filename="${name}"`)
    .header('Cache-Control', 'no-store')
    .headers(extra)
    .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
}

export async function minutesRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const produce = async (req: FastifyRequest) => {
    const { id } = parse(MeetingParams, req.params);
    return meetingAccess(ctx, req, id, 'minutes.produce');
  };
  const absolute = (req: FastifyRequest, path: string) => `${ctx.config.publicUrl ?? `${req.protocol}://${req.host}`}${path}`;
  const today = () => osloDate(ctx.now());

  // The current PDFs: the latest finalized version, or the draft when nothing is finalized (or ?draft=true).
  for (const document of ['minutes', 'agreement', 'child'] as const) {
    app.get(`/api/meetings/:id/${DOCUMENT_PATH[document]}.pdf`, async (req, reply) => {
      const { meeting } = await produce(req);
      assertDocumentFor(meeting, document);
      const { draft } = parse(DraftQuery, req.query);
      const wantsDraft = draft === 'true' || draft === '1';
      const final = wantsDraft ? null : await ctx.storage.minutes.findVersion(meeting.id, document);
      if (final) return sendPdf(reply, final.pdf, documentFileName(document, meeting, final.version), { 'X-Minutes-Version': String(final.version), ETag: `"${final.sha256}"` });
      const content = await loadMeetingContent(ctx, meeting);
      const pdf = await renderDocumentPdf(document, meeting, content, { onDate: today(), createdAt: ctx.now() });
      return sendPdf(reply, pdf, documentFileName(document, meeting, null), { 'X-Minutes-Version': 'draft' });
    });
  }

  /** The layout models of the current draft: what the review page shows and the PDF prints. */
  app.get('/api/meetings/:id/minutes/preview', async (req): Promise<MinutesPreview> => {
    const { meeting } = await produce(req);
    const { recipientId } = parse(PreviewQuery, req.query);
    const recipient = recipientId ? await ctx.storage.minutes.findRecipient(recipientId) : null;
    if (recipientId && (!recipient || recipient.meetingId !== meeting.id)) throw notFound('recipient');
    const content = await loadMeetingContent(ctx, meeting);
    const latest = await ctx.storage.minutes.latestVersion(meeting.id);
    // Unchanged since the latest version, the preview is that version (and says so, not "draft").
    const version = await versionMatching(ctx, meeting, content);
    const models = documentsFor(meeting.kind)
      .filter((d) => !(recipient && d !== 'minutes' && variantFor({ meeting, content }, recipient, today()) === 'withheld'))
      .map((d) => documentModel(d, meeting, content, { onDate: today(), version, recipient: recipient ? { name: recipient.name, kind: recipient.kind } : null }));
    return { latestVersion: latest || null, isLatestVersion: version !== null, models };
  });

  app.post('/api/meetings/:id/minutes/finalize', async (req, reply) => {
    const { meeting, principal } = await produce(req);
    const actor = partyOf(principal);
    const { rows, created } = await finalize(ctx, meeting, actor.key);
    const version = rows[0]!.version;
    if (created) await recordAudit(ctx, { action: 'minutes.finalized', meetingId: meeting.id, actor, ip: req.ip, detail: { version, documents: rows.map((r) => r.document).join(',') } });
    return reply.code(created ? 201 : 200).send({ version, documents: rows.map((r) => versionJson({ ...r, bytes: r.pdf.byteLength })) });
  });

  app.get('/api/meetings/:id/minutes/versions', async (req): Promise<MinutesVersion[]> => {
    const { meeting } = await produce(req);
    return (await ctx.storage.minutes.listVersions(meeting.id)).map(versionJson);
  });

  app.get('/api/meetings/:id/minutes/versions/:file', async (req, reply) => {
    const { meeting } = await produce(req);
    const { file } = parse(VersionParams, req.params);
    const { document } = parse(DocumentQuery, req.query);
    const n = Number.parseInt(file, 10);
    const row = await ctx.storage.minutes.findVersion(meeting.id, document, n);
    if (!row) throw notFound('version');
    return sendPdf(reply, row.pdf, documentFileName(document, meeting, n), { 'X-Minutes-Version': String(n), ETag: `"${row.sha256}"` });
  });

  // ── The distribution list ──
  app.get('/api/meetings/:id/minutes/recipients', async (req): Promise<Recipient[]> => {
    const { meeting } = await produce(req);
    return listRecipients(ctx, meeting);
  });

  app.post('/api/meetings/:id/minutes/recipients', async (req, reply) => {
    const { meeting } = await produce(req);
    const body = parse(CreateRecipientRequest, req.body);
    const row = await addRecipient(ctx, meeting, body);
    return reply.code(201).send(recipientJson(row, meeting, await loadMeetingContent(ctx, meeting), today()));
  });

  /** Adds the meeting's own list (step 9, "who gets the minutes") and the school's archive, skipping ones already there. */
  app.post('/api/meetings/:id/minutes/recipients/from-meeting', async (req, reply) => {
    const { meeting } = await produce(req);
    return reply.code(201).send(await addRecipientsFromMeeting(ctx, meeting));
  });

  app.delete('/api/meetings/:id/minutes/recipients/:recipientId', async (req, reply) => {
    const { meeting } = await produce(req);
    const { recipientId } = parse(RecipientParams, req.params);
    const recipient = await ctx.storage.minutes.findRecipient(recipientId);
    if (!recipient || recipient.meetingId !== meeting.id || recipient.removedAt) throw notFound('recipient');
    await ctx.storage.minutes.removeRecipient(recipientId, ctx.now().toISOString());
    return reply.code(204).send();
  });

  // ── Links ──
  const versionsById = async (meetingId: string) => new Map((await ctx.storage.minutes.listVersions(meetingId)).map((v) => [v.id, v]));

  app.get('/api/meetings/:id/minutes/links', async (req) => {
    const { meeting } = await produce(req);
    const versions = await versionsById(meeting.id);
    const links = await ctx.storage.minutes.listLinks(meeting.id);
    return Promise.all(
      links.map(async (l) => {
        const copy = await ctx.storage.minutes.findCopy(l.versionId, l.recipientId);
        return linkJson(l, versions.get(l.versionId)!, copy?.variant ?? 'full');
      }),
    );
  });

  /** A personal link to the latest finalized version of a document, as that recipient's frozen copy. */
  app.post('/api/meetings/:id/minutes/links', async (req, reply): Promise<CreatedLink> => {
    const { meeting, principal } = await produce(req);
    const body = parse(CreateLinkRequest, req.body ?? {});
    assertDocumentFor(meeting, body.document);
    const recipient = await ctx.storage.minutes.findRecipient(body.recipientId);
    if (!recipient || recipient.meetingId !== meeting.id || recipient.removedAt) throw notFound('recipient');
    const version = await ctx.storage.minutes.findVersion(meeting.id, body.document);
    if (!version) throw new HttpError(409, 'not_finalized', 'Finalize the minutes before making links');
    const copy = await recipientCopy(ctx, version, recipient);
    const token = newToken();
    const now = ctx.now();
    const actor = partyOf(principal);
    const row = {
      id: newId(),
      meetingId: meeting.id,
      recipientId: recipient.id,
      versionId: version.id,
      tokenHash: hashToken(token),
      createdAt: now.toISOString(),
      createdBy: actor.key,
      expiresAt: linkExpiry(now, body.expiresInDays),
      revokedAt: null,
    };
    await ctx.storage.minutes.createLink(row);
    await recordAudit(ctx, {
      action: 'minutes.distributed',
      meetingId: meeting.id,
      actor,
      subject: { key: `recipient:${recipient.id}`, name: recipient.name },
      ip: req.ip,
      detail: { document: version.document, version: version.version, variant: copy.variant, link: row.id },
    });
    reply.code(201);
    return { ...linkJson({ ...row, downloads: 0 }, version, copy.variant), url: downloadUrl(ctx.config.publicUrl ?? absolute(req, ''), token) };
  });

  app.delete('/api/meetings/:id/minutes/links/:linkId', async (req, reply) => {
    const { meeting } = await produce(req);
    const { linkId } = parse(LinkParams, req.params);
    const link = await ctx.storage.minutes.findLink(linkId);
    if (!link || link.meetingId !== meeting.id) throw notFound('link');
    await ctx.storage.minutes.revokeLink(linkId, ctx.now().toISOString());
    return reply.code(204).send();
  });

  app.get('/api/meetings/:id/minutes/downloads', async (req): Promise<DownloadEntry[]> => {
    const { meeting } = await produce(req);
    const versions = await versionsById(meeting.id);
    const links = new Map((await ctx.storage.minutes.listLinks(meeting.id)).map((l) => [l.id, l]));
    return (await ctx.storage.minutes.listDownloads(meeting.id)).map((d) => {
      const link = links.get(d.linkId)!;
      const version = versions.get(link.versionId)!;
      return { linkId: d.linkId, recipientId: link.recipientId, document: version.document, version: version.version, at: d.at, ip: d.ip };
    });
  });

  /**
   * A recipient's link opens a small page in the meeting's language (what this is, from which school,
   * a download button); the button fetches the frozen copy. Unknown or revoked: 404. Expired: 410.
   * Consent withdrawn since: 403. A person gets a page in words for each; a program gets the same codes.
   */
  const openLink = async (token: string) => {
    const link = await ctx.storage.minutes.findLinkByTokenHash(hashToken(token));
    const state = linkState(link, ctx.now());
    if (state === 'unknown' || state === 'revoked' || !link) return { refused: 'unknown' as const, status: 404, meeting: null };
    const meeting = await ctx.storage.meetings.find(link.meetingId);
    if (state === 'expired') return { refused: 'expired' as const, status: 410, meeting };
    const [version, recipient] = await Promise.all([ctx.storage.minutes.findVersionById(link.versionId), ctx.storage.minutes.findRecipient(link.recipientId)]);
    if (!version || !recipient || !meeting) return { refused: 'unknown' as const, status: 404, meeting };
    const copy = await recipientCopy(ctx, version, recipient);
    if (await consentWithdrawn(ctx, meeting, recipient, copy.variant)) return { refused: 'withdrawn' as const, status: 403, meeting };
    return { refused: null, status: 200, meeting, link, version, recipient, copy };
  };

  app.get('/d/:token', async (req, reply) => {
    const { token } = parse(TokenParams, req.params);
    reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8');
    let opened;
    try {
      opened = await openLink(token);
    } catch (err) {
      // A person gets a page in words even when the server cannot read what it needs (fails closed).
      req.log.error({ err }, 'download page failed');
      return reply.code(500).send(renderDownloadPage(docText(DEFAULT_LANGUAGE), { state: 'failed' }));
    }
    const text = docText(opened.meeting?.language ?? DEFAULT_LANGUAGE);
    reply.code(opened.status);
    if (opened.refused !== null) return renderDownloadPage(text, { state: opened.refused });
    const snapshot = readSnapshot(opened.version);
    return renderDownloadPage(text, {
      state: 'ready',
      document: opened.version.document,
      school: snapshot.meeting.school?.trim() || snapshot.content.pupil?.school?.trim() || '',
      meetingDate: snapshot.meeting.startsAt ?? snapshot.meeting.createdAt,
      recipientName: opened.recipient.name,
      expiresAt: opened.link.expiresAt,
      href: `${downloadPath(token)}/download`,
    });
  });

  app.get('/d/:token/download', async (req, reply) => {
    const { token } = parse(TokenParams, req.params);
    const opened = await openLink(token);
    reply.header('Cache-Control', 'no-store');
    if (opened.refused !== null) throw new HttpError(opened.status, `link_${opened.refused}`, LINK_REFUSALS[opened.refused]);
    const { link, version, recipient, meeting, copy } = opened;
    await ctx.storage.minutes.logDownload({ linkId: link.id, meetingId: meeting.id, at: ctx.now().toISOString(), ip: req.ip ?? null });
    await recordAudit(ctx, {
      action: 'minutes.downloaded',
      meetingId: meeting.id,
      actor: { key: `recipient:${recipient.id}`, name: recipient.name },
      ip: req.ip,
      detail: { document: version.document, version: version.version, variant: copy.variant, link: link.id },
    });
    return sendPdf(reply, copy.pdf, documentFileName(version.document, readSnapshot(version).meeting, version.version), { ETag: `"${copy.sha256}"` });
  });
}

const LINK_REFUSALS = {
  unknown: 'This download link is not valid. Ask the school for a new one.',
  expired: 'This download link has expired. Ask the school for a new one.',
  withdrawn: 'The parents no longer consent to sharing this with your service. Ask the school.',
} as const;

/** A service's full copy is not handed out once the parents have withdrawn (or not given) consent in the meeting since. */
async function consentWithdrawn(ctx: AppContext, meeting: MeetingRow, recipient: MinutesRecipientRow, variant: string): Promise<boolean> {
  const service: Service | null = recipientService(recipient.kind);
  if (!service || variant !== 'full' || meeting.kind === 'anonymous') return false;
  // Fails closed: if the meeting's consent cannot be read, the error answers the request (and is
  // logged), and the full copy is not handed out.
  const content = await loadMeetingContent(ctx, meeting);
  return !canShareWith(content.consents, service, osloDate(ctx.now()));
}
