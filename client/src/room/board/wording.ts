/**
 * Whose words the board's own labels are in: the adults' (the guide's "ressurs" and "risiko") in the
 * room, the child's on the shared screen. The shared screen wraps its board in `BoardWording` 'child'.
 */
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';

export type Wording = 'adult' | 'child';
export const BoardWording = createContext<Wording>('adult');

/** The board's own labels that have a child's wording (board locale, under `child`). */
type ChildKey = 'resource' | 'risk' | 'resources' | 'risks' | 'summary.title' | 'summary.totals' | 'summary.none';

/** `t` for the board's labels, in the wording of the screen it is on. */
export function useBoardWords() {
  const wording = useContext(BoardWording);
  const { t } = useTranslation('board');
  return (key: ChildKey, values?: Record<string, unknown>): string => t(wording === 'child' ? `child.${key}` : key, values ?? {});
}
