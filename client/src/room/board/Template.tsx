/**
 * The system model drawn under the notes: one tile per area around the pupil, with the area's name
 * and one-click buttons to add a resource (+) or a risk (−) there. It lives in the canvas layer
 * (page coordinates), outside tldraw's store, so it cannot be moved or deleted.
 */
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardLayout } from '@naervaer/shared/board-layout';
import type { MappingKind } from '@naervaer/shared/mapping';
import type { AreaConfig } from '@naervaer/shared/system-model';
import { useAreaName, useBoardWords } from './wording';

export type TemplateData = {
  layout: BoardLayout;
  areas: AreaConfig[];
  canWrite: boolean;
  onAdd: (areaId: string, kind: MappingKind) => void;
};

export const TemplateContext = createContext<TemplateData | null>(null);

/**
 * Our buttons on the canvas: tldraw must not take a press on them as the start of a selection or a
 * drag, and a tap works like a click. On a touch screen tldraw's own handling of the touch keeps the
 * browser from making the click, so a finger's or pen's press acts on its release; the click that may
 * still follow is then ignored.
 */
let touchActedAt = 0;
function canvasButton(act: () => void) {
  return {
    onPointerDown: (e: React.PointerEvent) => e.stopPropagation(),
    onPointerUp: (e: React.PointerEvent) => {
      e.stopPropagation();
      if (e.pointerType === 'mouse') return;
      touchActedAt = Date.now();
      act();
    },
    onClick: () => {
      if (Date.now() - touchActedAt < 800) return;
      act();
    },
  };
}

export function Template() {
  const data = useContext(TemplateContext);
  const { t } = useTranslation('board');
  const areaName = useAreaName();
  const words = useBoardWords();
  if (!data) return null;
  const { layout, areas, canWrite, onAdd } = data;
  const name = (id: string) => {
    const area = areas.find((a) => a.id === id);
    return area ? areaName(area) : id;
  };
  return (
    <div className="board-template">
      <div
        className="board-pupil"
        style={{ left: layout.pupil.x, top: layout.pupil.y, width: layout.pupil.w, height: layout.pupil.h }}
      >
        <span>{words('pupil')}</span>
      </div>
      {layout.areas.map((rect) => (
        <section
          key={rect.areaId}
          className="board-area"
          data-area-id={rect.areaId}
          aria-label={name(rect.areaId)}
          style={{ left: rect.x, top: rect.y, width: rect.w, height: rect.h }}
        >
          <h3 className="board-area__name">{name(rect.areaId)}</h3>
          {canWrite && (
            <div className="board-area__add">
              <button
                type="button"
                className="board-add board-add--resource"
                aria-label={t('addResourceIn', { area: name(rect.areaId) })}
                title={t('addResourceIn', { area: name(rect.areaId) })}
                {...canvasButton(() => onAdd(rect.areaId, 'resource'))}
              >
                +
              </button>
              <button
                type="button"
                className="board-add board-add--risk"
                aria-label={t('addRiskIn', { area: name(rect.areaId) })}
                title={t('addRiskIn', { area: name(rect.areaId) })}
                {...canvasButton(() => onAdd(rect.areaId, 'risk'))}
              >
                −
              </button>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
