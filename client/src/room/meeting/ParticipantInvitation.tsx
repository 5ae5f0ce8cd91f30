/**
 * A participant's invitation, in their row of the preparation: make a personal link (as a participant
 * who writes or an observer who reads), see until when it works, copy it while the page is open, and
 * take it back. A service without the parents' consent is warned about before a link is made.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsentStatus, sharingAllowed } from '@naervaer/shared/consent';
import { formatDateTime } from '@naervaer/shared/i18n';
import { INVITED_ROLES, type Invitation } from '@naervaer/shared/invitation';
import type { Participant } from '@naervaer/shared/participant';
import { inviteParticipant, listInvitations, revokeInvitation } from '../../actions/invitations';
import { ErrorMessage } from '../../components';
import { errorText } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';

type MadeLink = { invitationId: string; url: string; copied: boolean };
type InvitedRole = (typeof INVITED_ROLES)[number];

/** A link that still opens the meeting: not taken back, not expired. */
const isActive = (i: Invitation) => !i.revokedAt && Date.parse(i.expiresAt) > Date.now();

/** The meeting's invitations and the links made on this page (each shown only until the page is left). */
export function useInvitations(meetingId: string, guestProviders: readonly { id: string; name: string }[] = []) {
  const [invitations, setInvitations] = useState<Invitation[]>([]);
  const [made, setMade] = useState<Record<string, MadeLink>>({});
  const reload = useCallback(async () => setInvitations(await listInvitations(meetingId)), [meetingId]);
  useEffect(() => void reload().catch(() => undefined), [reload]);
  const invite = async (participant: Participant, serviceName: string, role: InvitedRole, loginProvider?: string) => {
    const created = await inviteParticipant(meetingId, participant, serviceName, role, loginProvider);
    setMade((all) => ({ ...all, [participant.id]: { invitationId: created.id, url: created.url, copied: false } }));
    await reload();
  };
  const revoke = async (invitationId: string) => {
    await revokeInvitation(meetingId, invitationId);
    setMade((all) => Object.fromEntries(Object.entries(all).filter(([, link]) => link.invitationId !== invitationId)));
    await reload();
  };
  /** Takes back every link that still opens the meeting for a participant. */
  const revokeFor = async (participantId: string) => {
    for (const invitation of invitations.filter((i) => i.participantId === participantId && isActive(i))) await revoke(invitation.id);
  };
  const markCopied = (participantId: string) => setMade((all) => (all[participantId] ? { ...all, [participantId]: { ...all[participantId], copied: true } } : all));
  const providerName = (id: string) => guestProviders.find((p) => p.id === id)?.name ?? id;
  return { invitations, made, invite, revoke, revokeFor, markCopied, guestProviders, providerName };
}

export type Invitations = ReturnType<typeof useInvitations>;

type Props = {
  participant: Participant;
  /** The participant's service as the room shows it ("Helsesykepleier"). */
  serviceName: string;
  /** The parents' consent for the participant's service; null where it does not apply (an anonymous consultation). */
  consent: ConsentStatus | null;
  invitations: Invitations;
};

