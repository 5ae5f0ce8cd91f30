/**
 * The shared screen for the projector: large type, plain language, one thing at a time. It follows
 * the facilitator's step and leaves out whatever is marked "not on the shared screen".
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_STEPS, stepAt } from '@naervaer/shared/agenda';
import type { MeetingView } from '@naervaer/shared/api';
import { readAbsenceThresholds, readCircleStage, readScreenChoices, readScreenFocus } from '@naervaer/shared/doc';
import { type OffScreen, offScreen } from '@naervaer/shared/screen-choices';
import { evaluateAbsence, isAbsenceWorrying } from '@naervaer/shared/absence';
import { CHILD_SCALE_FACES, feedbackText } from '@naervaer/shared/feedback';
import { formatDateTime } from '@naervaer/shared/i18n';
import { MAINTAINING_FUNCTIONS } from '@naervaer/shared/maintaining-factors';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import { type MeasureOutcome, responsibleLabel } from '@naervaer/shared/measure';
import { PUSH_PULL_SIDES, sideText } from '@naervaer/shared/push-pull';
import { ScreenBoard } from '../room/board/ScreenBoard';
import { useControlValue, useMeetingContent } from '../room/fields/hooks';
import { useCurrentStep } from '../room/hooks';
import { PauseOverlay } from '../room/meeting/RoomExtras';
import { ChildAgreements, SrasProfileTable, ViciousCircle, participantLabel } from '../room/meeting/parts';
import { currentLanguage } from '../lib/i18n';
import type { MeetingDocs } from '../lib/sync';
import { useMeeting } from './useMeeting';

export function ScreenPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('meeting');
  const { view, docs, failed } = useMeeting(meetingId);
  if (failed) return <p role="alert">{t('ui:room.notFound')}</p>;
  if (!view || !docs) return <p role="status" className="loading">{t('ui:app.loading')}</p>;
  return <Screen view={view} docs={docs} />;
}

/** What the shared screen shows now: the facilitator's step, the content, and what is off the screen. */
function useScreen(view: MeetingView, docs: MeetingDocs) {
  const current = useCurrentStep(docs.control);
  const content = useMeetingContent(docs.content, view.meeting.kind);
  const hidden = offScreen(useControlValue(docs.control, readScreenChoices));
  return { current, step: stepAt(current), content, hidden };
}

function Screen({ view, docs }: { view: MeetingView; docs: MeetingDocs }) {
  const { t } = useTranslation(['meeting', 'domain', 'ui']);
  const { current, step, content, hidden } = useScreen(view, docs);
  useEffect(() => {
    document.title = `${t(`ui:agenda.${step}`)} – ${t('ui:app.name')}`;
  }, [step, t]);
  return (
    <div className="screen" data-step={step}>
      <header className="screen-header">
        <span className="screen-meeting">{view.meeting.title}</span>
        <span className="screen-progress" role="img" aria-label={t('ui:room.step', { n: current + 1, total: AGENDA_STEPS.length })}>
          {AGENDA_STEPS.map((s, i) => (
            <span key={s} className={`dot ${i === current ? 'current' : i < current ? 'done' : ''}`} aria-hidden="true">
              {i + 1}
            </span>
          ))}
        </span>
      </header>
      <main className="screen-main" aria-labelledby="screen-title">
        <p className="screen-counter">{t('ui:room.step', { n: current + 1, total: AGENDA_STEPS.length })}</p>
        <h1 id="screen-title">{t(`meeting:screen.titles.${step}`)}</h1>
        <ScreenStep step={step} view={view} docs={docs} content={content} hidden={hidden} />
      </main>
      <PauseOverlay control={docs.control} content={docs.content} parsed={content} canResume={false} large />
    </div>
  );
}

/**
 * The facilitator's small live view of the projector: the same step, content and choices the shared
 * screen renders, scaled down to fit (the board at step 7 is named, not drawn a second time). Hidden
 * from assistive technology and not focusable: it is a picture of the other screen.
 */
