/** Connects a meeting's two Yjs documents to the server and reports the connection's state. */
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode, type DocName, FINAL_CLOSE_CODES, SYNC_PREFIX } from '@naervaer/shared/protocol';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'unsaved' | 'revoked' | 'refused' | 'ended';

export type MeetingDocs = {
  content: Y.Doc;
  control: Y.Doc;
  contentProvider: WebsocketProvider;
  controlProvider: WebsocketProvider;
};

export type MeetingConnection = { docs: MeetingDocs | null; state: ConnectionState; synced: boolean };

function serverUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${SYNC_PREFIX}`;
}

function openDocs(meetingId: string): MeetingDocs {
  const content = new Y.Doc();
  const control = new Y.Doc();
  const open = (name: DocName, doc: Y.Doc) =>
    new WebsocketProvider(serverUrl(), `${meetingId}/${name}`, doc, { disableBc: true, maxBackoffTime: 5000 });
  return { content, control, contentProvider: open('content', content), controlProvider: open('control', control) };
}

/** Opens both sync sockets of a meeting for as long as the component is mounted. */
export function useMeetingDocs(meetingId: string | null): MeetingConnection {
  const [docs, setDocs] = useState<MeetingDocs | null>(null);
  const [state, setState] = useState<ConnectionState>('connecting');
  const [synced, setSynced] = useState(false);

  useEffect(() => {
    if (!meetingId) return;
    const opened = openDocs(meetingId);
    const providers = [opened.contentProvider, opened.controlProvider];
    let final: ConnectionState | null = null;
    // The server could not reach its database: it said so, and it is tried again until it answers.
    let storageDown = false;
    const update = () => {
      if (final) return setState(final);
      const all = providers.map((p) => (p.wsconnected ? 'connected' : p.wsconnecting ? 'connecting' : 'disconnected'));
      setState(storageDown ? 'unsaved' : all.every((s) => s === 'connected') ? 'connected' : all.includes('disconnected') ? 'disconnected' : 'connecting');
      setSynced(providers.every((p) => p.synced));
    };
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.storageUnavailable) storageDown = true;
      if (event && FINAL_CLOSE_CODES.has(event.code)) {
        // The server said no for good (revoked, not allowed): stop retrying.
        final = event.code === CloseCode.revoked || event.code === CloseCode.unauthorized ? 'revoked' : event.code === CloseCode.meetingEnded ? 'ended' : 'refused';
        for (const p of providers) p.disconnect();
      }
      update();
    };
    // Saved again once every socket has synced afresh (not at the close itself: y-websocket still
    // counts the closing socket as connected and synced when it tells of the close).
    const onSync = (isSynced: boolean) => {
      if (isSynced && providers.every((p) => p.wsconnected && p.synced)) storageDown = false;
      update();
    };
    for (const p of providers) {
      p.on('status', update);
      p.on('sync', onSync);
      p.on('connection-close', onClose);
    }
    setDocs(opened);
    update();
    return () => {
      for (const p of providers) p.destroy();
      opened.content.destroy();
      opened.control.destroy();
      setDocs(null);
    };
  }, [meetingId]);

  return { docs, state, synced };
}
