/** What every step of the shared screen shares: which child it speaks to, its words, and what each step gets. */
import { createContext, useContext } from 'react';
import type { TOptions } from 'i18next';
import type { AgendaStep } from '@naervaer/shared/agenda';
import type { MeetingView } from '@naervaer/shared/api';
import type { AgeGroup } from '@naervaer/shared/child-screen';
import type { TextKey } from '@naervaer/shared/i18n';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import type { OffScreen } from '@naervaer/shared/screen-choices';
import { existingKeys, useTranslate } from '../../lib/i18n';
import type { MeetingDocs } from '../../lib/sync';

/** Which child the screen speaks to (the preparation's choice): the screen and its preview provide it. */
export const ScreenAge = createContext<AgeGroup>('older');

/**
 * The shared screen's words for this child: `s` for the screen's own wording (\`meeting:screen.*\`),
 * `child` for a child-worded domain text (a key ending in \`.child\`); for a younger child, the
 * younger wording where there is one.
 */
export function useScreenWords() {
  const t = useTranslate();
  const younger = useContext(ScreenAge) === 'younger';
  return {
    younger,
    // The younger wording where there is one, else the screen's own.
    s: (key: ScreenKey, options?: TOptions) => t([...(younger ? existingKeys([`meeting:screenYounger.${key}`], options) : []), `meeting:screen.${key}`], options),
    child: (key: ChildTextKey, options?: TOptions) => t([...(younger ? existingKeys([key.replace(/\.child$/, '.younger')], options) : []), key], options),
  };
}

/** A key of the shared screen's own wording, under `meeting:screen`. */
type ScreenKey = TextKey extends infer K ? (K extends `meeting:screen.${infer Path}` ? Path : never) : never;
/** A domain text in the child's words; some have a younger child's wording beside them (`….younger`). */
type ChildTextKey = Extract<TextKey, `domain:${string}.child`>;

/** What each step's view of the shared screen gets. */
export type ScreenProps = { step: AgendaStep; view: MeetingView; docs: MeetingDocs; content: MeetingContent; hidden: OffScreen };
