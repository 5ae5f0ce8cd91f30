/**
 * Whose words the board's own labels are in: the adults' (the guide's "ressurs" and "risiko") in the
 * room, the child's on the shared screen. The shared screen wraps its board in `BoardWording` 'child'.
 */
import { createContext, useContext } from 'react';
import { type AreaConfig, childAreaNameKey } from '@naervaer/shared/system-model';
import { useTranslate } from '../../lib/i18n';

export type Wording = 'adult' | 'child';
export const BoardWording = createContext<Wording>('adult');

/** The board's own labels that have a child's wording (board locale, under `child`). */
type ChildKey = 'pupil' | 'resource' | 'risk' | 'resources' | 'risks' | 'summary.title' | 'summary.totals' | 'summary.none';

/** An area's name as the screen it is on says it: a default area in a child's words on the shared screen. */
export function useAreaName() {
  const wording = useContext(BoardWording);
  const t = useTranslate();
  return (area: Pick<AreaConfig, 'id' | 'name'>): string => {
    const key = wording === 'child' ? childAreaNameKey(area) : null;
    return key ? t(key) : area.name;
  };
}

/** `t` for the board's labels, in the wording of the screen it is on. */
export function useBoardWords() {
  const wording = useContext(BoardWording);
  const t = useTranslate();
  return (key: ChildKey, values?: Record<string, unknown>): string => t(wording === 'child' ? `board:child.${key}` : `board:${key}`, values);
}
