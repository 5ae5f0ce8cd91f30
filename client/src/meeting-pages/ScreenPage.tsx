/**
 * The shared screen for the projector: large type, plain language, one thing at a time. It follows
 * the facilitator's step and leaves out whatever is marked "not on the shared screen".
 */
import { createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_STEPS, stepAt } from '@naervaer/shared/agenda';
import type { MeetingView } from '@naervaer/shared/api';
import { readAbsenceThresholds, readCircleStage, readScreenChoices, readScreenFocus } from '@naervaer/shared/doc';
import { type OffScreen, offScreen, originalKey, screenWording } from '@naervaer/shared/screen-choices';
import { AFTER_ITEMS, BEFORE_ITEMS, afterItemText, beforeItemText } from '@naervaer/shared/checklist';
import type { AgeGroup } from '@naervaer/shared/child-screen';
import { evaluateAbsence, isAbsenceWorrying } from '@naervaer/shared/absence';
import { CHILD_SCALE_FACES, feedbackText } from '@naervaer/shared/feedback';
import { type TextKey, formatDateTime } from '@naervaer/shared/i18n';
import type { TOptions } from 'i18next';
import { MAINTAINING_FUNCTIONS } from '@naervaer/shared/maintaining-factors';
import { type MeetingContent, minutesRecipientsOf } from '@naervaer/shared/meeting-content';
import { type MeasureOutcome, responsibleLabel } from '@naervaer/shared/measure';
import { PUSH_PULL_SIDES, sideText } from '@naervaer/shared/push-pull';
import { ScreenBoard } from '../room/board/ScreenBoard';
import { useControlValue, useMeetingContent } from '../room/fields/hooks';
import { useCurrentStep } from '../room/hooks';
import { EndedOverlay, PauseOverlay } from '../room/meeting/RoomExtras';
import { ChildAgreements, SrasProfileTable, ViciousCircle, participantLabel, serviceLabel } from '../room/meeting/parts';
import { currentLanguage, existingKeys, useTranslate } from '../lib/i18n';
import type { MeetingDocs } from '../lib/sync';
import { useMeeting } from '../lib/useMeeting';
import { CirclePicture, PushPullPicture, StepPicture } from './pictures';
import { Icon } from '../icons';

export function ScreenPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('ui');
  const { view, docs, failed } = useMeeting(meetingId);
  if (failed) return <p role="alert">{t('room.notFound')}</p>;
  if (!view || !docs) return <p role="status" className="loading">{t('app.loading')}</p>;
  return <Screen view={view} docs={docs} />;
}

/** Which child the screen speaks to (the preparation's choice): the screen and its preview provide it. */
const ScreenAge = createContext<AgeGroup>('older');

/**
 * The shared screen's words for this child: `s` for the screen's own wording (\`meeting:screen.*\`),
 * `child` for a child-worded domain text (a key ending in \`.child\`); for a younger child, the
 * younger wording where there is one.
 */
function useScreenWords() {
  const t = useTranslate();
  const younger = useContext(ScreenAge) === 'younger';
  return {
    younger,
    // The younger wording where there is one, else the screen's own.
    s: (key: ScreenKey, options?: TOptions) => t([...(younger ? existingKeys([`meeting:screenYounger.${key}`], options) : []), `meeting:screen.${key}`], options),
    child: (key: ChildTextKey, options?: TOptions) => t([...(younger ? existingKeys([key.replace(/\.child$/, '.younger')], options) : []), key], options),
  };
}

/** A key of the shared screen's own wording, under `meeting:screen`. */
type ScreenKey = TextKey extends infer K ? (K extends `meeting:screen.${infer Path}` ? Path : never) : never;
/** A domain text in the child's words; some have a younger child's wording beside them (`….younger`). */
type ChildTextKey = Extract<TextKey, `domain:${string}.child`>;

/** What the shared screen shows now: the facilitator's step, the content, and what is off the screen. */
function useScreen(view: MeetingView, docs: MeetingDocs) {
  const current = useCurrentStep(docs.control);
  const content = useMeetingContent(docs.content, view.meeting.kind);
  const hidden = offScreen(useControlValue(docs.control, readScreenChoices));
  return { current, step: stepAt(current), content, hidden };
}

/** The step's title; for a younger child with the step's picture beside it. */
function ScreenHeading({ step, id }: { step: ReturnType<typeof stepAt>; id?: string }) {
  const { s, younger } = useScreenWords();
  return (
    <div className="screen-heading">
      <h1 id={id}>{s(`titles.${step}`)}</h1>
      {younger && <StepPicture step={step} />}
    </div>
  );
}