export function ScreenPreview({ view, docs }: { view: MeetingView; docs: MeetingDocs }) {
  const { t } = useTranslation(['meeting', 'domain', 'ui']);
  const { current, step, content, hidden } = useScreen(view, docs);
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.15);
  useEffect(() => {
    const box = frame.current;
    if (!box) return;
    const fit = () => setScale(box.clientWidth / PROJECTOR.width);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <section className="screen-preview-card" aria-label={t('meeting:preview.label')}>
      <h3>{t('meeting:preview.title')}</h3>
      <div className="screen-preview" ref={frame} style={{ aspectRatio: `${PROJECTOR.width} / ${PROJECTOR.height}` }}>
        <div className="screen screen-scaled" aria-hidden="true" inert style={{ width: PROJECTOR.width, height: PROJECTOR.height, transform: `scale(${scale})` }}>
          <main className="screen-main">
            <p className="screen-counter">{t('ui:room.step', { n: current + 1, total: AGENDA_STEPS.length })}</p>
            <h1>{t(`meeting:screen.titles.${step}`)}</h1>
            {step === 'mapping' ? <p className="screen-text">{t('meeting:preview.board')}</p> : <ScreenStep step={step} view={view} docs={docs} content={content} hidden={hidden} />}
          </main>
        </div>
      </div>
    </section>
  );
}

/** The projector the shared screen is made for. */
const PROJECTOR = { width: 1920, height: 1080 } as const;

type ScreenProps = { step: ReturnType<typeof stepAt>; view: MeetingView; docs: MeetingDocs; content: MeetingContent; hidden: OffScreen };

function ScreenStep(props: ScreenProps) {
  switch (props.step) {
    case 'welcome':
      return <WelcomeScreen {...props} />;
    case 'introductions':
      return <IntroductionsScreen {...props} />;
    case 'purpose':
      return <PurposeScreen {...props} />;
    case 'frames':
      return <FramesScreen {...props} />;
    case 'information':
      return <InformationScreen {...props} />;
    case 'understanding':
      return <UnderstandingScreen {...props} />;
    case 'mapping':
      return <ScreenBoard docs={props.docs} />;
    case 'measures':
      return <MeasuresScreen {...props} />;
    case 'closing':
      return <ClosingScreen {...props} />;
  }
}

function Hidden() {
  const { t } = useTranslation('meeting');
  return <p className="screen-hidden">{t('screen.notShown')}</p>;
}

