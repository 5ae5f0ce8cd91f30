import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Account } from '@naervaer/shared/api';
import { ADMIN_PATH } from '@naervaer/shared/admin';
import { API } from '@naervaer/shared/routes';
import { formatDateTime } from '@naervaer/shared/i18n';
import { MEETING_KINDS, type Meeting, type MeetingKind, meetingPath, preparePath } from '@naervaer/shared/meeting';
import { ErrorMessage, Field, Loading, Page } from '../components';
import { call } from '../lib/api';
import { errorText } from '../lib/errors';
import { currentLanguage } from '../lib/i18n';
import { DeleteMeeting } from './DeleteMeeting';

/** A datetime-local value (Oslo wall time, as the browser shows it) as an ISO timestamp. */
function toIso(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function MeetingsPage({ account, onLogout }: { account: Account; onLogout: () => void }) {
  const { t } = useTranslation(['ui', 'access']);
  const [, navigate] = useLocation();
  const [meetings, setMeetings] = useState<Meeting[] | null>(null);
  const [kind, setKind] = useState<MeetingKind>('named');
  const [title, setTitle] = useState('');
  const [school, setSchool] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);

  const load = useCallback(async () => setMeetings(await call(API.meetings, {})), []);
  useEffect(() => void load(), [load]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const created = await call(API.createMeeting, {}, {
        kind,
        title,
        ...(school.trim() ? { school } : {}),
        ...(toIso(startsAt) ? { startsAt: toIso(startsAt) } : {}),
        language: currentLanguage(),
      });
      setTitle('');
      // A new meeting starts with its preparation: the pupil, the participants and their links.
      navigate(preparePath(created.id));
    } catch (err) {
      setError(errorText(err));
    }
  };

  const afterDelete = async (deletedTitle: string) => {
    setDeleted(deletedTitle);
    await load();
    // The deleted meeting's card is gone: focus goes to the list's heading, where the status is read.
    document.getElementById('meeting-list')?.focus();
  };

  const logout = async () => {
    const { providerLogout } = await call(API.logout, {});
    // Logged in through a provider: its logout page ends the session there too, and sends the browser back.
    if (providerLogout) window.location.assign(providerLogout);
    else onLogout();
  };

  return (
    <Page
      title={t('meetings.title')}
      actions={
        <>
          <span className="who">{account.name}</span>
          {account.admin && <Link href={ADMIN_PATH}>{t('meetings.adminLink')}</Link>}
          <button type="button" onClick={logout}>
            {t('access:auth.logout')}
          </button>
        </>
      }
    >
      <div className="two-columns">
        <section aria-labelledby="new-meeting" className="card">
          <h2 id="new-meeting">{t('meetings.create')}</h2>
          <form className="form" onSubmit={create}>
            <Field label={t('meetings.kind')}>
              {(p) => (
                <select {...p} value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
                  {MEETING_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`meetings.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('meetings.meetingTitle')}>{(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />}</Field>
            <Field label={t('meetings.school')}>{(p) => <input {...p} value={school} onChange={(e) => setSchool(e.target.value)} maxLength={200} />}</Field>
            <Field label={t('meetings.startsAt')}>{(p) => <input {...p} type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />}</Field>
            <ErrorMessage message={error} />
            <button type="submit" className="primary">
              {t('meetings.createButton')}
            </button>
          </form>
        </section>
        <section aria-labelledby="meeting-list">
          <h2 id="meeting-list" tabIndex={-1}>
            {t('meetings.listTitle')}
          </h2>
          <p role="status" className="meta">
            {deleted ? t('meetings.deleted', { title: deleted }) : ''}
          </p>
          {meetings === null ? (
            <Loading />
          ) : meetings.length === 0 ? (
            <p>{t('meetings.none')}</p>
          ) : (
            <ul className="meeting-list">
              {meetings.map((m) => (
                <li key={m.id} className="card">
                  <h3>{m.title}</h3>
                  <p className="meta">
                    {t(`meetings.kinds.${m.kind}`)}
                    {m.school ? ` · ${m.school}` : ''}
                    {m.startsAt ? ` · ${formatDateTime(m.startsAt, currentLanguage())}` : ''}
                  </p>
                  <div className="button-row">
                    <Link href={meetingPath(m.id)} className="button primary">
                      {t('meetings.open')}
                      <span className="visually-hidden">: {m.title}</span>
                    </Link>
                    <Link href={preparePath(m.id)} className="button">
                      {t('meetings.prepare')}
                      <span className="visually-hidden">: {m.title}</span>
                    </Link>
                  </div>
                  <DeleteMeeting meetingId={m.id} meetingTitle={m.title} onDeleted={afterDelete} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Page>
  );
}