export function ParticipantInvitation({ participant, serviceName, consent, invitations }: Props) {
  const { t } = useTranslation(['meeting']);
  const id = useId();
  const [role, setRole] = useState<InvitedRole>('participant');
  const [login, setLogin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mine = invitations.invitations.filter((i) => i.participantId === participant.id);
  const active = mine.find(isActive) ?? null;
  const last = mine.at(-1);
  const made = invitations.made[participant.id];
  const named = participant.name.trim() !== '';
  const lacksConsent = consent !== null && !sharingAllowed(consent);
  const date = (iso: string) => formatDateTime(iso, currentLanguage());

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <div className="participant-invitation" data-invitation={active ? 'active' : mine.length ? 'revoked' : 'none'}>
      {/* Before and after the link is made: the person sees and hears everything in the meeting. */}
      {lacksConsent && (
        <p className="callout consent-warning" role="note">
          {t('meeting:participants.invitation.noConsent', { service: serviceName })}
        </p>
      )}
      {active ? (
        <p className="invitation-state">
          {t('meeting:participants.invitation.active', { role: t(`meeting:participants.invitation.roles.${active.role}`), date: date(active.expiresAt) })}{' '}
          <button type="button" onClick={() => void run(() => invitations.revoke(active.id))}>
            {t('meeting:participants.invitation.revoke')}
          </button>
          {active.loginProvider && (
            <span className="hint invitation-login">
              {' '}
              {t(active.boundAt ? 'meeting:participants.invitation.loginBound' : 'meeting:participants.invitation.loginPending', { name: invitations.providerName(active.loginProvider) })}
            </span>
          )}
        </p>
      ) : (
        <>
          {last && <p className="hint">{t(last.revokedAt ? 'meeting:participants.invitation.revoked' : 'meeting:participants.invitation.expired')}</p>}
          {!named && <p className="hint">{t('meeting:participants.invitation.nameFirst')}</p>}
          <div className="inline-form">
            <div className="field">
              <label htmlFor={`${id}-role`}>{t('meeting:participants.invitation.role')}</label>
              <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as InvitedRole)}>
                {INVITED_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`meeting:participants.invitation.roles.${r}`)}
                  </option>
                ))}
              </select>
            </div>
            {invitations.guestProviders.length > 0 && (
              <div className="field">
                <label htmlFor={`${id}-login`}>{t('meeting:participants.invitation.login')}</label>
                <select id={`${id}-login`} value={login} onChange={(e) => setLogin(e.target.value)}>
                  <option value="">{t('meeting:participants.invitation.loginNone')}</option>
                  {invitations.guestProviders.map((p) => (
                    <option key={p.id} value={p.id}>
                      {t('meeting:participants.invitation.loginWith', { name: p.name })}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <button type="button" disabled={!named} onClick={() => void run(() => invitations.invite(participant, serviceName, role, login || undefined))}>
              {t(lacksConsent ? 'meeting:participants.invitation.makeAnyway' : 'meeting:participants.invitation.make', { name: participant.name.trim() || t('meeting:participants.invitation.thisPerson') })}
            </button>
          </div>
        </>
      )}
      {made && active?.id === made.invitationId && (
        <div className="invite-link" role="status">
          <p>{t('meeting:participants.invitation.ready', { name: participant.name })}</p>
          <p className="link-field">
            <code>{made.url}</code>{' '}
            <button type="button" onClick={() => void navigator.clipboard?.writeText(made.url).then(() => invitations.markCopied(participant.id))}>
              {made.copied ? t('meeting:participants.invitation.copied') : t('meeting:participants.invitation.copy')}
            </button>
          </p>
        </div>
      )}
      <ErrorMessage message={error} />
    </div>
  );
}

/**
 * Links that belong to no participant's row now (made before invitations were made from the rows, or
 * for an entry removed since): each can still open the meeting, so each can be taken back here.
 */
export function OtherInvitations({ invitations, participantIds }: { invitations: Invitations; participantIds: readonly string[] }) {
  const { t } = useTranslation(['meeting']);
  const [error, setError] = useState<string | null>(null);
  const others = invitations.invitations.filter((i) => isActive(i) && !(i.participantId && participantIds.includes(i.participantId)));
  if (others.length === 0) return null;
  return (
    <section className="other-invitations" aria-labelledby="other-invitations-title">
      <h3 id="other-invitations-title">{t('meeting:participants.invitation.othersTitle')}</h3>
      <p className="hint">{t('meeting:participants.invitation.othersHint')}</p>
      <ul>
        {others.map((i) => (
          <li key={i.id}>
            <span>
              {[i.name, i.service].filter(Boolean).join(', ')} · {t(`meeting:participants.invitation.roles.${i.role}`)}
            </span>{' '}
            <button
              type="button"
              onClick={() => {
                setError(null);
                invitations.revoke(i.id).catch((err: unknown) => setError(errorText(err)));
              }}
            >
              {t('meeting:participants.invitation.revoke')} <span className="visually-hidden">{i.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage message={error} />
    </section>
  );
}
