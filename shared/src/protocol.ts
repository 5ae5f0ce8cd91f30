/** The sync wire protocol: one place for message kinds, documents, close codes and the URL shape. */
import type { Capability } from './roles';

export const PROTOCOL_VERSION = 1;

/** Message kinds of the y-websocket protocol (first varUint of every message). */
export const MessageKind = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

/** Sub-kinds of a sync message (y-protocols/sync). */
export const SyncKind = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

/**
 * Each meeting has two Yjs documents: `content`, which participants edit, and `control`
 * (agenda step, timer, pause), which only the facilitator (or the server on someone's behalf) changes.
 */
export const DOC_NAMES = ['content', 'control'] as const;
export type DocName = (typeof DOC_NAMES)[number];

/** The capability needed to write to each document. */
export const WRITE_CAPABILITY: Record<DocName, Capability> = {
  content: 'content.write',
  control: 'control.write',
};

export function isDocName(value: unknown): value is DocName {
  return typeof value === 'string' && (DOC_NAMES as readonly string[]).includes(value);
}

/** Path of a meeting document's sync socket, relative to the origin. */
export function syncPath(meetingId: string, doc: DocName): string {
  return `/sync/${encodeURIComponent(meetingId)}/${doc}`;
}

/** The prefix the y-websocket client gets as its server URL; the room name is `${meetingId}/${doc}`. */
export const SYNC_PREFIX = '/sync';

/** WebSocket close codes the server uses. 4000–4999 are free for applications. */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  tooLarge: 1009,
  internalError: 1011,
  badMessage: 4400,
  /** Access ended: logged out, the session reached its end, or the invitation expired. */
  unauthorized: 4401,
  forbiddenWrite: 4403,
  /** The update would store something the meeting may not hold (identifying data in an anonymous consultation). */
  forbiddenContent: 4422,
  unknownMeeting: 4404,
  revoked: 4410,
  /** The meeting was deleted (by its facilitator or by the retention schedule). */
  meetingDeleted: 4411,
  /** The facilitator ended the meeting: a guest takes no further part. */
  meetingEnded: 4412,
  /** The document has reached its size limit; the refused update was not applied. */
  documentTooLarge: 4413,
  /** The socket left more unread than MAX_SOCKET_BACKLOG_BYTES: the server stops holding it. */
  backlog: 4408,
  /** Too many connections to this meeting or from this address; try again later. */
  tooManyConnections: 4429,
  serverShutdown: 4503,
  /**
   * The server cannot reach its database: it takes no change until it can (nothing of a refused
   * change is kept). Not final: the client tries again, and sends what it holds once it is back.
   */
  storageUnavailable: 4504,
} as const;
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which a client must not reconnect by itself. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.unauthorized,
  CloseCode.forbiddenWrite,
  CloseCode.forbiddenContent,
  CloseCode.unknownMeeting,
  CloseCode.revoked,
  CloseCode.meetingDeleted,
  CloseCode.meetingEnded,
  // Reconnecting would send the same oversize state again.
  CloseCode.documentTooLarge,
]);

/**
 * The capability each incoming sync message needs, per document: the sync messages' half of the role
 * table. A message whose capability the sender lacks is refused (an update) or dropped (presence).
 */
export const SYNC_MESSAGE_KINDS = ['syncStep1', 'syncUpdate', 'awareness', 'queryAwareness', 'auth'] as const;
export type SyncMessageKind = (typeof SYNC_MESSAGE_KINDS)[number];

export function messageCapability(kind: SyncMessageKind, doc: DocName): Capability {
  switch (kind) {
    case 'syncUpdate':
      return WRITE_CAPABILITY[doc];
    case 'awareness':
      return 'presence.publish';
    default:
      return 'meeting.read';
  }
}
