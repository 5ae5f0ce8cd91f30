/**
 * The shared screen for the projector: large type, plain language, one thing at a time. It follows
 * the facilitator's step and leaves out whatever is marked "not on the shared screen".
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_STEPS, stepAt } from '@naervaer/shared/agenda';
import type { MeetingView } from '@naervaer/shared/api';
import { readScreenChoices } from '@naervaer/shared/doc';
import { offScreen } from '@naervaer/shared/screen-choices';
import { ErrorBoundary, LoadFailed, Loading } from '../components';
import { useControlValue, useMeetingContent } from '../room/fields/hooks';
import { useCurrentStep } from '../room/hooks';
import { EndedOverlay, PauseOverlay } from '../room/meeting/RoomExtras';
import { lazyComponent, prefetchWhenIdle } from '../lib/lazy';
import type { MeetingDocs } from '../lib/sync';
import { useMeeting } from '../lib/useMeeting';
import { ScreenStep, loadScreenViews } from './screens';
import { ScreenAge, useScreenWords } from './screens/words';

export function ScreenPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('ui');
  const { view, docs, failed } = useMeeting(meetingId);
  if (failed) return <p role="alert">{t('room.notFound')}</p>;
  if (!view || !docs) return <Loading />;
  return <Screen view={view} docs={docs} />;
}

/** What the shared screen shows now: the facilitator's step, the content, and what is off the screen. */
function useScreen(view: MeetingView, docs: MeetingDocs) {
  const current = useCurrentStep(docs.control);
  const content = useMeetingContent(docs.content, view.meeting.kind);
  const hidden = offScreen(useControlValue(docs.control, readScreenChoices));
  return { current, step: stepAt(current), content, hidden };
}

/** The pictures are for a younger child only: they load when such a screen first shows one. */
const StepPicture = lazyComponent(async () => (await import('./pictures')).StepPicture);

/** The step's title; for a younger child with the step's picture beside it. */
function ScreenHeading({ step, id }: { step: ReturnType<typeof stepAt>; id?: string }) {
  const { s, younger } = useScreenWords();
  return (
    <div className="screen-heading">
      <h1 id={id}>{s(`titles.${step}`)}</h1>
      {younger && (
        <ErrorBoundary fallback={<LoadFailed forChild />}>
          <Suspense fallback={null}>
            <StepPicture step={step} />
          </Suspense>
        </ErrorBoundary>
      )}
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
  // The rest of the steps' views, while the network is there.
  useEffect(() => prefetchWhenIdle([loadScreenViews]), []);
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
