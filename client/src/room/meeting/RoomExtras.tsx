/** What the room adds around the step: pause, parked topics, the step timer, and following without yanking. */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { AGENDA_STEPS, type AgendaStep } from '@naervaer/shared/agenda';
import { readEnded, readPause, readTimeBoxes, readTimer } from '@naervaer/shared/doc';
import { formatDuration, plannedTotalMinutes, stepBudgetMinutes, stepTimeStatus, totalElapsedMs } from '@naervaer/shared/facilitation';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import type { DURING_REMINDERS } from '@naervaer/shared/checklist';
import { formatTime } from '@naervaer/shared/i18n';
import { endMeeting, extendCurrentStep, parkTopic, reopenMeeting, requestPause, resumeMeeting, startClock, stopClock } from '../../actions/meeting';
import { ApiFailure } from '../../lib/api';
import { minutesPath } from '@naervaer/shared/minutes';
import { currentLanguage } from '../../lib/i18n';
import { useControlValue, useNow } from '../fields/hooks';
import { ChildAgreements } from './ChildAgreements';
import { Icon } from '../../icons';
import { Modal } from '../../components';
import { useTranslate } from '../../lib/i18n';

/** Anyone may ask for a pause, the child above all. */
export function PauseButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('meeting');
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button type="button" className="pause-button" onClick={() => requestPause(meetingId).then(() => setFailed(false), () => setFailed(true))}>
        <Icon name="hand" />{' '}
        {t('pause.ask')}
      </button>
      {failed && <span role="alert">{t('pause.failed')}</span>}
    </>
  );
}

/** The calm card every screen shows while the meeting is paused, with the plan agreed for when it feels unsafe. */
export function PauseOverlay({ control, content, parsed, canResume, large }: { control: Y.Doc; content: Y.Doc; parsed: MeetingContent; canResume: boolean; large?: boolean }) {
  const { t } = useTranslation('meeting');
  const pause = useControlValue(control, readPause);
  if (!pause) return null;
  return (
    <Modal className={`pause-overlay ${large ? 'large' : ''}`} labelledBy="pause-title">
      <div className="pause-card">
        <p className="pause-symbol" aria-hidden="true">
          <Icon name="cloud" />
        </p>
        <h2 id="pause-title">{t('pause.title')}</h2>
        <p className="pause-lead">{t('pause.lead')}</p>
        <ChildAgreements content={parsed} large={large} />
        <p className="hint">{t('pause.askedBy', { name: pause.by, time: formatTime(pause.at, currentLanguage()) })}</p>
        {canResume && (
          <button type="button" className="primary" onClick={() => resumeMeeting(control, content)}>
            {t('pause.resume')}
          </button>
        )}
      </div>
    </Modal>
  );
}

/** One of Forandringsfabrikken's four pieces of advice for during the meeting, where it applies (the facilitator's view). */
export function DuringPrompt({ advice }: { advice: (typeof DURING_REMINDERS)[number] }) {
  const { t } = useTranslation(['meeting', 'domain']);
  return (
    <aside className="during-prompt" data-advice={advice}>
      <p className="during-title">{t('meeting:during.title')}</p>
      <p>{t(`domain:checklist.during.${advice}`)}</p>
    </aside>
  );
}

/**
 * The last step's button: ends the meeting for everyone once the facilitator confirms (it sits where
 * "Neste punkt" was, so a click too many must not end it), then goes to the minutes.
 */
