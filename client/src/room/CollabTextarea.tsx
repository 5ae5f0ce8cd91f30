import { useId } from 'react';
import type * as Y from 'yjs';
import { useYText } from '../lib/ytext';
import { LengthNote, OverflowNote, describedBy } from './fields/LengthNote';
import { GuardNote, useAnonymousGuard } from './fields/anonymous-guard';
import { useLimit } from './fields/limit';

type Props = { text: Y.Text; label: string; hint?: string; readOnly: boolean; rows?: number; className?: string };

/** A labelled textarea that several people can type in at once. */
export function CollabTextarea({ text, label, hint, readOnly, rows = 6, className }: Props) {
  const id = useId();
  const { ref, value, change, limit } = useYText<HTMLTextAreaElement>(text);
  const guard = useAnonymousGuard();
  const guarded = Boolean(guard.problem || guard.remind);
  const fit = useLimit<HTMLTextAreaElement>(limit);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {/* Above the field, where the eye is while typing: a long textarea would push it out of view. */}
      {!readOnly && <GuardNote id={`${id}-guard`} problem={guard.problem} remind={guard.remind} />}
      {!readOnly && <OverflowNote id={`${id}-overflow`} overflow={fit.overflow} limit={limit} />}
      <textarea
        id={id}
        ref={ref}
        value={value}
        onChange={(e) => fit.allows(e.target, value) && change(e, guard.allows)}
        onPaste={fit.onPaste}
        onDrop={fit.onDrop}
        onBlur={guard.clear}
        readOnly={readOnly}
        rows={rows}
        aria-describedby={describedBy(id, hint, value.length, limit, guarded, !readOnly && fit.overflow !== null)}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <LengthNote id={`${id}-length`} length={value.length} limit={limit} />
    </div>
  );
}
