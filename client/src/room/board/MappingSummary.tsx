/**
 * The mapping's summary, per area its resources and risks, read-only: what the measures step
 * (step 8) builds measures on. It reads the same records as the board; it needs no tldraw.
 */
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { summarizeMapping } from '@naervaer/shared/mapping';
import { toMappingItem } from '@naervaer/shared/mapping-doc';
import { useMapping } from './useMapping';
import { useAreaName, useBoardWords } from './wording';

type Props = {
  content: Y.Doc;
  /** Heading level of the summary's title (its areas get the next one). */
  level?: 2 | 3 | 4;
  /** Leave out areas with nothing in them. */
  hideEmpty?: boolean;
  /** Only this area (the one on the shared screen now). */
  onlyArea?: string | null;
  /** One line per area with its counts, not every note: the whole board on one screen. */
  compact?: boolean;
  /** Only these notes (the shared screen: those the facilitator put there). */
  showItem?: (itemId: string) => boolean;
};

export function MappingSummary({ content, level = 3, hideEmpty = true, onlyArea = null, compact = false, showItem }: Props) {
  const { t } = useTranslation('board');
  const words = useBoardWords();
  const areaName = useAreaName();
  const mapping = useMapping(content);
  const summary = summarizeMapping(mapping.areas, mapping.items.filter((i) => !showItem || showItem(i.id)).map(toMappingItem));
  const Title = `h${level}` as 'h3';
  const AreaTitle = `h${level + 1}` as 'h4';
  const shown = onlyArea ? summary.areas.filter((a) => a.area.id === onlyArea) : summary.areas;
  const areas = hideEmpty ? shown.filter((a) => a.resources.length + a.risks.length > 0) : shown;
  return (
    <section className="mapping-summary" aria-labelledby="mapping-summary-title">
      <Title id="mapping-summary-title">{words('summary.title')}</Title>
      <p className="hint">{words('summary.totals', summary.totals)}</p>
      {areas.length === 0 && <p>{words('summary.none')}</p>}
      {compact ? (
        <ul className="mapping-summary__compact">
          {areas.map(({ area, resources, risks }) => (
            <li key={area.id} data-area-id={area.id}>
              <strong>{areaName(area)}</strong> {words('summary.totals', { resources: resources.length, risks: risks.length })}
            </li>
          ))}
        </ul>
      ) : (
      <div className="mapping-summary__areas">
        {areas.map(({ area, resources, risks }) => (
          <section key={area.id} className="mapping-summary__area" data-area-id={area.id}>
            <AreaTitle>{areaName(area)}</AreaTitle>
            {[
              ['resource', resources],
              ['risk', risks],
            ].map(([kind, items]) =>
              (items as typeof resources).length ? (
                <ul key={kind as string} className={`mapping-summary__list mapping-summary__list--${kind}`} aria-label={words(kind === 'resource' ? 'resources' : 'risks')}>
                  {(items as typeof resources).map((i) => (
                    <li key={i.id}>
                      <span className={`sign sign--${i.kind}`} aria-hidden="true">
                        {t(`sign.${i.kind}`)}
                      </span>{' '}
                      <span className="visually-hidden">{words(i.kind)}: </span>
                      {i.text}
                      {i.saidByName && <span className="said-by"> — {i.saidByName}</span>}
                    </li>
                  ))}
                </ul>
              ) : null,
            )}
          </section>
        ))}
      </div>
      )}
    </section>
  );
}
