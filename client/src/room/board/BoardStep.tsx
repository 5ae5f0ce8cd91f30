/**
 * Step 7, mapping around the system model: the shared canvas and the structured list of the same
 * records, side by side or one at a time (Alt+L jumps to the list). The list needs no tldraw, so the
 * meeting goes on if the canvas cannot run (no licence on a production host, or a failed load).
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components';
import { clientEnv } from '../../env';
import { usePresence } from '../hooks';
import type { StepProps } from '../steps/types';
import { canvasAvailability } from './availability';
import { MappingList } from './MappingList';
import { useBoardLayout, useMapping } from './useMapping';
import { readBoardArea, readScreenChoices, writeBoardArea } from '@naervaer/shared/doc';
import { type OffScreen, offScreen } from '@naervaer/shared/screen-choices';
import { ScreenToggle } from '../meeting/parts';
import { showNotesOnScreen } from '../../actions/meeting';
import { can } from '@naervaer/shared/roles';
import type { AreaConfig } from '@naervaer/shared/system-model';
import type { MeetingDocs } from '../../lib/sync';
import { useControlValue } from '../fields/hooks';

const Canvas = lazy(() => import('./Canvas'));

type View = 'both' | 'canvas' | 'list';
const VIEWS: View[] = ['both', 'canvas', 'list'];

/**
 * The facilitator's choice of what the projector shows of the board: the whole board, or one area
 * at a time, large enough for every note to be read from the back of the room.
 */
function ScreenAreaPicker({ control, areas, noteIds, hidden }: { control: MeetingDocs['control']; areas: readonly AreaConfig[]; noteIds: readonly string[]; hidden: OffScreen }) {
  const { t } = useTranslation('board');
  const current = useControlValue(control, readBoardArea);
  const index = areas.findIndex((a) => a.id === current);
  const next = areas[(index + 1) % areas.length];
  return (
    <fieldset className="screen-area-picker">
      <legend>{t('screenArea.label')}</legend>
      <p className="hint">
        {t('screenArea.hint')} {t('screenNotes.hint')}{' '}
        <button type="button" className="link-button" onClick={() => showNotesOnScreen(control, noteIds, true)} disabled={noteIds.length === 0}>
          {t('screenNotes.showAll')}
        </button>{' '}
        ·{' '}
        <button type="button" className="link-button" onClick={() => showNotesOnScreen(control, noteIds, false)} disabled={noteIds.length === 0}>
          {t('screenNotes.hideAll')}
        </button>
      </p>
      <ScreenToggle control={control} itemKey="drawing" hidden={hidden} label={t('screenNotes.drawing')} />
      <div className="row-actions">
        <button type="button" aria-pressed={current === null} onClick={() => writeBoardArea(control, null)}>
          {t('screenArea.whole')}
        </button>
        {areas.map((a) => (
          <button key={a.id} type="button" aria-pressed={current === a.id} onClick={() => writeBoardArea(control, a.id)}>
            {a.name}
          </button>
        ))}
        {next && (
          <button type="button" className="primary" onClick={() => writeBoardArea(control, next.id)}>
            {t('screenArea.next')} →
          </button>
        )}
      </div>
    </fieldset>
  );
}

export default function BoardStep({ docs, view: meetingView, canWrite, role }: StepProps) {
  const { t } = useTranslation('board');
  const facilitates = can(role, 'control.write');
  const choices = useControlValue(docs.control, readScreenChoices);
  const mapping = useMapping(docs.content);
  const layout = useBoardLayout(mapping);
  // Presence changes with every cursor move; the list only cares who is there.
  const present = usePresence(docs.contentProvider.awareness);
  const presentKey = JSON.stringify(present);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const people = useMemo(() => present, [presentKey]);
  const availability = canvasAvailability(clientEnv.tldrawLicenseKey, window.location);
  // On a phone the whole board is too small to read or touch: the list is the way in (the board is a choice away).
  const [view, setView] = useState<View>(() => (window.innerWidth < 700 ? 'list' : 'both'));
  const shown: View = availability === 'available' ? view : 'list';
  const listHeading = useRef<HTMLHeadingElement>(null);

  const goToList = useCallback(() => {
    setView((v) => (v === 'canvas' ? 'both' : v));
    requestAnimationFrame(() => listHeading.current?.focus());
  }, []);

  // Alt+L from anywhere in the step goes to the list.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyL') {
        e.preventDefault();
        goToList();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goToList]);

  return (
    <div className={`board board--${shown}`} data-board-view={shown}>
      {availability === 'licenseMissing' && (
        <p className="board-notice" role="alert">
          {t('licenseMissing')}
        </p>
      )}
      {availability === 'available' && (
        <fieldset className="board-views">
          <legend>{t('view.label')}</legend>
          {VIEWS.map((v) => (
            <label key={v}>
              <input type="radio" name="board-view" value={v} checked={view === v} onChange={() => setView(v)} /> {t(`view.${v}`)}
            </label>
          ))}
        </fieldset>
      )}
      {!canWrite && <p className="hint">{t('readOnly')}</p>}
      {facilitates && <ScreenAreaPicker control={docs.control} areas={mapping.areas} noteIds={mapping.items.map((i) => i.id)} hidden={offScreen(choices)} />}
      <div className="board-panes">
        {shown !== 'list' && (
          <div className="board-pane board-pane--canvas">
            <a className="board-skip" href="#board-list" onClick={(e) => (e.preventDefault(), goToList())}>
              {t('listTitle')}
            </a>
            <ErrorBoundary fallback={<p role="alert" className="board-notice">{t('canvasFailed')}</p>}>
              <Suspense fallback={<p role="status" className="board-loading">{t('loadingCanvas')}</p>}>
                <Canvas
                  content={docs.content}
                  control={docs.control}
                  provider={docs.contentProvider}
                  mapping={mapping}
                  layout={layout}
                  me={meetingView.me}
                  canWrite={canWrite}
                  onGoToList={goToList}
                />
              </Suspense>
            </ErrorBoundary>
          </div>
        )}
        {shown !== 'canvas' && (
          <div className="board-pane board-pane--list">
            <MappingList
              ref={listHeading}
              content={docs.content}
              mapping={mapping}
              people={people}
              me={meetingView.me}
              canWrite={canWrite}
              {...(facilitates ? { screen: { control: docs.control, hidden: offScreen(choices) } } : {})}
            />
          </div>
        )}
      </div>
    </div>
  );
}
