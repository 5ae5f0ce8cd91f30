import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { AGENDA_STEPS, stepAt } from '@naervaer/shared/agenda';
import type { MeetingView } from '@naervaer/shared/api';
import { formatDateTime } from '@naervaer/shared/i18n';
import { minutesPath } from '@naervaer/shared/minutes';
import { preparePath } from '@naervaer/shared/meeting';
import { can } from '@naervaer/shared/roles';
import { AnonymousRule } from './fields/anonymous-guard';
import { ChildAgreements } from './meeting/ChildAgreements';
import { ScreenPreview } from '../meeting-pages/ScreenPage';
import { loadScreenViews } from '../meeting-pages/screens';
import { AGENDA_MOVES, agendaMoveFor, goToStep } from '../actions/agenda';
import { LanguagePicker, Loading, Page } from '../components';
import { currentLanguage } from '../lib/i18n';
import { prefetchWhenIdle } from '../lib/lazy';
import type { ConnectionState, MeetingDocs } from '../lib/sync';
import { useMeeting } from '../lib/useMeeting';
import { AgendaRail } from './AgendaRail';
import { ConnectionStatus } from './ConnectionStatus';
import { useCurrentStep, usePresence } from './hooks';
import { PresenceList } from './PresenceList';
import { StepContent, loadStepViews } from './steps';
import { useMeetingContent } from './fields/hooks';
import { EndedOverlay, FinishMeeting, FollowNotice, ParkedTopics, PauseButton, PauseOverlay, StepTimer, useFollowedStep } from './meeting/RoomExtras';

export function RoomPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { view, docs, state, failed } = useMeeting(meetingId);

  if (failed) {
    return (
      <Page title={t('app.error')}>
        <p role="alert">{t(failed === 'ended' ? 'room.ended' : 'room.notFound')}</p>
        <Link href="/">{t('room.backToMeetings')}</Link>
      </Page>
    );
  }
  if (!view || !docs) return <Loading />;
  return <Room view={view} docs={docs} state={state} />;
}

