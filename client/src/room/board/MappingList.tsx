/**
 * The mapping as a structured list: per area, its resources and risks. It reads and writes the same
 * records as the canvas, so either view shows what the other did, and the meeting can be run
 * entirely from here by keyboard and screen reader.
 */
import { forwardRef, memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { MappingKind } from '@naervaer/shared/mapping';
import {
  type BoardItem,
  type MappingRead,
  addMappingItem,
  deleteMappingItem,
  moveMappingItem,
  updateMappingItem,
} from '@naervaer/shared/mapping-doc';
import type { PresenceUser } from '@naervaer/shared/presence';
import type { AreaConfig } from '@naervaer/shared/system-model';
import { GuardNote, useAnonymousGuard } from '../fields/anonymous-guard';
import { mappingTextPlace } from '@naervaer/shared/doc';
import { type OffScreen, noteScreenKey } from '@naervaer/shared/screen-choices';
import { ScreenToggle } from '../meeting/parts';

type Props = {
  content: Y.Doc;
  mapping: MappingRead;
  people: PresenceUser[];
  /** Who is adding: a new note is said by them until someone picks another person. */
  me: { id: string; name: string };
  canWrite: boolean;
  /** The facilitator's: each note's switch for the shared screen. */
  screen?: { control: Y.Doc; hidden: OffScreen };
};

const KINDS: MappingKind[] = ['resource', 'risk'];

export const MappingList = forwardRef<HTMLHeadingElement, Props>(function MappingList({ content, mapping, people, me, canWrite, screen }, headingRef) {
  const { t } = useTranslation('board');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const add = (area: AreaConfig, kind: MappingKind) => {
    const id = addMappingItem(content, { kind, areaId: area.id, saidBy: me.id, saidByName: me.name });
    setFocusId(id);
    setAnnouncement(t('announce.added', { kind: t(kind), area: area.name }));
  };
  return (
    <section className="mapping-list" aria-labelledby="board-list-title" id="board-list">
      <h3 id="board-list-title" ref={headingRef} tabIndex={-1}>
        {t('listTitle')}
      </h3>
      <p className="hint">{canWrite ? t('listHint') : t('readOnly')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {mapping.areas.map((area) => (
        <section key={area.id} className="mapping-list__area" data-area-id={area.id} aria-labelledby={`list-area-${area.id}`}>
          <h4 id={`list-area-${area.id}`}>{area.name}</h4>
          {KINDS.map((kind) => {
            const items = mapping.items.filter((i) => i.areaId === area.id && i.kind === kind);
            const listId = `list-${area.id}-${kind}`;
            return (
              <div key={kind} className={`mapping-list__kind mapping-list__kind--${kind}`}>
                <div className="mapping-list__kind-head">
                  <h5 id={listId}>
                    <span className={`sign sign--${kind}`} aria-hidden="true">
                      {t(`sign.${kind}`)}
                    </span>{' '}
                    {t(kind === 'resource' ? 'resources' : 'risks')}
                  </h5>
                  {canWrite && (
                    <AddButton
                      id={`add-${area.id}-${kind}`}
                      focus={focusId === `add-${area.id}-${kind}`}
                      label={t(kind === 'resource' ? 'addResourceIn' : 'addRiskIn', { area: area.name })}
                      kind={kind}
                      text={t(kind === 'resource' ? 'addResource' : 'addRisk')}
                      onClick={() => add(area, kind)}
                    />
                  )}
                </div>
                {items.length === 0 ? (
                  <p className="hint mapping-list__empty">{t('empty')}</p>
                ) : (
                  <ul aria-labelledby={listId}>
                    {items.map((item) => (
                      <ItemRow
                        key={item.id}
                        content={content}
                        item={item}
                        area={area}
                        areas={mapping.areas}
                        people={people}
                        canWrite={canWrite}
                        screen={screen}
                        focus={focusId === item.id}
                        setFocusId={setFocusId}
                        announce={setAnnouncement}
                      />
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      ))}
      {mapping.items.some((i) => !mapping.areas.some((a) => a.id === i.areaId)) && (
        <p className="hint">{t('summary.unknownArea')}</p>
      )}
    </section>
  );
});

function AddButton({ id, focus, label, kind, text, onClick }: { id: string; focus: boolean; label: string; kind: MappingKind; text: string; onClick: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <button ref={ref} type="button" id={id} className={`mapping-add mapping-add--${kind}`} aria-label={label} onClick={onClick}>
      <span aria-hidden="true">{kind === 'resource' ? '+' : '−'}</span> {text}
    </button>
  );
}

type RowProps = {
  content: Y.Doc;
  item: BoardItem;
  area: AreaConfig;
  areas: AreaConfig[];
  people: PresenceUser[];
  canWrite: boolean;
  screen: Props['screen'];
  focus: boolean;
  setFocusId: (id: string | null) => void;
  announce: (text: string) => void;
};

/** One resource or risk; memoised, so a change to one row does not re-render the others. */
const ItemRow = memo(function ItemRow({ content, item, area, areas, people, canWrite, screen, focus, setFocusId, announce }: RowProps) {
  const { t } = useTranslation('board');
  const guard = useAnonymousGuard();
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!focus) return;
    textRef.current?.focus();
    setFocusId(null);
  }, [focus, setFocusId]);
  const base = `item-${item.id}`;
  const kindName = t(item.kind);
  const choices = people.some((p) => p.id === item.saidBy) || !item.saidBy ? people : [...people, { id: item.saidBy, name: item.saidByName ?? item.saidBy } as PresenceUser];
  const onMove = (areaId: string) => {
    moveMappingItem(content, item.id, areaId);
    setFocusId(item.id);
    announce(t('announce.moved', { area: areas.find((a) => a.id === areaId)?.name ?? areaId }));
  };
  const onDelete = () => {
    // Focus goes to the area's add button, which always exists.
    deleteMappingItem(content, item.id);
    setFocusId(`add-${area.id}-${item.kind}`);
    announce(t('announce.deleted', { kind: kindName }));
  };
  return (
    <li className={`mapping-item mapping-item--${item.kind}`} data-item-id={item.id} data-kind={item.kind}>
      <span className={`sign sign--${item.kind}`} aria-hidden="true">
        {t(`sign.${item.kind}`)}
      </span>
      <div className="mapping-item__fields">
        <label htmlFor={`${base}-text`} className="visually-hidden">
          {t('textOf', { kind: kindName, area: area.name })}
        </label>
        <textarea
          id={`${base}-text`}
          ref={textRef}
          rows={2}
          value={item.text}
          placeholder={t('placeholder')}
          readOnly={!canWrite}
          onChange={(e) => guard.allows(mappingTextPlace(item.id), e.target.value) && updateMappingItem(content, item.id, { text: e.target.value })}
          onBlur={guard.clear}
        />
        <GuardNote id={`${base}-guard`} problem={guard.problem} remind={false} />
        {screen && <ScreenToggle control={screen.control} itemKey={noteScreenKey(item.id)} hidden={screen.hidden} label={item.text.trim() || t('untitled')} />}
        <div className="mapping-item__meta">
          <label htmlFor={`${base}-said`}>{t('saidBy')}</label>
          <select
            id={`${base}-said`}
            value={item.saidBy ?? ''}
            disabled={!canWrite}
            onChange={(e) => {
              const who = choices.find((p) => p.id === e.target.value);
              updateMappingItem(content, item.id, { saidBy: who ? { id: who.id, name: who.name } : null });
            }}
          >
            <option value="">{t('saidByNobody')}</option>
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {canWrite && (
            <>
              <label htmlFor={`${base}-area`}>{t('moveTo')}</label>
              <select id={`${base}-area`} value={item.areaId} onChange={(e) => onMove(e.target.value)}>
                {areas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="mapping-item__delete"
                aria-label={t('deleteItem', { kind: kindName, text: item.text || t('untitled') })}
                onClick={onDelete}
              >
                {t('delete')}
              </button>
            </>
          )}
        </div>
      </div>
    </li>
  );
});
