/**
 * Minutes routes: draft and frozen PDFs, the JSON preview, finalizing, the distribution list, download
 * links and their log (facilitator only: `minutes.produce`), and the recipients' public page
 * `/d/:token` with its download `/d/:token/download`.
 */
import { API, DOCUMENT_PDF, pathFor } from '@naervaer/shared/routes';
import { bodyOf, on, absoluteUrl } from '../http/route';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod';
import { type MinutesVersion, documentsFor } from '@naervaer/shared/minutes';
import { DEFAULT_LANGUAGE, osloDate } from '@naervaer/shared/i18n';
import type { AppContext } from '../context';
import { meetingAccess } from '../auth/access';
import { partyOf, recordAudit } from '../audit/log';
import { HttpError, notFound, parse } from '../http/errors';
import type { MinutesVersionMeta } from '../storage/storage';
import { documentModel, renderDocumentPdf } from './index';
import { LINK_REFUSALS, createLink, listDownloads, listLinks, openLink, recordDownload, revokeLink } from './links';
import { loadMeetingContent } from '../meetings/stored-content';
import { assertDocumentFor, finalize, readSnapshot, variantFor, versionMatching } from './service';
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
  const absolute = (req: FastifyRequest, path: string) => absoluteUrl(ctx.config, req, path);
  const today = () => osloDate(ctx.now());

  // The current PDFs: the latest finalized version, or the draft when nothing is finalized (or ?draft=true).
  for (const document of ['minutes', 'agreement', 'child'] as const) {
    on(app, DOCUMENT_PDF[document], async (req, reply) => {
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
  on(app, API.minutesPreview, async (req) => {
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

  on(app, API.finalize, async (req, reply) => {
    const { meeting, principal } = await produce(req);
    const actor = partyOf(principal);
    const { rows, created } = await finalize(ctx, meeting, actor.key);
    const version = rows[0]!.version;
    if (created) await recordAudit(ctx, { action: 'minutes.finalized', meetingId: meeting.id, actor, ip: req.ip, detail: { version, documents: rows.map((r) => r.document).join(',') } });
    return reply.code(created ? 201 : 200).send({ version, documents: rows.map((r) => versionJson({ ...r, bytes: r.pdf.byteLength })) });
  });

  on(app, API.versions, async (req) => {
    const { meeting } = await produce(req);
    return (await ctx.storage.minutes.listVersions(meeting.id)).map(versionJson);
  });

  on(app, API.versionPdf, async (req, reply) => {
    const { meeting } = await produce(req);
    const { file } = parse(VersionParams, req.params);
    const { document } = parse(DocumentQuery, req.query);
    const n = Number.parseInt(file, 10);
    const row = await ctx.storage.minutes.findVersion(meeting.id, document, n);
    if (!row) throw notFound('version');
    return sendPdf(reply, row.pdf, documentFileName(document, meeting, n), { 'X-Minutes-Version': String(n), ETag: `"${row.sha256}"` });
  });

  // ── The distribution list ──
  on(app, API.recipients, async (req) => {
    const { meeting } = await produce(req);
    return listRecipients(ctx, meeting);
  });

  on(app, API.addRecipient, async (req, reply) => {
    const { meeting } = await produce(req);
    const body = bodyOf(API.addRecipient, req);
    const row = await addRecipient(ctx, meeting, body);
    return reply.code(201).send(recipientJson(row, meeting, await loadMeetingContent(ctx, meeting), today()));
  });

  /** Adds the meeting's own list (step 9, "who gets the minutes") and the school's archive, skipping ones already there. */
  on(app, API.recipientsFromMeeting, async (req, reply) => {
    const { meeting } = await produce(req);
    return reply.code(201).send(await addRecipientsFromMeeting(ctx, meeting));
  });

  on(app, API.removeRecipient, async (req, reply) => {
    const { meeting } = await produce(req);
    const { recipientId } = parse(RecipientParams, req.params);
    const recipient = await ctx.storage.minutes.findRecipient(recipientId);
    if (!recipient || recipient.meetingId !== meeting.id || recipient.removedAt) throw notFound('recipient');
    await ctx.storage.minutes.removeRecipient(recipientId, ctx.now().toISOString());
    return reply.code(204).send();
  });

  // ── Links ──
  on(app, API.links, async (req) => {
    const { meeting } = await produce(req);
    return listLinks(ctx, meeting);
  });

  /** A personal link to the latest finalized version of a document, as that recipient's frozen copy. */
  on(app, API.createLink, async (req, reply) => {
    const { meeting, principal } = await produce(req);
    const body = bodyOf(API.createLink, req);
    const created = await createLink(ctx, meeting, body, { actor: partyOf(principal), ip: req.ip, baseUrl: ctx.config.publicUrl ?? absolute(req, '') });
    reply.code(201);
    return created;
  });

  on(app, API.revokeLink, async (req, reply) => {
    const { meeting } = await produce(req);
    const { linkId } = parse(LinkParams, req.params);
    await revokeLink(ctx, meeting, linkId);
    return reply.code(204).send();
  });

  on(app, API.downloads, async (req) => {
    const { meeting } = await produce(req);
    return listDownloads(ctx, meeting);
  });

  /**
   * A recipient's link opens a small page in the meeting's language (what this is, from which school,
   * a download button); the button fetches the frozen copy (links.ts openLink says when it does not).
   * A person gets a page in words for each refusal; a program gets the same status codes.
   */
  on(app, API.downloadPage, async (req, reply) => {
    const { token } = parse(TokenParams, req.params);
    reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8');
    let opened;
    try {
      opened = await openLink(ctx, token);
    } catch (err) {
      // A person gets a page in words even when the server cannot read what it needs (fails closed).
      req.log.error({ err }, 'download page failed');
      return reply.code(500).send(renderDownloadPage(docText(DEFAULT_LANGUAGE), { state: 'failed' }));
    }
    const text = docText(opened.meeting?.language ?? DEFAULT_LANGUAGE);
    if (opened.refused !== null) return reply.code(LINK_REFUSALS[opened.refused].status).send(renderDownloadPage(text, { state: opened.refused }));
    const snapshot = readSnapshot(opened.version);
    return renderDownloadPage(text, {
      state: 'ready',
      document: opened.version.document,
      school: snapshot.meeting.school?.trim() || snapshot.content.pupil?.school?.trim() || '',
      meetingDate: snapshot.meeting.startsAt ?? snapshot.meeting.createdAt,
      recipientName: opened.recipient.name,
      expiresAt: opened.link.expiresAt,
      href: pathFor(API.download, { token }),
    });
  });

  on(app, API.download, async (req, reply) => {
    const { token } = parse(TokenParams, req.params);
    const opened = await openLink(ctx, token);
    reply.header('Cache-Control', 'no-store');
    if (opened.refused !== null) throw new HttpError(LINK_REFUSALS[opened.refused].status, `link_${opened.refused}`, LINK_REFUSALS[opened.refused].message);
    await recordDownload(ctx, opened, req.ip);
    const { version, copy } = opened;
    return sendPdf(reply, copy.pdf, documentFileName(version.document, readSnapshot(version).meeting, version.version), { ETag: `"${copy.sha256}"` });
  });
}
