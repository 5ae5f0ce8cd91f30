/**
 * The tldraw canvas of the mapping board. Loaded only on step 7 (with tldraw itself), bound to the
 * meeting's content document (binding.ts) and awareness (presence.ts). Fonts, icons and translations
 * come from our own server.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DefaultToolbar,
  DrawToolbarItem,
  type Editor,
  EraserToolbarItem,
  HandToolbarItem,
  SelectToolbarItem,
  type TLComponents,
} from 'tldraw';
import type * as Y from 'yjs';
import { BOARD, type BoardLayout, areaAt } from '@naervaer/shared/board-layout';
import { type BoardFollow, mappingTextPlace, writeBoardFollow } from '@naervaer/shared/doc';
import type { MappingKind } from '@naervaer/shared/mapping';
import { type MappingRead, addMappingItem } from '@naervaer/shared/mapping-doc';
import type { PresenceUser } from '@naervaer/shared/presence';
import { can } from '@naervaer/shared/roles';
import type { WebsocketProvider } from 'y-websocket';
import { bindBoard } from './binding';
import { useBoardFollow } from './useBoardFollow';
import { noteShapeId } from './note-shape';
import { bindPresence, remoteBoardStates } from './presence';
import { BoardTldraw } from './BoardTldraw';
import { Template, type TemplateData } from './Template';
import { GuardNote, useAnonymousGuard } from '../fields/anonymous-guard';



function Toolbar() {
  return (
    <DefaultToolbar>
      <SelectToolbarItem />
      <HandToolbarItem />
      <DrawToolbarItem />
      <EraserToolbarItem />
    </DefaultToolbar>
  );
}

const components: TLComponents = {
  OnTheCanvas: Template,
  Toolbar,
  // One page, no file menu; undo, redo and delete stay on their keys and in the context menu.
  MenuPanel: null,
  HelpMenu: null,
  DebugMenu: null,
  DebugPanel: null,
  SharePanel: null,
  StylePanel: null,
  Minimap: null,
};

export type CanvasProps = {
  content: Y.Doc;
  control: Y.Doc;
  provider: WebsocketProvider;
  mapping: MappingRead;
  layout: BoardLayout;
  me: PresenceUser;
  canWrite: boolean;
  /** Called when the person presses Alt+L on the canvas. */
  onGoToList: () => void;
};

/** Whose view to follow: the facilitator who asked everyone to follow, or by default any facilitator present. */
function leaderOf(follow: BoardFollow | null, provider: WebsocketProvider, me: PresenceUser): { id: string; name: string } | null {
  if (follow && !follow.on) return null;
  const states = remoteBoardStates(provider.awareness);
  const leader = follow
    ? states.find((s) => s.user.id === follow.leaderId)
    : states.find((s) => can(s.user.role, 'control.write'));
  if (!leader || leader.user.id === me.id) return null;
  return { id: leader.user.id, name: leader.user.name };
}

