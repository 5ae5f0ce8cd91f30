/**
 * The board's tldraw as every canvas sets it up: assets (fonts, icons, translations) served from our
 * own origin, tldraw's menus and tooltips in the app's language, the licence key, the note shape, and
 * the template drawn under the notes. The canvases differ only in their components (toolbar or none)
 * and whether tldraw's own UI shows.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { type Editor, type TLComponents, type TLUserPreferences, Tldraw, useTldrawCurrentUser } from 'tldraw';
import 'tldraw/tldraw.css';
import type { Language } from '@naervaer/shared/i18n';
import { clientEnv } from '../../env';
import { NoteShapeUtil } from './note-shape';
import { TemplateContext, type TemplateData } from './Template';

const assetUrls = getAssetUrlsByImport();
const shapeUtils = [NoteShapeUtil];

/** tldraw's own translation for each of our languages (it has one Norwegian, bokmål). */
const TLDRAW_LOCALE: Record<Language, string> = { nb: 'no', nn: 'no', en: 'en' };

/**
 * tldraw's user, kept in this page rather than in its own local storage, with the app's language
 * (tldraw would otherwise follow the browser's, and speak English in a Norwegian meeting).
 */
function useBoardUser() {
  const { i18n } = useTranslation();
  const [preferences, setPreferences] = useState<TLUserPreferences>({ id: 'board-user' });
  const locale = TLDRAW_LOCALE[i18n.language as Language] ?? 'no';
  return useTldrawCurrentUser({ userPreferences: { ...preferences, locale }, setUserPreferences: setPreferences });
}

export function BoardTldraw(props: { template: TemplateData; components: TLComponents; hideUi?: boolean; onMount: (editor: Editor) => void }) {
  const user = useBoardUser();
  return (
    <TemplateContext.Provider value={props.template}>
      <Tldraw
        licenseKey={clientEnv.tldrawLicenseKey ?? undefined}
        assetUrls={assetUrls}
        user={user}
        shapeUtils={shapeUtils}
        components={props.components}
        hideUi={props.hideUi}
        onMount={props.onMount}
      />
    </TemplateContext.Provider>
  );
}
