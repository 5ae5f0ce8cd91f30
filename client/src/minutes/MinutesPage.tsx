/**
 * The facilitator's review page for the minutes (/m/:id/minutes): the preview of every document (the
 * same layout model the PDFs print), finalizing frozen versions, the distribution list, personal
 * download links and the download log.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MeetingView } from '@naervaer/shared/api';
import { useMeetingView } from '../lib/useMeeting';
import { sharingAllowed } from '@naervaer/shared/consent';
import { formatDateTime } from '@naervaer/shared/i18n';
import {
  type DownloadEntry,
  type DownloadLink,
  type MinutesDocument,
  type MinutesPreview,
  type MinutesVersion,
  type Recipient,
  type RecipientKind,
  documentsFor,
  linkState,
  recipientKindsFor,
} from '@naervaer/shared/minutes';
import { API, DOCUMENT_PDF } from '@naervaer/shared/routes';
import { can } from '@naervaer/shared/roles';
import { ErrorMessage, Field, Loading, Page } from '../components';
import { call, hrefOf } from '../lib/api';
import { errorText } from '../lib/errors';
import { currentLanguage } from '../lib/i18n';
import { DocumentPreview } from './DocumentPreview';


export function MinutesPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation(['minutes', 'ui']);
  const { view, failed } = useMeetingView(meetingId);
  if (failed || (view && !can(view.me.role, 'minutes.produce'))) return <p role="alert">{t('ui:room.notFound')}</p>;
  if (!view) return <Loading />;
  return <Minutes view={view} />;
}

function Minutes({ view }: { view: MeetingView }) {
  const { t } = useTranslation(['minutes', 'domain', 'ui']);
  const id = view.meeting.id;
  const documents = documentsFor(view.meeting.kind);
  const [preview, setPreview] = useState<MinutesPreview | null>(null);
  const [versions, setVersions] = useState<MinutesVersion[]>([]);
  const [recipients, setRecipients] = useState<Recipient[]>([]);
  const [links, setLinks] = useState<DownloadLink[]>([]);
  const [downloads, setDownloads] = useState<DownloadEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (work: () => Promise<void>) => {
      setError(null);
      try {
        await work();
      } catch (err) {
        setError(errorText(err, 'minutes'));
      }
    },
    [t],
  );

  const reload = useCallback(
    () =>
      run(async () => {
        const [p, v, r, l, d] = await Promise.all([
          call(API.minutesPreview, { id }),
          call(API.versions, { id }),
          call(API.recipients, { id }),
          call(API.links, { id }),
          call(API.downloads, { id }),
        ]);
        setPreview(p);
        setVersions(v);
        setRecipients(r);
        setLinks(l);
        setDownloads(d);
      }),
    [id, run],
  );
  useEffect(() => void reload(), [reload]);

  const finalize = () =>
    run(async () => {
      setBusy(true);
      try {
        const res = await call(API.finalize, { id });
        setStatus(t('minutes:page.finalized', { version: res.version }));
        await reload();
      } finally {
        setBusy(false);
      }
    });

  const date = (iso: string) => formatDateTime(iso, currentLanguage());
  const recipientName = (rid: string) => recipients.find((r) => r.id === rid)?.name ?? '';
  const kindLabel = (kind: RecipientKind) => (kind === 'archive' ? t('minutes:archive') : t(`domain:services.${kind}`));

  return (
    <Page
      title={t('minutes:page.title')}
      actions={
        <Link href={`/m/${encodeURIComponent(id)}`} className="button">
          {t('minutes:page.back')}
        </Link>
      }
    >
      <p className="meta">{view.meeting.title}</p>
      <p>{t('minutes:page.intro')}</p>
      <ErrorMessage message={error} />
      <p role="status" aria-live="polite" className="status-line">
        {status}
      </p>

      <section className="card" aria-labelledby="minutes-actions">
        <h2 id="minutes-actions">{t('minutes:page.preview')}</h2>
        <div className="button-row">
          <button type="button" onClick={() => void reload()}>
            {t('minutes:page.refresh')}
          </button>
          {documents.map((d) => (
            <a key={d} className="button" href={hrefOf(DOCUMENT_PDF[d], { id }, { draft: 'true' })} download>
              {t('minutes:page.downloadPdf', { document: t(`minutes:documents.${d}`) })}
            </a>
          ))}
          <button type="button" className="primary" onClick={() => void finalize()} disabled={busy}>
            {busy ? t('minutes:page.finalizing') : t('minutes:page.finalize')}
          </button>
        </div>
        {preview && (
          <p className="hint" data-preview-state={preview.isLatestVersion ? 'final' : 'draft'}>
            {preview.isLatestVersion
              ? t('minutes:page.previewIsVersion', { version: preview.latestVersion ?? '' })
              : preview.latestVersion
                ? t('minutes:page.previewChangedSince', { version: preview.latestVersion })
                : t('minutes:page.previewIsDraft')}
          </p>
        )}
      </section>

      {/* The long preview folds away: the work is done in the order of the page (review, finalize, send). */}
      <details className="card minutes-preview">
        <summary>{t('minutes:page.showPreview')}</summary>
        {preview?.models.map((model) => <DocumentPreview key={model.document} model={model} />)}
      </details>

      <Recipients
        meetingId={id}
        kinds={recipientKindsFor(view.meeting.kind)}
        documents={documents}
        recipients={recipients}
        links={links}
        hasVersion={versions.length > 0}
        kindLabel={kindLabel}
        date={date}
        run={run}
        reload={reload}
      />

      <section className="card" aria-labelledby="minutes-versions">
        <h2 id="minutes-versions">{t('minutes:page.versions')}</h2>
        {versions.length === 0 ? (
          <p>{t('minutes:page.noVersions')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('minutes:page.version')}</th>
                <th scope="col">{t('minutes:page.document')}</th>
                <th scope="col">{t('minutes:page.created')}</th>
                <th scope="col">{t('minutes:page.checksum')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <td>
                    <a href={hrefOf(API.versionPdf, { id, file: `${v.version}.pdf` }, { document: v.document })} download>
                      {v.version}
                    </a>
                  </td>
                  <td>{t(`minutes:documents.${v.document}`)}</td>
                  <td>{date(v.createdAt)}</td>
                  <td>
                    <code>{v.sha256.slice(0, 16)}…</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>


      <section className="card" aria-labelledby="minutes-log">
        <h2 id="minutes-log">{t('minutes:page.log')}</h2>
        {downloads.length === 0 ? (
          <p>{t('minutes:page.noDownloads')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('minutes:page.when')}</th>
                <th scope="col">{t('minutes:page.recipientName')}</th>
                <th scope="col">{t('minutes:page.document')}</th>
                <th scope="col">{t('minutes:page.version')}</th>
              </tr>
            </thead>
            <tbody>
              {downloads.map((d, i) => (
                <tr key={`${d.linkId}-${i}`}>
                  <td>{date(d.at)}</td>
                  <td>{recipientName(d.recipientId)}</td>
                  <td>{t(`minutes:documents.${d.document}`)}</td>
                  <td>{d.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Page>
  );
}

type RecipientsProps = {
  meetingId: string;
  kinds: readonly RecipientKind[];
  documents: readonly MinutesDocument[];
  recipients: Recipient[];
  links: DownloadLink[];
  hasVersion: boolean;
  kindLabel: (kind: RecipientKind) => string;
  date: (iso: string) => string;
  run: (work: () => Promise<void>) => Promise<void>;
  reload: () => Promise<void>;
};

function Recipients({ meetingId, kinds, documents, recipients, links, hasVersion, kindLabel, date, run, reload }: RecipientsProps) {
  const { t } = useTranslation(['minutes']);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<RecipientKind>('foresatt');
  // Every link made on this page stays here until the page is left: each is shown only now.
  const [created, setCreated] = useState<{ id: string; name: string; document: MinutesDocument; url: string; copied: boolean }[]>([]);
  const [rowError, setRowError] = useState<{ recipientId: string; message: string } | null>(null);
  const now = Date.now();

  const add = () =>
    run(async () => {
      await call(API.addRecipient, { id: meetingId }, { name, kind });
      setName('');
      await reload();
    });
  const fromMeeting = () =>
    run(async () => {
      await call(API.recipientsFromMeeting, { id: meetingId });
      await reload();
    });
  const remove = (rid: string) =>
    run(async () => {
      await call(API.removeRecipient, { id: meetingId, recipientId: rid });
      await reload();
    });
  const makeLink = async (recipient: Recipient, document: MinutesDocument, days: number) => {
    setRowError(null);
    try {
      const link = await call(API.createLink, { id: meetingId }, { recipientId: recipient.id, document, expiresInDays: days });
      setCreated((all) => [...all, { id: link.id, name: recipient.name, document, url: link.url, copied: false }]);
      await reload();
    } catch (err) {
      // Said where it was asked for: at the recipient's row.
      setRowError({ recipientId: recipient.id, message: errorText(err, 'minutes') });
    }
  };
  const revoke = (lid: string) =>
    run(async () => {
      await call(API.revokeLink, { id: meetingId, linkId: lid });
      await reload();
    });

  return (
    <section className="card" aria-labelledby="minutes-recipients">
      <h2 id="minutes-recipients">{t('minutes:page.recipients')}</h2>
      <p className="hint">{t('minutes:page.recipientsIntro')}</p>
      {!hasVersion && <p className="callout">{t('minutes:page.needVersion')}</p>}
      {created.length > 0 && (
        <div className="callout" role="status">
          <p>{t('minutes:page.linksShownOnce')}</p>
          <ul className="made-links">
            {created.map((link) => (
              <li key={link.id} data-link={link.id}>
                <p>
                  <strong>{t(`minutes:documents.${link.document}`)}:</strong> {t('minutes:page.linkReady', { name: link.name })}
                </p>
                <p className="link-field">
                  <code>{link.url}</code>{' '}
                  <button
                    type="button"
                    onClick={() => {
                      void navigator.clipboard?.writeText(link.url).then(() => setCreated((all) => all.map((l) => (l.id === link.id ? { ...l, copied: true } : l))));
                    }}
                  >
                    {link.copied ? t('minutes:page.copied') : t('minutes:page.copyFor', { name: link.name })}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
      {recipients.length === 0 ? (
        <p>{t('minutes:page.noRecipients')}</p>
      ) : (
        <ul className="recipient-list">
          {recipients.map((r) => (
            <RecipientRow
              key={r.id}
              recipient={r}
              kindLabel={kindLabel}
              documents={documents}
              links={links.filter((l) => l.recipientId === r.id)}
              hasVersion={hasVersion}
              now={now}
              date={date}
              onLink={(d, days) => void makeLink(r, d, days)}
              error={rowError?.recipientId === r.id ? rowError.message : null}
              onRevoke={(lid) => void revoke(lid)}
              onRemove={() => void remove(r.id)}
            />
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Field label={t('minutes:page.recipientName')}>{(p) => <input {...p} value={name} required maxLength={120} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label={t('minutes:page.recipientKind')}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as RecipientKind)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit">{t('minutes:page.addRecipient')}</button>
        <button type="button" onClick={() => void fromMeeting()}>
          {t('minutes:page.fromMeeting')}
        </button>
      </form>
    </section>
  );
}

type RecipientRowProps = {
  recipient: Recipient;
  kindLabel: (kind: RecipientKind) => string;
  documents: readonly MinutesDocument[];
  links: DownloadLink[];
  hasVersion: boolean;
  now: number;
  date: (iso: string) => string;
  onLink: (document: MinutesDocument, days: number) => void;
  onRevoke: (linkId: string) => void;
  onRemove: () => void;
  /** Why the last link asked for here was refused. */
  error: string | null;
};

function RecipientRow({ recipient, kindLabel, documents, links, hasVersion, now, date, onLink, onRevoke, onRemove, error }: RecipientRowProps) {
  const { t } = useTranslation(['minutes', 'domain']);
  const [document, setDocument] = useState<MinutesDocument>('minutes');
  const [days, setDays] = useState(14);
  const lacksConsent = recipient.consent !== undefined && !sharingAllowed(recipient.consent);
  return (
    <li className="recipient">
      <h3>
        {recipient.name}
        {recipient.name !== kindLabel(recipient.kind) && <span className="meta">, {kindLabel(recipient.kind)}</span>}
      </h3>
      {recipient.consent && (
        <p className={`consent-status${lacksConsent ? ' consent-status--lacking' : ''}`} data-consent={recipient.consent}>
          {t(`domain:consent.status.${recipient.consent}`)}
          {lacksConsent && ` · ${t('minutes:page.withoutConsent')}`}
        </p>
      )}
      {links.length > 0 && (
        <ul className="link-list">
          {links.map((l) => {
            const state = { revoked: t('minutes:page.revoked'), expired: t('minutes:page.expired'), usable: t('minutes:page.expires', { date: date(l.expiresAt) }), unknown: '' }[linkState(l, now)];
            return (
              <li key={l.id}>
                {t(`minutes:documents.${l.document}`)}, {t('minutes:page.version')} {l.version} · {t(`minutes:page.variant.${l.variant}`)} · {state} ·{' '}
                {t('minutes:page.downloadsCount', { count: l.downloads })}
                {!l.revokedAt && (
                  <>
                    {' '}
                    <button type="button" onClick={() => onRevoke(l.id)}>
                      {t('minutes:page.revoke')}
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {hasVersion && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            onLink(document, days);
          }}
        >
          <Field label={t('minutes:page.linkDocument')}>
            {(p) => (
              <select {...p} value={document} onChange={(e) => setDocument(e.target.value as MinutesDocument)}>
                {documents.map((d) => (
                  <option key={d} value={d}>
                    {t(`minutes:documents.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('minutes:page.linkDays')}>
            {(p) => <input {...p} type="number" min={1} max={90} value={days} onChange={(e) => setDays(Math.max(1, Math.min(90, Number(e.target.value) || 1)))} />}
          </Field>
          <button type="submit">{t('minutes:page.makeLink')}</button>
          <button type="button" onClick={onRemove}>
            {t('minutes:page.removeRecipient')}
          </button>
        </form>
      )}
      <ErrorMessage message={error} />
    </li>
  );
}