export default function Canvas({ content, control, provider, mapping, layout, me, canWrite, onGoToList }: CanvasProps) {
  const { t } = useTranslation('board');
  const [editor, setEditor] = useState<Editor | null>(null);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const follow = useBoardFollow(control);
  const isFacilitator = can(me.role, 'control.write');
  const [detachedStamp, setDetachedStamp] = useState<number | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [leader, setLeader] = useState<{ id: string; name: string } | null>(null);
  const following = !!leader && detachedStamp !== (follow?.stamp ?? 0);

  const onAdd = useCallback(
    (areaId: string, kind: MappingKind, at?: { x: number; y: number }) => {
      if (!canWrite) return;
      const id = addMappingItem(content, { kind, areaId, saidBy: me.id, saidByName: me.name, ...(at ? { at } : {}) });
      if (!editor) return;
      const shapeId = noteShapeId(id);
      if (editor.getShape(shapeId)) {
        editor.select(shapeId);
        editor.setEditingShape(shapeId);
      }
    },
    [canWrite, content, editor, me],
  );

  // An anonymous consultation's rule, checked before a note's text is sent (the binding reads the latest).
  const guard = useAnonymousGuard();
  const allowsRef = useRef(guard.allows);
  allowsRef.current = guard.allows;

  const template: TemplateData = useMemo(
    () => ({ layout, areas: mapping.areas, canWrite, onAdd: (areaId, kind) => onAdd(areaId, kind) }),
    [layout, mapping.areas, canWrite, onAdd],
  );

  // The bindings to the document and to awareness live as long as the editor.
  useEffect(() => {
    if (!editor) return;
    editor.updateInstanceState({ isReadonly: !canWrite });
    const unbindBoard = bindBoard(editor, content, {
      canWrite,
      layout: () => layoutRef.current,
      allowsText: (id, text) => allowsRef.current(mappingTextPlace(id), text),
      onUnreadable: setUnreadable,
    });
    const unbindPresence = bindPresence(editor, provider.awareness);
    editor.zoomToBounds(layoutRef.current.bounds, { inset: 16 });
    return () => {
      unbindBoard();
      unbindPresence();
    };
  }, [editor, content, provider, canWrite]);

  // Who leads the view, kept current as people come and go.
  useEffect(() => {
    const update = () =>
      setLeader((prev) => {
        const next = leaderOf(follow, provider, me);
        return prev?.id === next?.id && prev?.name === next?.name ? prev : next;
      });
    update();
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
  }, [follow, provider, me]);

  // Following: the camera shows what the leader's viewport shows; moving it yourself stops following.
  useEffect(() => {
    if (!editor || !leader || !following) return;
    // The store tells its listeners on the next frame, so a flag set around our own move would be
    // down by then: remember the camera we set instead, and treat any other camera as the person's.
    let applied: { x: number; y: number; z: number } | null = null;
    let lastKey = '';
    const apply = () => {
      const state = remoteBoardStates(provider.awareness).find((s) => s.user.id === leader.id);
      if (!state) return;
      const key = JSON.stringify(state.board.viewport);
      if (key === lastKey) return;
      lastKey = key;
      editor.zoomToBounds(state.board.viewport, { inset: 0 });
      applied = editor.getCamera();
    };
    const stopCamera = editor.store.listen(
      ({ changes }) => {
        const moved = Object.values(changes.updated).some(
          ([, to]) => to.typeName === 'camera' && !(applied && to.x === applied.x && to.y === applied.y && to.z === applied.z),
        );
        if (moved) setDetachedStamp(follow?.stamp ?? 0);
      },
      { source: 'user', scope: 'session' },
    );
    apply();
    provider.awareness.on('change', apply);
    return () => {
      stopCamera();
      provider.awareness.off('change', apply);
    };
  }, [editor, leader, following, follow, provider]);

  // Keys on the canvas: + / − add a note where the pointer is; Alt+L goes to the list.
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onKey = (e: KeyboardEvent) => {
      if (!container.contains(document.activeElement) && document.activeElement !== document.body) return;
      if (e.altKey && (e.key === 'l' || e.key === 'L' || e.code === 'KeyL')) {
        e.preventDefault();
        e.stopPropagation();
        onGoToList();
        return;
      }
      if (!editor || e.ctrlKey || e.metaKey || e.altKey || editor.getEditingShapeId()) return;
      if (!container.contains(document.activeElement)) return;
      const kind: MappingKind | null = e.key === '+' ? 'resource' : e.key === '-' || e.key === '−' ? 'risk' : null;
      if (!kind || !canWrite) return;
      e.preventDefault();
      e.stopPropagation();
      const p = editor.inputs.getCurrentPagePoint();
      const at = { x: p.x - BOARD.noteW / 2, y: p.y - BOARD.noteH / 2 };
      const areaId = areaAt(layoutRef.current, p.x, p.y);
      if (areaId) onAdd(areaId, kind, at);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor, canWrite, onAdd, onGoToList]);

  const bring = () => writeBoardFollow(control, { leaderId: me.id, stamp: Date.now(), on: true });
  const stopLeading = () => writeBoardFollow(control, { leaderId: me.id, stamp: Date.now(), on: false });
  const leadingNow = isFacilitator && (follow === null || (follow.on && follow.leaderId === me.id));

  return (
    <div className="board-canvas-wrap">
      <GuardNote id="board-guard" problem={guard.problem} remind={false} />
      {unreadable > 0 && (
        <p className="board-notice" role="status">
          {t('unreadableDrawing', { count: unreadable })}
        </p>
      )}
      <div className="board-canvas-bar">
        {isFacilitator && (
          <>
            <button type="button" onClick={bring}>
              {t('follow.bring')}
            </button>
            {follow?.on !== false ? (
              <button type="button" onClick={stopLeading} aria-pressed={leadingNow}>
                {t('follow.stop')}
              </button>
            ) : (
              <button type="button" onClick={bring} aria-pressed={false}>
                {t('follow.followMe')}
              </button>
            )}
            {leadingNow && <span className="hint">{t('follow.leading')}</span>}
          </>
        )}
        {leader && following && (
          <>
            <span className="board-following" role="status">
              {t('follow.following', { name: leader.name })}
            </span>
            <button type="button" onClick={() => setDetachedStamp(follow?.stamp ?? 0)}>
              {t('follow.stopFollowing')}
            </button>
          </>
        )}
        {leader && !following && (
          <button type="button" onClick={() => setDetachedStamp(null)}>
            {t('follow.followAgain', { name: leader.name })}
          </button>
        )}
        <button type="button" onClick={() => editor?.zoomToBounds(layout.bounds, { inset: 16, animation: { duration: 200 } })}>
          {t('fit')}
        </button>
      </div>
      <div
        ref={containerRef}
        className="board-canvas"
        role="region"
        aria-label={t('canvasLabel')}
        aria-describedby="board-canvas-hint"
        data-following={following ? 'true' : 'false'}
      >
        <BoardTldraw template={template} components={components} onMount={setEditor} />
      </div>
      <p id="board-canvas-hint" className="hint">
        {t('canvasHint')}
      </p>
    </div>
  );
}
