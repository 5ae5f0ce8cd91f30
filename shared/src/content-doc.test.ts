import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertRecord, orderAtEnd, readMeetingContent, readRawContent, textLimitOf, writeMeetingContent } from './content-doc';
import { contentFields, contentText, recordText } from './doc';
import { anonymousExampleMeeting, fullExampleMeeting } from './fixtures';
import { defaultMeetingContent } from './meeting-content';
import { findIdentifyingFields } from './pupil';

/** Step 7 is the whiteboard's (issue 4); compare everything else. */
function withoutMapping<T extends { areas: unknown; mapping: unknown }>(content: T) {
  const { areas: _areas, mapping: _mapping, ...rest } = content;
  return rest;
}

function syncedCopy(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('the content doc layout', () => {
  it('gives back the full example meeting after writing it into a doc and syncing it to another', () => {
    const doc = new Y.Doc();
    writeMeetingContent(doc, fullExampleMeeting());
    const read = readMeetingContent(syncedCopy(doc), 'named');
    expect(withoutMapping(read)).toEqual(withoutMapping(fullExampleMeeting()));
  });

  it('gives back the anonymous example, which parses as an anonymous consultation', () => {
    const doc = new Y.Doc();
    writeMeetingContent(doc, anonymousExampleMeeting());
    expect(withoutMapping(readMeetingContent(doc, 'anonymous'))).toEqual(withoutMapping(anonymousExampleMeeting()));
    expect(findIdentifyingFields(readRawContent(doc))).toEqual([]);
  });

  it('reads a fresh doc as the default content', () => {
    expect(readMeetingContent(new Y.Doc(), 'named')).toEqual(defaultMeetingContent());
  });

  it('keeps both people’s words when two type into the same field at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    contentText(a, 'agreement.mainGoal').insert(0, 'Sofie er på skolen');
    contentText(b, 'agreement.mainGoal').insert(0, 'hver dag');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const goal = readMeetingContent(a, 'named').agreement.mainGoal;
    expect(goal).toContain('Sofie er på skolen');
    expect(goal).toContain('hver dag');
    expect(readMeetingContent(b, 'named').agreement.mainGoal).toBe(goal);
  });

  it('lists records in their order field and shows an identifying participant in the raw read-out', () => {
    const doc = new Y.Doc();
    insertRecord(doc, 'participants', 'b', { name: 'Ingrid', service: 'kontaktlaerer', fondOf: 'Kaffe' }, orderAtEnd(doc, 'participants'));
    insertRecord(doc, 'participants', 'a', { name: 'Sofie', service: 'elev' }, 0.5);
    const content = readMeetingContent(doc, 'named');
    expect(content.participants.map((p) => p.name)).toEqual(['Sofie', 'Ingrid']);
    expect(content.participants[1]?.fondOf).toBe('Kaffe');
    expect(findIdentifyingFields(readRawContent(doc))).toEqual(['participants.0']);
    // Read as an anonymous consultation, the identifying participant is left out and the rest stays.
    expect(readMeetingContent(doc, 'anonymous').participants.map((p) => p.name)).toEqual(['Ingrid']);
  });

  it('leaves out a pupil whose name is still empty in a named meeting', () => {
    const doc = new Y.Doc();
    contentFields(doc).set('pupil.class', '6B');
    expect(readMeetingContent(doc, 'named').pupil).toBeUndefined();
    expect(findIdentifyingFields(readRawContent(doc))).toEqual(['pupil']);
  });

  it('knows the schema’s limit of each root text, for the inputs that edit it', () => {
    const doc = new Y.Doc();
    expect(textLimitOf(contentText(doc, 'notes.purpose'))).toBe(20_000);
    expect(textLimitOf(recordText(doc, 'participants', 'p-1', 'fondOf'))).toBe(500);
    expect(textLimitOf(doc.getText('text:__proto__.x'))).toBeUndefined();
    expect(textLimitOf(doc.getText('somethingElse'))).toBeUndefined();
  });
});
