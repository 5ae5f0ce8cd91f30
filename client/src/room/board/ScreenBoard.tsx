/**
 * Step 7 on the shared screen: the board canvas, read-only and following the facilitator's view,
 * beside the large-type summary of the mapping. tldraw loads only here (lazily); where the canvas
 * cannot run (no licence on a production host, or a failed load) the summary stands alone.
 */
import { Suspense, lazy, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components';
import { clientEnv } from '../../env';
import type { MeetingDocs } from '../../lib/sync';
import { canvasAvailability } from './availability';
import { MappingSummary } from './MappingSummary';
import { readBoardArea, readScreenChoices } from '@naervaer/shared/doc';
import { isOnScreen, noteScreenKey } from '@naervaer/shared/screen-choices';
import { useControlValue } from '../fields/hooks';
import { useBoardLayout, useMapping } from './useMapping';
import { BoardWording } from './wording';

const ScreenCanvas = lazy(() => import('./ScreenCanvas'));

export function ScreenBoard({ docs }: { docs: MeetingDocs }) {
  const { t } = useTranslation('board');
  const mapping = useMapping(docs.content);
  const layout = useBoardLayout(mapping);
  const available = canvasAvailability(clientEnv.tldrawLicenseKey, window.location) === 'available';
  // With an area on the screen, its notes in full. The whole board lists every note while they fit
  // the screen, and a line per area when they would not: a projector cannot be scrolled.
  const area = useControlValue(docs.control, readBoardArea);
  // A note reaches the screen only when the facilitator put it there (what adults write about the child).
  const choices = useControlValue(docs.control, readScreenChoices);
  const showItem = (id: string) => isOnScreen(noteScreenKey(id), choices);
  const shownKey = mapping.items.filter((i) => showItem(i.id)).map((i) => i.id).join(',');
  const notesKey = `${shownKey}|${mapping.items.map((i) => `${i.id}:${i.text.length}`).join(',')}`;
  const [overflowsFor, setOverflowsFor] = useState<string | null>(null);
  const compact = !area && overflowsFor === notesKey;
  const summary = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = summary.current;
    if (!el || area || compact) return;
    if (el.scrollHeight > el.clientHeight + 1 || el.getBoundingClientRect().bottom > window.innerHeight) setOverflowsFor(notesKey);
  }, [area, compact, notesKey]);
  if (!available)
    return (
      <BoardWording.Provider value="child">
        <MappingSummary content={docs.content} level={2} onlyArea={area} showItem={showItem} />
      </BoardWording.Provider>
    );
  return (
    <BoardWording.Provider value="child">
    <div className="screen-mapping">
      <ErrorBoundary fallback={null}>
        <Suspense fallback={<p role="status" className="board-loading">{t('loadingCanvas')}</p>}>
          <ScreenCanvas
            content={docs.content}
            control={docs.control}
            provider={docs.contentProvider}
            mapping={mapping}
            layout={layout}
            showItem={showItem}
            shownKey={shownKey}
            showDrawing={isOnScreen('drawing', choices)}
          />
        </Suspense>
      </ErrorBoundary>
      {/* Scrolls when a long mapping overflows the screen's height, so it is reachable by keyboard too. */}
      <div className="screen-mapping__summary" tabIndex={0} role="region" aria-labelledby="mapping-summary-title" ref={summary}>
        <MappingSummary content={docs.content} level={2} onlyArea={area} compact={compact} showItem={showItem} />
      </div>
    </div>
    </BoardWording.Provider>
  );
}
