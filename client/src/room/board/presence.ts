/**
 * Where everyone is on the board, through the content document's awareness: each client publishes
 * its cursor and viewport in the `board` field (the server stamps `user`); remote ones become
 * tldraw presence records, so tldraw draws their cursors with their names.
 */
import { type Editor, InstancePresenceRecordType, type TLInstancePresence, type TLUserId } from 'tldraw';
import type { Awareness } from 'y-protocols/awareness';
import * as z from 'zod';
import { PresenceUser } from '@naervaer/shared/presence';

const Box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });
export const BoardPresence = z.object({
  cursor: z.object({ x: z.number(), y: z.number() }).nullable(),
  viewport: Box,
  at: z.number(),
});
export type BoardPresence = z.infer<typeof BoardPresence>;
const RemoteState = z.object({ user: PresenceUser, board: BoardPresence });
export type RemoteBoardState = z.infer<typeof RemoteState> & { clientId: number };

/** Remote people's board state (parsed; people not on the board are left out). */
export function remoteBoardStates(awareness: Awareness): RemoteBoardState[] {
  const out: RemoteBoardState[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const parsed = RemoteState.safeParse(state);
    if (parsed.success) out.push({ ...parsed.data, clientId });
  });
  return out;
}

const COLOURS = ['#1d4f6e', '#8a4b00', '#6a1b9a', '#00695c', '#ad1457', '#283593', '#4e342e', '#2e7d32'];
function colourOf(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return COLOURS[h % COLOURS.length]!;
}

/** Publishes this client's cursor and viewport (throttled) and shows everyone else's cursors. */
export function bindPresence(editor: Editor, awareness: Awareness): () => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pointerOnCanvas = false;
  const publish = () => {
    timer = null;
    last = Date.now();
    const b = editor.getViewportPageBounds();
    const p = editor.inputs.getCurrentPagePoint();
    const board: BoardPresence = {
      cursor: pointerOnCanvas ? { x: p.x, y: p.y } : null,
      viewport: { x: b.x, y: b.y, w: b.w, h: b.h },
      at: last,
    };
    awareness.setLocalStateField('board', board);
  };
  const schedule = () => {
    if (timer) return;
    timer = setTimeout(publish, Math.max(0, 50 - (Date.now() - last)));
  };
  const onEvent = (info: { type: string; name: string }) => {
    if (info.type === 'pointer' && info.name === 'pointer_move') {
      pointerOnCanvas = true;
      schedule();
    }
  };
  editor.on('event', onEvent);
  const container = editor.getContainer();
  const onLeave = () => {
    pointerOnCanvas = false;
    schedule();
  };
  container.addEventListener('pointerleave', onLeave);
  const stopCamera = editor.store.listen(schedule, { scope: 'session' });
  publish();

  const show = () => {
    const pageId = editor.getCurrentPageId();
    const wanted = new Map<string, TLInstancePresence>();
    for (const s of remoteBoardStates(awareness)) {
      const id = InstancePresenceRecordType.createId(String(s.clientId));
      wanted.set(
        id,
        InstancePresenceRecordType.create({
          id,
          currentPageId: pageId,
          userId: `user:${s.user.id}` as TLUserId,
          userName: s.user.name,
          color: colourOf(s.user.id),
          cursor: s.board.cursor ? { x: s.board.cursor.x, y: s.board.cursor.y, type: 'default', rotation: 0 } : null,
          lastActivityTimestamp: s.board.at,
          screenBounds: { x: 0, y: 0, w: s.board.viewport.w, h: s.board.viewport.h },
        }),
      );
    }
    const stale = editor.store
      .allRecords()
      .filter((r) => r.typeName === 'instance_presence' && !wanted.has(r.id))
      .map((r) => r.id);
    editor.store.mergeRemoteChanges(() => {
      if (stale.length) editor.store.remove(stale);
      if (wanted.size) editor.store.put([...wanted.values()]);
    });
  };
  awareness.on('change', show);
  show();

  return () => {
    editor.off('event', onEvent);
    container.removeEventListener('pointerleave', onLeave);
    stopCamera();
    awareness.off('change', show);
    if (timer) clearTimeout(timer);
    awareness.setLocalStateField('board', null);
  };
}
