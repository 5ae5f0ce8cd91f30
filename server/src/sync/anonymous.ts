/** The server's half of "an anonymous consultation stores nothing that identifies the pupil". */
import type * as Y from 'yjs';
import { readRawContent } from '@naervaer/shared/content-doc';
import type { MeetingKind } from '@naervaer/shared/meeting';
import type { DocName } from '@naervaer/shared/protocol';
import { findIdentifyingFields } from '@naervaer/shared/pupil';

/** True when the content doc holds no identifying field (pupil, the pupil or parents as participants or recipients). */
export function holdsNoIdentifyingData(content: Y.Doc): boolean {
  return findIdentifyingFields(readRawContent(content)).length === 0;
}

/** The check a meeting document's updates must pass, if any. */
export function contentGuard(kind: MeetingKind, doc: DocName): ((candidate: Y.Doc) => boolean) | undefined {
  return kind === 'anonymous' && doc === 'content' ? holdsNoIdentifyingData : undefined;
}
