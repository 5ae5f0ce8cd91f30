/** What a text field says about its limit: nothing until the text nears it, then how much is left, or that it is over. */
import { useTranslation } from 'react-i18next';

/** Show the count from this share of the limit on. */
const NEAR = 0.9;

export function LengthNote({ id, length, limit }: { id: string; length: number; limit: number | undefined }) {
  const { t } = useTranslation();
  if (limit === undefined || length < limit * NEAR) return null;
  const over = length > limit;
  return (
    <p id={id} className={over ? 'length-note warning' : 'length-note hint'} role={over ? 'alert' : undefined}>
      {over ? t('room.tooLong', { limit }) : t('room.charactersLeft', { left: limit - length, limit })}
    </p>
  );
}

/** The ids a field's aria-describedby names: its hint, its length note and its guard note, where shown. */
export function describedBy(id: string, hint: string | undefined, length: number, limit: number | undefined, guarded = false): string | undefined {
  const ids = [hint ? `${id}-hint` : '', limit !== undefined && length >= limit * NEAR ? `${id}-length` : '', guarded ? `${id}-guard` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
