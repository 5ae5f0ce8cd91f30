import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatedInvitation, InvitationList } from '@naervaer/shared/api';
import { formatDateTime } from '@naervaer/shared/i18n';
import { INVITED_ROLES, type Invitation, type Presence } from '@naervaer/shared/invitation';
import { ErrorMessage, Field } from '../components';
import { api, ApiFailure } from '../lib/api';
import { currentLanguage } from '../lib/i18n';

type InvitedRole = (typeof INVITED_ROLES)[number];

/** Invite people to a meeting, see the links made, and revoke them. */
export function InvitePanel({ meetingId, meetingTitle }: { meetingId: string; meetingTitle: string }) {
  const { t } = useTranslation();
  const [invitations, setInvitations] = useState<Invitation[]>([]);
  const [name, setName] = useState('');
  const [service, setService] = useState('');
  const [role, setRole] = useState<InvitedRole>('participant');
  const [presence, setPresence] = useState<Presence>('remote');
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/invitations`;

  const load = useCallback(async () => setInvitations(await api('GET', base, InvitationList)), [base]);
  useEffect(() => void load(), [load]);

  const invite = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const created = await api('POST', base, CreatedInvitation, { role, name, presence, ...(service.trim() ? { service } : {}) });
      setLink({ name, url: created.url });
      setCopied(false);
      setName('');
      setService('');
      await load();
    } catch (err) {
      setError(err instanceof ApiFailure ? err.message : t('app.error'));
    }
  };

  const revoke = async (id: string) => {
    await api('DELETE', `${base}/${encodeURIComponent(id)}`, null);
    await load();
  };

  const copy = async () => {
    if (!link) return;
    await navigator.clipboard?.writeText(link.url).catch(() => undefined);
    setCopied(true);
  };

  return (
    <details className="invite-panel">
      <summary>
        {t('meetings.invite')} – {meetingTitle}
      </summary>
      <form className="form inline-form" onSubmit={invite}>
        <Field label={t('meetings.inviteName')}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />}</Field>
        <Field label={t('meetings.inviteService')}>
          {(p) => <input {...p} value={service} placeholder={t('meetings.inviteServicePlaceholder')} onChange={(e) => setService(e.target.value)} maxLength={120} />}
        </Field>
        <Field label={t('meetings.inviteRole')}>
          {(p) => (
            <select {...p} value={role} onChange={(e) => setRole(e.target.value as InvitedRole)}>
              {INVITED_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`meetings.roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('meetings.invitePresence')}>
          {(p) => (
            <select {...p} value={presence} onChange={(e) => setPresence(e.target.value as Presence)}>
              <option value="remote">{t('meetings.presence.remote')}</option>
              <option value="room">{t('meetings.presence.room')}</option>
            </select>
          )}
        </Field>
        <button type="submit">{t('meetings.inviteButton')}</button>
      </form>
      <ErrorMessage message={error} />
      {link && (
        <div className="invite-link" role="status">
          <p>{t('meetings.linkReady', { name: link.name })}</p>
          <input readOnly value={link.url} aria-label={t('meetings.linkReady', { name: link.name })} className="link-field" onFocus={(e) => e.target.select()} />
          <button type="button" onClick={copy}>
            {copied ? t('meetings.copied') : t('meetings.copy')}
          </button>
        </div>
      )}
      <h4>{t('meetings.invitations')}</h4>
      {invitations.length === 0 ? (
        <p>{t('meetings.noInvitations')}</p>
      ) : (
        <ul className="invitation-list">
          {invitations.map((inv) => (
            <li key={inv.id}>
              <span>
                <strong>{inv.name}</strong>
                {inv.service ? `, ${inv.service}` : ''} · {t(`meetings.roles.${inv.role}`)} · {t(`meetings.presence.${inv.presence}`)}
              </span>
              {inv.revokedAt ? (
                <span className="badge">{t('meetings.revoked')}</span>
              ) : (
                <>
                  <span className="meta">{t('meetings.expires', { date: formatDateTime(inv.expiresAt, currentLanguage()) })}</span>
                  <button type="button" onClick={() => revoke(inv.id)}>
                    {t('meetings.revoke')} <span className="visually-hidden">{inv.name}</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