function Screen({ view, docs }: { view: MeetingView; docs: MeetingDocs }) {
  const { t } = useTranslation(['meeting', 'domain', 'ui']);
  const { current, step, content, hidden } = useScreen(view, docs);
  const age = content.childScreen.ageGroup;
  useEffect(() => {
    document.title = `${t(`ui:agenda.${step}`)} – ${t('ui:app.name')}`;
  }, [step, t]);
  return (
    <ScreenAge.Provider value={age}>
    <div className="screen" data-step={step} data-age={age}>
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
        <ScreenHeading step={step} id="screen-title" />
        <ScreenStep step={step} view={view} docs={docs} content={content} hidden={hidden} />
      </main>
      <PauseOverlay control={docs.control} content={docs.content} parsed={content} canResume={false} large />
      <EndedOverlay control={docs.control} parsed={content} meetingId={view.meeting.id} canReopen={false} forChild />
    </div>
    </ScreenAge.Provider>
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
  const age = content.childScreen.ageGroup;
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
        <ScreenAge.Provider value={age}>
          <div className="screen screen-scaled" data-age={age} aria-hidden="true" inert style={{ width: PROJECTOR.width, height: PROJECTOR.height, transform: `scale(${scale})` }}>
            {/* A picture of the projector inside the room: not the page's main content (the room has its own). */}
            <div className="screen-main">
              <p className="screen-counter">{t('ui:room.step', { n: current + 1, total: AGENDA_STEPS.length })}</p>
              <ScreenHeading step={step} />
              {step === 'mapping' ? <p className="screen-text">{t('meeting:preview.board')}</p> : <ScreenStep step={step} view={view} docs={docs} content={content} hidden={hidden} />}
            </div>
          </div>
        </ScreenAge.Provider>
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

/**
 * The start: who is here, the topics in the child's words (the leader explains them), and what was
 * agreed with the child before the meeting, in the child's own words.
 */
function WelcomeScreen({ view, content }: ScreenProps) {
  const tx = useTranslate();
  const { s, child, younger } = useScreenWords();
  const agreed = view.meeting.kind === 'anonymous' ? [] : BEFORE_ITEMS.filter((id) => content.childChecklists.before[id].done);
  // Fewer words for a younger child: no date and time, and people by their names.
  return (
    <>
      <p className="screen-lead">{s(view.meeting.kind === 'anonymous' ? 'welcomeAnonymous' : 'welcome')}</p>
      {!younger && <p className="screen-when">{formatDateTime(view.meeting.startsAt, currentLanguage())}</p>}
      <div className="screen-welcome">
        {content.participants.length > 0 && (
          <section>
            <h2>{s('whoIsHere')}</h2>
            <ul className="screen-people">
              {content.participants.map((p) => (
                <li key={p.id}>{younger && p.name ? p.name : participantLabel(p, tx, true)}</li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>{s('topics')}</h2>
          <ol className="screen-agenda">
            {AGENDA_STEPS.slice(1).map((step) => (
              <li key={step}>{s(`titles.${step}`)}</li>
            ))}
          </ol>
        </section>
        {agreed.length > 0 && (
          <section>
            <h2>{s('agreedWithYou')}</h2>
            <ul className="screen-list">
              {agreed.map((id) => (
                <li key={id}>{child(beforeItemText(id).child)}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}

function IntroductionsScreen({ content, hidden }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const tx = useTranslate();
  const { s } = useScreenWords();
  const shown = content.participants.filter((p) => !hidden.has(`participant:${p.id}`));
  return (
    <>
      <p className="screen-lead">{t('domain:participant.presentationPromptChild')}</p>
      <ul className="screen-cards">
        {shown.map((p) => (
          <li key={p.id}>
            <h2>{p.name || serviceLabel(p, tx, true)}</h2>
            <p>{serviceLabel(p, tx, true)}</p>
            {p.fondOf && (
              <p className="fond">
                <Icon name="heart" />{' '}
                {s('fondOf', { what: p.fondOf })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Why we are here: the child's right to be heard, in plain words; the concern once the facilitator has
 * put it there; what the child wants decided today (the child's words, shown); and how everyone wants
 * it to be, once put there.
 */
function PurposeScreen({ content, hidden }: ScreenProps) {
  const { s } = useScreenWords();
  const { reason, reasonForScreen, childWants, desiredSituation } = content.concern;
  const concern = screenWording(reason, reasonForScreen, !hidden.has(originalKey('concern')));
  return (
    <>
      <p className="screen-lead">{s('purposeLead')}</p>
      <p className="screen-text">{s('rightToBeHeard')}</p>
      {/* Off the screen, the concern leaves no trace: a child need not wonder what is kept from them. */}
      {!hidden.has('concern') && concern.trim() && <p className="screen-text">{concern}</p>}
      {childWants.trim() && !hidden.has('childWants') && (
        <section className="screen-wants">
          <h2>{s('childWants')}</h2>
          <p className="screen-text">{childWants}</p>
        </section>
      )}
      {desiredSituation.trim() && !hidden.has('desiredSituation') && (
        <section className="screen-goal">
          <h2>{s('desiredSituation')}</h2>
          <p className="screen-text">{desiredSituation}</p>
        </section>
      )}
    </>
  );
}

function FramesScreen({ content, hidden }: ScreenProps) {
  const { s } = useScreenWords();
  const name = (id?: string) => content.participants.find((p) => p.id === id)?.name;
  const leader = name(content.frames.meetingLeaderId);
  const writer = name(content.frames.minuteTakerId);
  // Two columns, so the whole frame stands on one projector screen: how we do it and who hears what,
  // beside what was agreed for when something gets hard.
  return (
    <div className="screen-frames">
      <section>
        <ul className="screen-list">
          {leader && <li>{s('leader', { name: leader })}</li>}
          {writer && <li>{s('writer', { name: writer })}</li>}
          {content.frames.plannedLengthMinutes && <li>{s('length', { count: content.frames.plannedLengthMinutes })}</li>}
        </ul>
        <Confidentiality content={content} writerNamed={Boolean(writer)} />
      </section>
      <section>
        {content.frames.gruffAgreement && !hidden.has('frames.gruff') && (
          <>
            <h2>{s('gruff')}</h2>
            <p className="screen-text">{content.frames.gruffAgreement}</p>
          </>
        )}
        <ChildAgreements content={content} large />
      </section>
    </div>
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
  const { s } = useScreenWords();
  const names = minutesRecipientsOf(content).map((r) => r.name || t(`domain:servicesChild.${r.service}`));
  return (
    <ul className="screen-list confidentiality">
      <li>{s('whoHears')}</li>
      {!writerNamed && <li>{s('writtenDown')}</li>}
      <li>{names.length ? s('whoGetsItNamed', { names: names.join(', ') }) : s('whoGetsIt')}</li>
      <li>{s('secret')}</li>
      <li>{s('mustTell')}</li>
    </ul>
  );
}

function InformationScreen({ content, hidden, docs }: ScreenProps) {
  const { s } = useScreenWords();
  const thresholds = useControlValue(docs.control, readAbsenceThresholds);
  // The pupil's own words show as they stand; the adults' accounts in the child's words, or as they stand only when the facilitator chose that.
  const voiceText = (v: 'pupilNow' | 'parentsNow' | 'schoolNow') =>
    v === 'pupilNow' ? content.information.pupilNow : screenWording(content.information[v], content.information[`${v}ForScreen`], !hidden.has(originalKey(`information.${v}`)));
  const voices = (['pupilNow', 'parentsNow', 'schoolNow'] as const).filter((v) => !hidden.has(`information.${v}`) && voiceText(v).trim());
  return (
    <>
      <div className="screen-columns">
        {voices.map((v) => (
          <section key={v}>
            <h2>{s(`voices.${v}`)}</h2>
            <p className="screen-text">{voiceText(v)}</p>
          </section>
        ))}
      </div>
      {!hidden.has('absence') && <AbsenceForChild facts={content.absence} worrying={isAbsenceWorrying(evaluateAbsence(content.absence, thresholds))} />}
    </>
  );
}

/** The absence in words a child can follow: a few counts and what the adults think. */
function AbsenceForChild({ facts, worrying }: { facts: MeetingContent['absence']; worrying: boolean }) {
  const { s } = useScreenWords();
  const titleId = useId();
  const counts = (['validDaysSemester', 'invalidOccurrences', 'diffuseSingleDaysLastMonth', 'lateArrivalsLastMonth'] as const).filter((f) => (facts[f] ?? 0) > 0);
  return (
    <section className="screen-absence" aria-labelledby={titleId}>
      <h2 id={titleId}>{s('absence.title')}</h2>
      <ul className="screen-list">
        {counts.map((f) => (
          <li key={f}>{s(`absence.${f}`, { count: facts[f] ?? 0 })}</li>
        ))}
      </ul>
      <p className="screen-text">{s(worrying ? 'absence.worrying' : 'absence.calm')}</p>
    </section>
  );
}

function UnderstandingScreen({ content, hidden, docs }: ScreenProps) {
  const { t } = useTranslation(['meeting', 'domain']);
  const { s, child, younger } = useScreenWords();
  const focus = useControlValue(docs.control, readScreenFocus);
  const stage = useControlValue(docs.control, readCircleStage);
  if (focus === 'circle') return younger ? <ViciousCircle focus={stage} wording="younger" picture={(at) => <CirclePicture stage={at} />} /> : <ViciousCircle focus={stage} wording="child" />;
  if (focus === 'sras') return hidden.has('sras') ? <Hidden /> : <SrasProfileTable content={content} forChild />;
  if (focus === 'pushPull') {
    // The younger child gets the picture and the sides in a child's words, without the adults' labels.
    return (
      <>
      {younger && <PushPullPicture />}
      <div className="screen-columns two">
        {PUSH_PULL_SIDES.map((side) => (
          <section key={side} className={`screen-pushpull ${side}`}>
            <h2>
              <span aria-hidden="true">{side === 'push' ? '⟵ ' : '⟶ '}</span>
              {younger ? child(sideText(side).child) : t(sideText(side).label)}
            </h2>
            {!younger && <p className="hint">{child(sideText(side).child)}</p>}
            <ul className="screen-list">
              {content.understanding.pushPull[side]
                .filter((i) => !hidden.has(`${side}:${i.id}`) && screenWording(i.text, i.textForScreen, !hidden.has(originalKey(`${side}:${i.id}`))).trim())
                .map((i) => (
                  <li key={i.id}>{screenWording(i.text, i.textForScreen, !hidden.has(originalKey(`${side}:${i.id}`)))}</li>
                ))}
            </ul>
          </section>
        ))}
      </div>
      </>
    );
  }
  return (
    <>
      <p className="screen-lead">{s('stance')}</p>
      <ol className="screen-factors">
        {MAINTAINING_FUNCTIONS.filter((fn) => !hidden.has(`factor:${fn}`)).map((fn) => {
          const relevant = content.understanding.factors[fn].relevant;
          return (
            <li key={fn} className={relevant ? 'relevant' : ''}>
              <span className="factor-text">«{child(`domain:factors.${fn}.child`)}»</span>
              {relevant && (
                <strong className="tag">
                  <span aria-hidden="true">✔ </span>
                  {s('maybeForYou')}
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
  const { s } = useScreenWords();
  const rows = content.agreement.rows.filter((r) => !hidden.has(`measure:${r.id}`) && r.measure.trim());
  const nameOf = (id: string) => content.participants.find((p) => p.id === id)?.name;
  void i18n;
  const lastTime = content.evaluation.filter((e) => e.measure.trim());
  return (
    <>
      {lastTime.length > 0 && !hidden.has('evaluation') && (
        <section className="screen-last-time">
          <h2>{s('lastTime')}</h2>
          <ul>
            {lastTime.map((e) => (
              <li key={e.id}>
                <p className="what">{e.measure}</p>
                <p className="outcome">
                  <span aria-hidden="true">{e.outcome ? OUTCOME_SIGN[e.outcome] : '…'} </span>
                  {e.outcome ? t(`domain:agreement.evaluation.${e.outcome}`) : s('lastTimeOpen')}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {content.agreement.mainGoal && !hidden.has('mainGoal') && (
        <section className="screen-goal">
          <h2>{s('goal')}</h2>
          <p className="screen-text">{content.agreement.mainGoal}</p>
        </section>
      )}
      <ol className="screen-measures">
        {rows.map((r) => (
          <li key={r.id}>
            <p className="what">{r.measure}</p>
            <p className="who">
              {[responsibleLabel(r.responsible, nameOf) && s('who', { name: responsibleLabel(r.responsible, nameOf) }), r.deadline && s('when', { date: formatDateTime(`${r.deadline}T12:00:00Z`, currentLanguage(), false) })]
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
  const { s, child } = useScreenWords();
  const next = content.closing.nextMeetingDate;
  // What happens next, in the child's words: only what the adults chose to promise.
  const afterwards = view.meeting.kind === 'anonymous' ? [] : AFTER_ITEMS.filter((id) => !hidden.has(`after:${id}`));
  return (
    <>
      <p className="screen-lead">{next ? s('nextMeeting', { date: formatDateTime(`${next}T12:00:00Z`, currentLanguage(), false) }) : t('domain:closing.noNextMeeting')}</p>
      {afterwards.length > 0 && (
        <section className="screen-afterwards">
          <h2>{s('whatNext')}</h2>
          <ul className="screen-list">
            {afterwards.map((id) => (
              <li key={id}>{child(afterItemText(id).child)}</li>
            ))}
          </ul>
        </section>
      )}
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
                      {chosen === value && <strong className="chosen-tag">{s('chosen')}</strong>}
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