export function FinishMeeting({ meetingId, onEnded }: { meetingId: string; onEnded: () => void }) {
  const { t } = useTranslation('meeting');
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const questionId = useId();
  const question = useRef<HTMLHeadingElement>(null);
  const close = () => {
    setConfirming(false);
    setFailed(false);
  };
  return (
    <>
      <button type="button" className="primary" onClick={() => setConfirming(true)}>
        {t('ended.finish')}
      </button>
      {confirming && (
        <Modal className="confirm-delete" labelledBy={questionId} focusOnOpen={question} onEscape={close}>
          <h4 id={questionId} ref={question} tabIndex={-1}>
            {t('ended.finishQuestion')}
          </h4>
          <p>{t('ended.finishExplain')}</p>
          {failed && (
            <p className="warning" role="alert">
              {t('ended.failed')}
            </p>
          )}
          <div className="actions">
            <button type="button" className="primary" onClick={() => endMeeting(meetingId).then(onEnded, () => setFailed(true))}>
              {t('ended.confirm')}
            </button>
            <button type="button" onClick={close}>
              {t('ended.cancel')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}

/**
 * The other answer to a topic that was not agreed with the child (parking it is one): ending the
 * meeting now, for every screen, with the reason for the minutes.
 */
function EndMeetingNow({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('meeting');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [failed, setFailed] = useState(false);
  const id = useId();
  if (!open) {
    return (
      <button type="button" className="danger end-now" onClick={() => setOpen(true)}>
        {t('ended.button')}
      </button>
    );
  }
  return (
    <form
      className="end-now-form"
      aria-label={t('ended.button')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) return setMissing(true);
        endMeeting(meetingId, reason.trim()).then(
          () => setOpen(false),
          () => setFailed(true),
        );
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('ended.reasonLabel')}</label>
        {missing && (
          <p className="warning" role="alert" id={`${id}-missing`}>
            {t('ended.reasonMissing')}
          </p>
        )}
        <textarea id={`${id}-reason`} rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={`${id}-hint${missing ? ` ${id}-missing` : ''}`} autoFocus />
        <p className="hint" id={`${id}-hint`}>
          {t('ended.reasonHint')}
        </p>
      </div>
      <div className="row-actions">
        <button type="submit" className="danger">
          {t('ended.confirm')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('ended.cancel')}
        </button>
      </div>
      {failed && (
        <p className="warning" role="alert">
          {t('ended.failed')}
        </p>
      )}
    </form>
  );
}

/**
 * Every screen, once the facilitator has ended the meeting now: the shared screen says a calm goodbye
 * (nothing of why); the room says when, and the facilitator sees why and may open it again.
 */
export function EndedOverlay({ control, parsed, meetingId, canReopen, forChild }: { control: Y.Doc; parsed: MeetingContent; meetingId: string; canReopen: boolean; forChild?: boolean }) {
  const { t } = useTranslation('meeting');
  const at = useControlValue(control, readEnded)?.at;
  const early = Boolean(parsed.events.endedEarlyAt);
  const [reopenFailed, setReopenFailed] = useState<string | null>(null);
  if (!at) return null;
  return (
    <Modal className={`pause-overlay ended-overlay ${forChild ? 'large' : ''}`} labelledBy="ended-title">
      <div className="pause-card">
        <p className="pause-symbol" aria-hidden="true">
          <Icon name="sun" />
        </p>
        {/* To the child: a meeting stopped early is not their fault; one that reached its end is simply over. */}
        <h2 id="ended-title">{t(forChild ? (early ? 'ended.screenTitle' : 'ended.screenTitleDone') : 'ended.roomTitle')}</h2>
        <p className="pause-lead">{forChild ? t(early ? 'ended.screenLead' : 'ended.screenLeadDone') : t('ended.roomLead', { time: formatTime(at, currentLanguage()) })}</p>
        {canReopen && (
          <>
            {parsed.events.endedEarlyReason && <p>{t('ended.reason', { reason: parsed.events.endedEarlyReason })}</p>}
            <p className="row-actions">
              <a className="button primary" href={minutesPath(meetingId)}>
                {t('ended.toMinutes')}
              </a>
              <button type="button" onClick={() => reopenMeeting(meetingId).then(() => setReopenFailed(null), (err) => setReopenFailed(err instanceof ApiFailure && err.error === 'minutes_finalized' ? t('ended.reopenFailed') : t('ended.failed')))}>
                {t('ended.reopen')}
              </button>
            </p>
            {reopenFailed && (
              <p className="warning" role="alert">
                {reopenFailed}
              </p>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}

/**
 * Park a subject that was not agreed with the child, and the list of parked ones; the facilitator is
 * reminded to consider ending the meeting instead, and may.
 */
export function ParkedTopics({ content, parsed, meetingId, canWrite, canEnd }: { content: Y.Doc; parsed: MeetingContent; meetingId: string; canWrite: boolean; canEnd: boolean }) {
  const { t } = useTranslation('meeting');
  const [text, setText] = useState('');
  const id = useId();
  return (
    <section className="parked" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('parked.title')}</h2>
      {canEnd && <DuringPrompt advice="considerEnding" />}
      {canWrite && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (parkTopic(content, text)) setText('');
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-input`}>{t('parked.label')}</label>
            <input id={`${id}-input`} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" aria-describedby={`${id}-hint`} />
            <p className="hint" id={`${id}-hint`}>
              {t('parked.hint')}
            </p>
          </div>
          <button type="submit">
            <Icon name="park" />{' '}
            {t('parked.park')}
          </button>
        </form>
      )}
      {parsed.events.parked.length === 0 ? (
        <p className="hint">{t('parked.none')}</p>
      ) : (
        <ul>
          {parsed.events.parked.map((p) => (
            <li key={p.id}>{p.text}</li>
          ))}
        </ul>
      )}
      {canEnd && <EndMeetingNow meetingId={meetingId} />}
    </section>
  );
}

/** The step's clock against its time box, and the meeting's against the planned length. */
export function StepTimer({ control, current, plannedMinutes, canControl }: { control: Y.Doc; current: number; plannedMinutes?: number; canControl: boolean }) {
  const { t } = useTranslation('meeting');
  const tx = useTranslate();
  const timer = useControlValue(control, readTimer);
  const boxes = useControlValue(control, readTimeBoxes);
  const running = timer.runningSince !== null;
  const now = useNow(running);
  const status = stepTimeStatus(boxes, timer, current, now);
  const planned = plannedMinutes ?? plannedTotalMinutes(boxes);
  const total = totalElapsedMs(timer, now);
  const step = AGENDA_STEPS[current] as AgendaStep;
  return (
    <div className={`step-timer ${status.over ? 'over' : ''}`} role="group" aria-label={t('timer.label')}>
      <span className="timer-figures">
        <span className="timer-state">{t(running ? 'timer.running' : 'timer.stopped')}</span>{' '}
        <strong>{formatDuration(status.elapsedMs)}</strong> / {t('timer.minutes', { count: stepBudgetMinutes(boxes, timer, current) })}
        <span className="timer-total">
          {' '}
          · {t('timer.total', { elapsed: formatDuration(total), planned })}
        </span>
      </span>
      <span role="status" className="timer-over">
        {status.over ? (
          <>
            <span aria-hidden="true">⏰ </span>
            {t('timer.over', { step: tx(`ui:agenda.${step}`), over: formatDuration(status.overMs) })}
          </>
        ) : null}
      </span>
      {canControl && (
        <span className="timer-buttons">
          {running ? (
            <button type="button" onClick={() => stopClock(control)}>
              {t('timer.pause')}
            </button>
          ) : (
            <button type="button" onClick={() => startClock(control)}>
              {t(total > 0 ? 'timer.resume' : 'timer.start')}
            </button>
          )}
          <button type="button" onClick={() => extendCurrentStep(control, 5)}>
            {t('timer.extend')}
          </button>
        </span>
      )}
    </div>
  );
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type);
}

/**
 * The step this person sees. It follows the facilitator's step, except while the person is typing in
 * a text field: then it waits until the field loses focus (or the person clicks "follow").
 */
export function useFollowedStep(controlStep: number, isLeader: boolean) {
  const [shown, setShown] = useState(controlStep);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (isLeader) return;
    const onFocusIn = (e: FocusEvent) => setEditing(isTextField(e.target));
    const onFocusOut = (e: FocusEvent) => {
      if (isTextField(e.target) && !isTextField(e.relatedTarget)) setEditing(false);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [isLeader]);
  useEffect(() => {
    if (isLeader || !editing) setShown(controlStep);
  }, [controlStep, editing, isLeader]);
  const current = isLeader ? controlStep : shown;
  return { current, waiting: current !== controlStep, editing, follow: () => setShown(controlStep) };
}

/** Tells a person who is still typing that the meeting has moved on, with a button to follow now. */
export function FollowNotice({ controlStep, onFollow }: { controlStep: number; onFollow: () => void }) {
  const { t } = useTranslation('meeting');
  const tx = useTranslate();
  const step = AGENDA_STEPS[controlStep] as AgendaStep;
  return (
    <div className="follow-notice" role="status">
      <span>{t('follow.moved', { step: `${controlStep + 1}. ${tx(`ui:agenda.${step}`)}` })}</span>
      <button type="button" className="primary" onClick={onFollow}>
        {t('follow.button')}
      </button>
    </div>
  );
}
