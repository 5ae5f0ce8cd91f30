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
  unauthorized: 4401,
  forbiddenWrite: 4403,
  unknownMeeting: 4404,
  revoked: 4410,
  documentTooLarge: 4413,
  tooManyConnections: 4429,
  serverShutdown: 4503,
} as const;
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which a client must not reconnect by itself. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.unauthorized,
  CloseCode.forbiddenWrite,
  CloseCode.unknownMeeting,
  CloseCode.revoked,
]);