function WelcomeScreen({ view, content }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  return (
    <>
      <p className="screen-lead">{t(view.meeting.kind === 'anonymous' ? 'meeting:screen.welcomeAnonymous' : 'meeting:screen.welcome')}</p>
      <p className="screen-when">{formatDateTime(view.meeting.startsAt, currentLanguage())}</p>
      {content.participants.length > 0 && (
        <>
          <h2>{t('meeting:screen.whoIsHere')}</h2>
          <ul className="screen-people">
            {content.participants.map((p) => (
              <li key={p.id}>{participantLabel(p, t)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function IntroductionsScreen({ content, hidden }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const shown = content.participants.filter((p) => !hidden.has(`participant:${p.id}`));
  return (
    <>
      <p className="screen-lead">{t('domain:participant.presentationPromptChild')}</p>
      <ul className="screen-cards">
        {shown.map((p) => (
          <li key={p.id}>
            <h2>{p.name || t(`domain:services.${p.service}`)}</h2>
            <p>{p.service === 'annet' && p.serviceOther ? p.serviceOther : t(`domain:services.${p.service}`)}</p>
            {p.fondOf && (
              <p className="fond">
                <span aria-hidden="true">♥ </span>
                {t('meeting:screen.fondOf', { what: p.fondOf })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function PurposeScreen({ content, hidden }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  return (
    <>
      <p className="screen-lead">{t('meeting:screen.purposeLead')}</p>
      {hidden.has('concern') ? <Hidden /> : content.concern.reason ? <p className="screen-text">{content.concern.reason}</p> : null}
    </>
  );
}

function FramesScreen({ content, hidden }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const name = (id?: string) => content.participants.find((p) => p.id === id)?.name;
  const leader = name(content.frames.meetingLeaderId);
  const writer = name(content.frames.minuteTakerId);
  return (
    <>
      <ul className="screen-list">
        {leader && <li>{t('meeting:screen.leader', { name: leader })}</li>}
        {writer && <li>{t('meeting:screen.writer', { name: writer })}</li>}
        {content.frames.plannedLengthMinutes && <li>{t('meeting:screen.length', { count: content.frames.plannedLengthMinutes })}</li>}
      </ul>
      <Confidentiality content={content} writerNamed={Boolean(writer)} />
      {content.frames.gruffAgreement && !hidden.has('frames.gruff') && (
        <>
          <h2>{t('meeting:screen.gruff')}</h2>
          <p className="screen-text">{content.frames.gruffAgreement}</p>
        </>
      )}
      <ChildAgreements content={content} large />
    </>
  );
}

/**
 * Who hears and who gets what is said, told truthfully: everyone here hears it, what is agreed is
 * written down and goes to the parents and the school (to the other services only with the parents'
 * consent, or to the recipients the meeting has named), the adults keep it to themselves, and an adult
 * who fears for the child's safety must tell someone who can help (opplysningsplikt).
 */
function Confidentiality({ content, writerNamed }: { content: MeetingContent; writerNamed: boolean }) {
  const { t } = useTranslation(['meeting', 'domain']);
  const names = content.closing.minutesRecipients.map((r) => r.name.trim() || t(`domain:services.${r.service}`));
  return (
    <ul className="screen-list confidentiality">
      <li>{t('meeting:screen.whoHears')}</li>
      {!writerNamed && <li>{t('meeting:screen.writtenDown')}</li>}
      <li>{names.length ? t('meeting:screen.whoGetsItNamed', { names: names.join(', ') }) : t('meeting:screen.whoGetsIt')}</li>
      <li>{t('meeting:screen.secret')}</li>
      <li>{t('meeting:screen.mustTell')}</li>
    </ul>
  );
}

function InformationScreen({ content, hidden, docs }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const thresholds = useControlValue(docs.control, readAbsenceThresholds);
  const voices = (['pupilNow', 'parentsNow', 'schoolNow'] as const).filter((v) => !hidden.has(`information.${v}`) && content.information[v].trim());
  return (
    <>
      <div className="screen-columns">
        {voices.map((v) => (
          <section key={v}>
            <h2>{t(`meeting:screen.voices.${v}`)}</h2>
            <p className="screen-text">{content.information[v]}</p>
          </section>
        ))}
      </div>
      {!hidden.has('absence') && <AbsenceForChild facts={content.absence} worrying={isAbsenceWorrying(evaluateAbsence(content.absence, thresholds))} />}
    </>
  );
}

/** The absence in words a child can follow: a few counts and what the adults think. */
function AbsenceForChild({ facts, worrying }: { facts: MeetingContent['absence']; worrying: boolean }) {
  const { t } = useTranslation('meeting');
  const titleId = useId();
  const counts = (['validDaysSemester', 'invalidOccurrences', 'diffuseSingleDaysLastMonth', 'lateArrivalsLastMonth'] as const).filter((f) => (facts[f] ?? 0) > 0);
  return (
    <section className="screen-absence" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('screen.absence.title')}</h2>
      <ul className="screen-list">
        {counts.map((f) => (
          <li key={f}>{t(`screen.absence.${f}`, { count: facts[f] ?? 0 })}</li>
        ))}
      </ul>
      <p className="screen-text">{t(worrying ? 'screen.absence.worrying' : 'screen.absence.calm')}</p>
    </section>
  );
}

function UnderstandingScreen({ content, hidden, docs }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const focus = useControlValue(docs.control, readScreenFocus);
  const stage = useControlValue(docs.control, readCircleStage);
  if (focus === 'circle') return <ViciousCircle focus={stage} wording="child" />;
  if (focus === 'sras') return hidden.has('sras') ? <Hidden /> : <SrasProfileTable content={content} />;
  if (focus === 'pushPull') {
    return (
      <div className="screen-columns two">
        {PUSH_PULL_SIDES.map((side) => (
          <section key={side} className={`screen-pushpull ${side}`}>
            <h2>
              <span aria-hidden="true">{side === 'push' ? '⟵ ' : '⟶ '}</span>
              {t(sideText(side).label)}
            </h2>
            <p className="hint">{t(sideText(side).child)}</p>
            <ul className="screen-list">
              {content.understanding.pushPull[side]
                .filter((i) => !hidden.has(`${side}:${i.id}`) && i.text.trim())
                .map((i) => (
                  <li key={i.id}>{i.text}</li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    );
  }
  return (
    <>
      <p className="screen-lead">{t('meeting:screen.stance')}</p>
      <ol className="screen-factors">
        {MAINTAINING_FUNCTIONS.filter((fn) => !hidden.has(`factor:${fn}`)).map((fn) => {
          const relevant = content.understanding.factors[fn].relevant;
          return (
            <li key={fn} className={relevant ? 'relevant' : ''}>
              <span className="factor-text">«{t(`domain:factors.${fn}.child`)}»</span>
              {relevant && (
                <strong className="tag">
                  <span aria-hidden="true">✔ </span>
                  {t('meeting:screen.maybeForYou')}
                </strong>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** Each outcome of a measure tried last time has a sign as well as its word (never colour alone). */
const OUTCOME_SIGN: Record<MeasureOutcome, string> = { worked: '✓', partly: '◐', didNotWork: '✕', notTried: '–' };

function MeasuresScreen({ content, hidden }: ScreenProps) {
  const { t, i18n } = useTranslation(['meeting', 'domain']);
  const rows = content.agreement.rows.filter((r) => !hidden.has(`measure:${r.id}`) && r.measure.trim());
  const nameOf = (id: string) => content.participants.find((p) => p.id === id)?.name;
  void i18n;
  const lastTime = content.evaluation.filter((e) => e.measure.trim());
  return (
    <>
      {lastTime.length > 0 && !hidden.has('evaluation') && (
        <section className="screen-last-time">
          <h2>{t('meeting:screen.lastTime')}</h2>
          <ul>
            {lastTime.map((e) => (
              <li key={e.id}>
                <p className="what">{e.measure}</p>
                <p className="outcome">
                  <span aria-hidden="true">{e.outcome ? OUTCOME_SIGN[e.outcome] : '…'} </span>
                  {e.outcome ? t(`domain:agreement.evaluation.${e.outcome}`) : t('meeting:screen.lastTimeOpen')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {content.agreement.mainGoal && !hidden.has('mainGoal') && (
        <section className="screen-goal">
          <h2>{t('meeting:screen.goal')}</h2>
          <p className="screen-text">{content.agreement.mainGoal}</p>
        </section>
      )}
      <ol className="screen-measures">
        {rows.map((r) => (
          <li key={r.id}>
            <p className="what">{r.measure}</p>
            <p className="who">
              {[responsibleLabel(r.responsible, nameOf) && t('meeting:screen.who', { name: responsibleLabel(r.responsible, nameOf) }), r.deadline && t('meeting:screen.when', { date: formatDateTime(`${r.deadline}T12:00:00Z`, currentLanguage(), false) })]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

function ClosingScreen({ content, hidden, view }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const next = content.closing.nextMeetingDate;
  return (
    <>
      <p className="screen-lead">{next ? t('meeting:screen.nextMeeting', { date: formatDateTime(`${next}T12:00:00Z`, currentLanguage(), false) }) : t('domain:closing.noNextMeeting')}</p>
      {view.meeting.kind !== 'anonymous' && !hidden.has('feedback') && (
        <section className="screen-feedback">
          <h2>{t('domain:feedback.title')}</h2>
          {(['safe', 'useful'] as const).map((q) => {
            const text = feedbackText(q);
            const chosen = content.feedback[q];
            return (
              <div key={q} className="screen-scale">
                <p className="question">{t(text.question)}</p>
                <ol>
                  {text.scale.map(({ value, labelKey }) => (
                    <li key={value} className={chosen === value ? 'chosen' : ''} aria-current={chosen === value ? 'true' : undefined}>
                      <span className="face" aria-hidden="true">
                        {CHILD_SCALE_FACES[value]}
                      </span>
                      <span>{t(labelKey)}</span>
                      {chosen === value && <strong className="chosen-tag">{t('meeting:screen.chosen')}</strong>}
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
        </section>
      )}
    </>
  );
}
