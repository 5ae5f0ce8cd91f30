/**
 * The board's tldraw as every canvas sets it up: assets served from our own origin, the licence
 * key, the note shape, and the template drawn under the notes. The canvases differ only in their
 * components (toolbar or none) and whether tldraw's own UI shows.
 */
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { type Editor, type TLComponents, Tldraw } from 'tldraw';
import 'tldraw/tldraw.css';
import { clientEnv } from '../../env';
import { NoteShapeUtil } from './note-shape';
import { TemplateContext, type TemplateData } from './Template';

const assetUrls = getAssetUrlsByImport();
const shapeUtils = [NoteShapeUtil];

export function BoardTldraw(props: { template: TemplateData; components: TLComponents; hideUi?: boolean; onMount: (editor: Editor) => void }) {
  return (
    <TemplateContext.Provider value={props.template}>
      <Tldraw
        licenseKey={clientEnv.tldrawLicenseKey ?? undefined}
        assetUrls={assetUrls}
        shapeUtils={shapeUtils}
        components={props.components}
        hideUi={props.hideUi}
        onMount={props.onMount}
      />
    </TemplateContext.Provider>
  );
}
