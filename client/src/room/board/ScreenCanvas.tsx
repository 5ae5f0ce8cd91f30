/**
 * The mapping board on the shared screen (step 7): the same canvas as in the room, read-only, with
 * no toolbar or buttons, and its camera following the facilitator. The screen runs under the
 * facilitator's own login, so it follows the viewport the facilitator's room publishes in awareness
 * (same account, another client), and publishes none of its own: participants following the
 * facilitator must never pick up the projector's view instead. When nobody leads (the facilitator
 * ended "follow me", or has no board open), it shows the whole board.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor, TLComponents } from 'tldraw';
import type * as Y from 'yjs';
import type { BoardLayout } from '@naervaer/shared/board-layout';
import { type BoardFollow, readBoardArea } from '@naervaer/shared/doc';
import { useControlValue } from '../fields/hooks';
import type { MappingRead } from '@naervaer/shared/mapping-doc';
import { can } from '@naervaer/shared/roles';
import type { WebsocketProvider } from 'y-websocket';
import { bindBoard } from './binding';
import { useBoardFollow } from './useBoardFollow';
import { type RemoteBoardState, remoteBoardStates } from './presence';
import { BoardTldraw } from './BoardTldraw';
import { Template, type TemplateData } from './Template';

const components: TLComponents = { OnTheCanvas: Template };

export type ScreenCanvasProps = {
  content: Y.Doc;
  control: Y.Doc;
  provider: WebsocketProvider;
  mapping: MappingRead;
  layout: BoardLayout;
  /** The notes the facilitator put on the screen (the others are not drawn). */
  showItem: (itemId: string) => boolean;
  /** Changes when the notes on the screen change. */
  shownKey: string;
  /** Whether the board's other drawing (pen, text) is on the screen: the facilitator's choice. */
  showDrawing: boolean;
};

/**
 * The board state the screen shows: the requested leader's, or by default any facilitator's; the
 * most recently published one when the same account has the board open in more than one place.
 */
function leadingState(follow: BoardFollow | null, provider: WebsocketProvider): RemoteBoardState | null {
  if (follow && !follow.on) return null;
  const candidates = remoteBoardStates(provider.awareness).filter((s) =>
    follow ? s.user.id === follow.leaderId : can(s.user.role, 'control.write'),
  );
  return candidates.sort((a, b) => b.board.at - a.board.at)[0] ?? null;
}

export default function ScreenCanvas({ content, control, provider, mapping, layout, showItem, shownKey, showDrawing }: ScreenCanvasProps) {
  const { t } = useTranslation('board');
  const [editor, setEditor] = useState<Editor | null>(null);
  const [leading, setLeading] = useState(false);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const follow = useBoardFollow(control);
  // An area the facilitator put on the screen is shown large: every note in it readable from the back.
  const area = useControlValue(control, readBoardArea);

  const template: TemplateData = useMemo(() => ({ layout, areas: mapping.areas, canWrite: false, onAdd: () => {} }), [layout, mapping.areas]);

  useEffect(() => {
    if (!editor) return;
    editor.updateInstanceState({ isReadonly: true });
    // Nobody at the projector moves the camera: only the facilitator's view (or the whole board) does.
    editor.setCameraOptions({ isLocked: true });
    return bindBoard(editor, content, { canWrite: false, layout: () => layoutRef.current, showItem, showDrawing });
    // Bound again when the notes on the screen change: the new binding draws exactly those.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, content, shownKey, showDrawing]);

  useEffect(() => {
    if (!editor) return;
    let lastKey = '';
    const apply = () => {
      const focused = area ? layoutRef.current.areas.find((a) => a.areaId === area) : undefined;
      const state = focused ? null : leadingState(follow, provider);
      const target = focused ?? (state ? state.board.viewport : layoutRef.current.bounds);
      const key = JSON.stringify([!!state, target]);
      if (key === lastKey) return;
      lastKey = key;
      setLeading(!!state);
      editor.zoomToBounds(target, { inset: state ? 0 : 16, force: true });
    };
    apply();
    provider.awareness.on('change', apply);
    return () => provider.awareness.off('change', apply);
  }, [editor, follow, provider, layout, area]);

  return (
    <div className="board-canvas screen-board" role="region" aria-label={t('canvasLabel')} data-following={leading ? 'true' : 'false'}>
      <BoardTldraw template={template} components={components} hideUi onMount={setEditor} />
    </div>
  );
}
