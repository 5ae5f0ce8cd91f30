/** What a text field says about its limit: nothing until the text nears it, then how much is left, or that it is over. */
import { useTranslation } from 'react-i18next';
import { intlLocale, isLanguage } from '@naervaer/shared/i18n';
import type { Overflow } from './limit';

/** Show the count from this share of the limit on. */
const NEAR = 0.9;

/** Formats counts as the reader's language writes them ("20 000"). */
function useCount(): (n: number) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(isLanguage(i18n.language) ? i18n.language : 'nb');
  return (n) => n.toLocaleString(locale);
}

export function LengthNote({ id, length, limit }: { id: string; length: number; limit: number | undefined }) {
  const { t } = useTranslation();
  const count = useCount();
  if (limit === undefined || length < limit * NEAR) return null;
  const over = length > limit;
  return (
    <p id={id} className={over ? 'length-note warning' : 'length-note hint'} role={over ? 'alert' : undefined}>
      {over ? t('room.tooLong', { limit: count(limit) }) : t('room.charactersLeft', { left: count(limit - length), limit: count(limit) })}
    </p>
  );
}

/** Why the field's last paste, drop or typing was not taken: how long it was and how much room there is. */
export function OverflowNote({ id, overflow, limit }: { id: string; overflow: Overflow | null; limit: number | undefined }) {
  const { t } = useTranslation();
  const count = useCount();
  if (!overflow || limit === undefined) return null;
  const size = count(overflow.size);
  const room = count(overflow.room);
  const text =
    overflow.room === 0
      ? t('room.overflow.full', { limit: count(limit) })
      : overflow.how === 'paste'
        ? t('room.overflow.paste', { size, room })
        : overflow.how === 'drop'
          ? t('room.overflow.drop', { size, room })
          : t('room.overflow.typed', { size, room });
  return (
    <p id={id} className="overflow-note warning" role="alert">
      {text}
    </p>
  );
}

/** The ids a field's aria-describedby names: its hint, its length note, its guard note and its overflow note, where shown. */
export function describedBy(id: string, hint: string | undefined, length: number, limit: number | undefined, guarded = false, overflowed = false): string | undefined {
  const ids = [hint ? `${id}-hint` : '', limit !== undefined && length >= limit * NEAR ? `${id}-length` : '', guarded ? `${id}-guard` : '', overflowed ? `${id}-overflow` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
