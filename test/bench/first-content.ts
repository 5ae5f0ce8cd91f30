/** Times a client's first sight of a full meeting: from opening its socket until every mapping note is in its document. */
import { WebSocket as WsWebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ClientTarget } from './targets';

/**
 * The reference answers a client's first sync before its LevelDB read is done and sends the stored
 * document as an update afterwards, so "synced" is not the measure: the notes having arrived is.
 */
export async function timeFirstContent(target: ClientTarget, notes: number, timeoutMs = 30_000): Promise<number> {
  const doc = new Y.Doc();
  const mapping = doc.getMap('mapping');
  const start = performance.now();
  const provider = new WebsocketProvider(target.serverUrl, target.room, doc, {
    disableBc: true,
    WebSocketPolyfill: WsWebSocket as unknown as typeof WebSocket,
    params: target.params,
  });
  try {
    return await new Promise<number>((resolveMs, reject) => {
      const timer = setTimeout(() => reject(new Error(`${notes} notes did not arrive within ${timeoutMs} ms (${mapping.size} did)`)), timeoutMs);
      const check = () => {
        if (mapping.size < notes) return;
        clearTimeout(timer);
        doc.off('update', check);
        resolveMs(performance.now() - start);
      };
      doc.on('update', check);
    });
  } finally {
    provider.destroy();
    doc.destroy();
  }
}
