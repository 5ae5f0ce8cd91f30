/**
 * Form controls bound to one key of a Y.Map (a content field, a record's field): every change is
 * written at once and everyone sees it. Free text several people type into uses CollabText instead.
 */
import { type ReactNode, useId, useState, useEffect } from 'react';
import type * as Y from 'yjs';
import { useYText } from '../../lib/ytext';
import type { WritePlace } from '@naervaer/shared/anonymous';
import { textLimit } from '@naervaer/shared/content-repair';
import { rootNameOf } from '@naervaer/shared/doc';
import type { ContentScalarField, RecordField } from '@naervaer/shared/content-doc';
import { useYMapKey } from './hooks';
import { LengthNote, OverflowNote, describedBy } from './LengthNote';
import { GuardNote, useAnonymousGuard } from './anonymous-guard';
import { useLimit } from './limit';

/**
 * A control's place: a field of the meeting content (its path, checked against the content's schema)
 * or a field of one of a list's records. A misspelt field does not compile.
 */
export type BoundField = ContentScalarField | RecordField;
export type Binding = { map: Y.Map<unknown>; field: BoundField };

type Common = Binding & { label: string; hint?: string; readOnly?: boolean; className?: string };

function set(map: Y.Map<unknown>, field: string, value: unknown): void {
  if (value === undefined) map.delete(field);
  else if (map.get(field) !== value) map.set(field, value);
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p className="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

/** A tick box. */
export function BoundCheckbox({ map, field, label, hint, readOnly, className }: Common) {
  const id = useId();
  const value = useYMapKey(map, field) === true;
  return (
    <div className={`field check ${className ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={value}
        disabled={readOnly}
        onChange={(e) => set(map, field, e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
    </div>
  );
}

/** A choice from a list; the empty choice clears the field. */
export function BoundSelect({ map, field, label, hint, readOnly, className, options, emptyLabel }: Common & { options: { value: string; label: string }[]; emptyLabel?: string }) {
  const id = useId();
  const value = useYMapKey(map, field);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={typeof value === 'string' ? value : ''} disabled={readOnly} onChange={(e) => set(map, field, e.target.value || undefined)} aria-describedby={hint ? `${id}-hint` : undefined}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint id={id} hint={hint} />
    </div>
  );
}

/** A date (ISO yyyy-mm-dd); shown by the browser in the page's locale. */
export function BoundDate({ map, field, label, hint, readOnly, className }: Common) {
  const id = useId();
  const value = useYMapKey(map, field);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" lang="nb-NO" value={typeof value === 'string' ? value : ''} readOnly={readOnly} onChange={(e) => set(map, field, e.target.value || undefined)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <Hint id={id} hint={hint} />
    </div>
  );
}

/**
 * A number. While typing, the text is kept locally; a valid number (within min/max) is written at
 * once, an empty field writes `empty` (null for "not recorded", or undefined to clear the key).
 */
export function BoundNumber({ map, field, label, hint, readOnly, className, min, max, step, integer, empty }: Common & { min: number; max: number; step?: number; integer?: boolean; empty: null | undefined }) {
  const id = useId();
  const stored = useYMapKey(map, field);
  const [text, setText] = useState(typeof stored === 'number' ? String(stored) : '');
  useEffect(() => {
    setText((current) => (Number(current.replace(',', '.')) === stored && current !== '' ? current : typeof stored === 'number' ? String(stored) : ''));
  }, [stored]);
  const onChange = (raw: string) => {
    setText(raw);
    if (raw.trim() === '') return set(map, field, empty);
    const n = Number(raw.replace(',', '.'));
    if (Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n))) set(map, field, n);
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode={integer ? 'numeric' : 'decimal'} value={text} readOnly={readOnly} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <Hint id={id} hint={hint} />
    </div>
  );
}

/** Where a key of a map lies: a root map's own key, or a field of a record in a root map. */
function writePlace(map: Y.Map<unknown>, key: string): WritePlace {
  const item = map._item;
  if (!item) return { root: rootNameOf(map) ?? null, key, field: null };
  return { root: rootNameOf(item.parent as Y.AbstractType<unknown>) ?? null, key: item.parentSub, field: key };
}

/** A short text value written whole (names, a class): one person fills it in. */
export function BoundInput({ map, field, label, hint, readOnly, className, optional, autoComplete }: Common & { optional?: boolean; autoComplete?: string }) {
  const id = useId();
  const value = useYMapKey(map, field);
  const text = typeof value === 'string' ? value : '';
  // A field of the content's `fields` map is named by its path, which gives the schema's limit.
  const limit = textLimit(field);
  const guard = useAnonymousGuard();
  const guarded = !readOnly && Boolean(guard.problem);
  const fit = useLimit<HTMLInputElement>(limit);
  const onChange = (e: React.ChangeEvent<HTMLInputElement>) => fit.allows(e.target, text) && guard.allows(writePlace(map, field), e.target.value) && set(map, field, optional && e.target.value === '' ? undefined : e.target.value);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" autoComplete={autoComplete ?? 'off'} value={text} readOnly={readOnly} onBlur={guard.clear} onChange={onChange} onPaste={fit.onPaste} onDrop={fit.onDrop} aria-describedby={describedBy(id, hint, text.length, limit, guarded, !readOnly && fit.overflow !== null)} />
      {!readOnly && <OverflowNote id={`${id}-overflow`} overflow={fit.overflow} limit={limit} />}
      <Hint id={id} hint={hint} />
      <LengthNote id={`${id}-length`} length={text.length} limit={limit} />
      {!readOnly && <GuardNote id={`${id}-guard`} problem={guard.problem} remind={false} />}
    </div>
  );
}

/** A yes / no / not recorded choice (null = not recorded). */
export function BoundYesNo({ map, field, label, readOnly, yes, no, unknown }: Common & { yes: string; no: string; unknown: string }) {
  const id = useId();
  const value = useYMapKey(map, field);
  const current = value === true ? 'yes' : value === false ? 'no' : '';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={current} disabled={readOnly} onChange={(e) => set(map, field, e.target.value === 'yes' ? true : e.target.value === 'no' ? false : null)}>
        <option value="">{unknown}</option>
        <option value="yes">{yes}</option>
        <option value="no">{no}</option>
      </select>
    </div>
  );
}

/** A single-line or multi-line field over a Y.Text: several people can type at once. */
export function CollabText({ text, label, hint, readOnly, rows, className, children }: { text: Y.Text; label: string; hint?: string; readOnly?: boolean; rows?: number; className?: string; children?: ReactNode }) {
  const id = useId();
  const single = rows === undefined;
  const { ref, value, change, limit } = useYText<HTMLTextAreaElement & HTMLInputElement>(text);
  const guard = useAnonymousGuard();
  const guarded = !readOnly && Boolean(guard.problem || guard.remind);
  const fit = useLimit<HTMLTextAreaElement & HTMLInputElement>(limit);
  const onChange = (e: React.ChangeEvent<HTMLTextAreaElement & HTMLInputElement>) => fit.allows(e.target, value) && change(e, guard.allows);
  const overflowed = !readOnly && fit.overflow !== null;
  const props = { id, ref, value, onChange, onPaste: fit.onPaste, onDrop: fit.onDrop, onBlur: guard.clear, readOnly, 'aria-describedby': describedBy(id, hint, value.length, limit, guarded, overflowed), 'data-collab': 'true' };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {/* Above the field, where the eye is while typing: a long textarea would push it out of view. */}
      {!readOnly && <GuardNote id={`${id}-guard`} problem={guard.problem} remind={guard.remind} />}
      {!readOnly && <OverflowNote id={`${id}-overflow`} overflow={fit.overflow} limit={limit} />}
      {single ? <input type="text" autoComplete="off" {...props} /> : <textarea rows={rows} {...props} />}
      <Hint id={id} hint={hint} />
      <LengthNote id={`${id}-length`} length={value.length} limit={limit} />
      {children}
    </div>
  );
}