/** Typing in a field must never move the agenda. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function Room({ view, docs, state }: { view: MeetingView; docs: MeetingDocs; state: ConnectionState }) {
  const { t } = useTranslation(['ui', 'meeting']);
  const controlStep = useCurrentStep(docs.control);
  // Someone typing in a field stays on their step until they finish (or choose to follow).
  const followed = useFollowedStep(controlStep, can(view.me.role, 'control.write'));
  const current = followed.current;
  const parsed = useMeetingContent(docs.content, view.meeting.kind);
  const awareness = docs.contentProvider.awareness;
  const people = usePresence(awareness);
  const role = view.me.role;
  const canMove = can(role, 'control.write');
  const canWrite = can(role, 'content.write');
  const [, navigate] = useLocation();
  const step = stepAt(current);
  const anonymous = view.meeting.kind === 'anonymous';

  useEffect(() => {
    awareness.setLocalState({ user: view.me });
  }, [awareness, view.me]);

  // The rest of the meeting's code, while the network is there: the steps' views, and the preview's
  // for the facilitator. (An anonymous consultation's rule is in already: its fields wait for it.)
  useEffect(() => prefetchWhenIdle(canMove ? [loadStepViews, loadScreenViews] : [loadStepViews]), [canMove]);

  // Everyone arrives at the top of a new step, not where they had scrolled to on the last one.
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    window.scrollTo({ top: 0 });
    document.getElementById('step')?.scrollTo({ top: 0 });
  }, [current]);

  useEffect(() => {
    if (!canMove) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const move = agendaMoveFor(e.key);
      if (!move) return;
      AGENDA_MOVES[move].run(docs.control);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canMove, docs.control]);

  return (
    <div className="room" data-role={role}>
      <a className="skip-link" href="#step">
        {t('app.skipToContent')}
      </a>
      <header className="room-header">
        <div className="room-title">
          <span className="app-name">{t('app.name')}</span>
          <h1>{view.meeting.title}</h1>
          <p className="meta">
            {[view.meeting.school, formatDateTime(view.meeting.startsAt, currentLanguage())].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="room-header-actions">
          {can(role, 'pause.request') && <PauseButton meetingId={view.meeting.id} />}
          {canMove && (
            <nav className="room-links" aria-label={t('meeting:links.label')}>
              <Link href="/">{t('meetings.title')}</Link>
              <Link href={preparePath(view.meeting.id)}>{t('meeting:links.prepare')}</Link>
              {can(role, 'minutes.produce') && <Link href={minutesPath(view.meeting.id)}>{t('meeting:links.minutes')}</Link>}
              <a href={`/m/${encodeURIComponent(view.meeting.id)}/screen`} target="_blank" rel="noopener">
                {t('meeting:links.screen')}
              </a>
            </nav>
          )}
          <ConnectionStatus state={state} />
          <span className="who">
            {view.me.name} · {t(`room.roles.${role}`)}
          </span>
          <LanguagePicker />
        </div>
      </header>
      <AgendaRail current={current} canMove={canMove} onSelect={(i) => goToStep(docs.control, i)} />
      <main id="step" className="step" tabIndex={-1} aria-labelledby="step-title" data-step={step}>
        <p className="step-counter">{t('room.step', { n: current + 1, total: AGENDA_STEPS.length })}</p>
        <h2 id="step-title">{t(`agendaLong.${step}`)}</h2>
        {followed.waiting && <FollowNotice controlStep={controlStep} onFollow={followed.follow} />}
        <AnonymousRule anonymous={anonymous} remind={canMove} invitedNames={view.invitedNames}>
          <StepContent step={step} docs={docs} view={view} role={role} canWrite={canWrite} />
        </AnonymousRule>
      </main>
      <aside className="side">
        <PresenceList people={people} meId={view.me.id} consents={canMove && view.meeting.kind !== 'anonymous' ? parsed : null} />
        {/* What the projector shows now, and what was agreed with the child (what may be said, and the
            plans), in the facilitator's view at every step; the small preview first, so it stays in view. */}
        {canMove && <ScreenPreview view={view} docs={docs} />}
        {canMove && <ChildAgreements content={parsed} />}
        <ParkedTopics content={docs.content} parsed={parsed} meetingId={view.meeting.id} canWrite={canWrite} canEnd={canMove} />
      </aside>
      <footer className="room-footer">
        <StepTimer control={docs.control} current={controlStep} plannedMinutes={parsed.frames.plannedLengthMinutes} canControl={canMove} />
        {canMove ? (
          <>
            <button type="button" onClick={() => AGENDA_MOVES.previous.run(docs.control)} disabled={current === 0} aria-keyshortcuts={AGENDA_MOVES.previous.keys.join(' ')}>
              ←{'\u00a0'}{t('room.back')}
            </button>
            <span className="hint">{t('room.keyboardHint')}</span>
            {current === AGENDA_STEPS.length - 1 ? (
              // The last step ends the meeting for everyone and takes the leader to the minutes.
              <FinishMeeting meetingId={view.meeting.id} onEnded={() => navigate(minutesPath(view.meeting.id))} />
            ) : (
              <button type="button" className="primary" onClick={() => AGENDA_MOVES.next.run(docs.control)} aria-keyshortcuts={AGENDA_MOVES.next.keys.join(' ')}>
                {/* A no-break space: the arrow never stands alone on a line of its own. */}
                {t('room.next')}{'\u00a0'}→
              </button>
            )}
          </>
        ) : (
          <span className="hint">{t('room.followsFacilitator')}</span>
        )}
      </footer>
      <PauseOverlay control={docs.control} content={docs.content} parsed={parsed} canResume={canMove} />
      <EndedOverlay control={docs.control} parsed={parsed} meetingId={view.meeting.id} canReopen={canMove} />
    </div>
  );
}
