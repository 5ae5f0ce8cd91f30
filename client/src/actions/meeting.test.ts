import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMeetingContent } from '@naervaer/shared/content-doc';
import { readPause, readScreenChoices, readTimer, writeCurrentStep, writePause } from '@naervaer/shared/doc';
import { isOnScreen, relevanceScreenKey } from '@naervaer/shared/screen-choices';
import { stepElapsedMs } from '@naervaer/shared/facilitation';
import { findLibraryMeasure } from '@naervaer/shared/measure-library';
import { goToStep } from './agenda';
import { addEvaluation, addLibraryMeasure, addMeasure, addParticipant, addPushPull, deleteRecord, extendCurrentStep, importEvaluations, moveRecord, parkTopic, recordMap, resumeMeeting, startClock, stopClock, toggleOnScreen } from './meeting';
import { logPauseStarted } from '@naervaer/shared/content-doc';

describe('facilitation commands', () => {
  it('counts the clock per step: time before a step change stays with the step it ran on', () => {
    const control = new Y.Doc();
    startClock(control, 1_000);
    // goToStep reads Date.now(); stop and restart around it to keep the numbers exact.
    stopClock(control, 61_000);
    goToStep(control, 1);
    startClock(control, 100_000);
    stopClock(control, 130_000);
    const timer = readTimer(control);
    expect(stepElapsedMs(timer, 0, 200_000)).toBe(60_000);
    expect(stepElapsedMs(timer, 1, 200_000)).toBe(30_000);
    extendCurrentStep(control, 5);
    expect(readTimer(control).extensions['1']).toBe(5);
  });

  it('resumes from a pause and logs the end of it for the minutes', () => {
    const control = new Y.Doc();
    const content = new Y.Doc();
    writePause(control, { at: '2025-11-20T08:41:00+01:00', by: 'Sofie' });
    logPauseStarted(content, { at: '2025-11-20T08:41:00+01:00', by: 'Sofie' });
    resumeMeeting(control, content, new Date('2025-11-20T07:46:00Z'));
    expect(readPause(control)).toBeNull();
    expect(readMeetingContent(content, 'named').events.pauses).toEqual([{ at: '2025-11-20T08:41:00+01:00', by: 'Sofie', resumedAt: '2025-11-20T07:46:00.000Z' }]);
  });

  it('parks a topic with its time and ignores an empty one', () => {
    const content = new Y.Doc();
    expect(parkTopic(content, '   ')).toBeNull();
    parkTopic(content, 'Skoleskyss etter flyttingen', new Date('2025-11-20T08:12:00Z'));
    expect(readMeetingContent(content, 'named').events.parked).toMatchObject([{ text: 'Skoleskyss etter flyttingen', at: '2025-11-20T08:12:00.000Z' }]);
  });

  it('adds, reorders and removes measure rows, and copies a library measure with its id', () => {
    const content = new Y.Doc();
    const first = addMeasure(content);
    const entry = findLibraryMeasure('meetAtCar')!;
    const second = addLibraryMeasure(content, entry, 'Møt eleven ved bilen');
    moveRecord(content, 'measureRows', second, -1);
    let rows = readMeetingContent(content, 'named').agreement.rows;
    expect(rows.map((r) => r.id)).toEqual([second, first]);
    expect(rows[0]).toMatchObject({ measure: 'Møt eleven ved bilen', libraryId: 'meetAtCar' });
    deleteRecord(content, 'measureRows', first);
    rows = readMeetingContent(content, 'named').agreement.rows;
    expect(rows.map((r) => r.id)).toEqual([second]);
  });

  it('adds participants and push–pull items that read back through the schema', () => {
    const content = new Y.Doc();
    addParticipant(content, { name: 'Ingrid', service: 'kontaktlaerer' });
    addPushPull(content, 'push', 'Høytlesing');
    addPushPull(content, 'pull', 'Far hjemme på dagtid');
    const read = readMeetingContent(content, 'named');
    expect(read.participants[0]).toMatchObject({ name: 'Ingrid', service: 'kontaktlaerer', presence: 'room', fondOf: '' });
    expect(read.understanding.pushPull.push.map((i) => i.text)).toEqual(['Høytlesing']);
    expect(read.understanding.pushPull.pull.map((i) => i.text)).toEqual(['Far hjemme på dagtid']);
  });

  it('keeps what adults wrote off the shared screen until the facilitator puts it there, and shows what was agreed with the child until taken off', () => {
    const control = new Y.Doc();
    writeCurrentStep(control, 2);
    expect(isOnScreen('concern', readScreenChoices(control))).toBe(false);
    expect(isOnScreen('push:p1', readScreenChoices(control))).toBe(false);
    expect(isOnScreen(relevanceScreenKey('attention'), readScreenChoices(control))).toBe(false);
    expect(isOnScreen('factor:attention', readScreenChoices(control))).toBe(true);
    expect(isOnScreen('information.pupilNow', readScreenChoices(control))).toBe(true);
    expect(isOnScreen('mainGoal', readScreenChoices(control))).toBe(true);
    toggleOnScreen(control, 'concern');
    expect(readScreenChoices(control)).toEqual({ shown: ['concern'], hidden: [] });
    toggleOnScreen(control, 'concern');
    expect(readScreenChoices(control)).toEqual({ shown: [], hidden: ['concern'] });
    toggleOnScreen(control, 'mainGoal');
    expect(isOnScreen('mainGoal', readScreenChoices(control))).toBe(false);
  });
});

describe('evaluating last time\'s measures in a follow-up meeting', () => {
  it('adds each worded measure of the earlier agreement once, keeps what was already evaluated, and takes hand-typed ones too', () => {
    const content = new Y.Doc();
    const previous = {
      status: '',
      mainGoal: 'Ola er på skolen hver dag',
      rows: [
        { id: 'r1', subGoal: 'Komme i gang om morgenen', measure: 'Kontaktlærer tar imot Ola ved døra kl. 8.15' },
        { id: 'r2', subGoal: '', measure: '   ' },
        { id: 'r3', subGoal: 'Trygge friminutt', measure: 'Fast friminuttsvenn' },
      ],
    };
    expect(importEvaluations(content, previous)).toBe(2);
    const first = readMeetingContent(content, 'followup').evaluation;
    expect(first.map((e) => [e.id, e.measure])).toEqual([
      ['r1', 'Kontaktlærer tar imot Ola ved døra kl. 8.15'],
      ['r3', 'Fast friminuttsvenn'],
    ]);
    // An outcome set before fetching again survives, and nothing is added twice.
    recordMap(content, 'evaluation', 'r1')!.set('outcome', 'worked');
    expect(importEvaluations(content, previous)).toBe(0);
    const id = addEvaluation(content, 'Leksehjelp to dager i uka');
    const after = readMeetingContent(content, 'followup').evaluation;
    expect(after.map((e) => e.measure)).toEqual(['Kontaktlærer tar imot Ola ved døra kl. 8.15', 'Fast friminuttsvenn', 'Leksehjelp to dager i uka']);
    expect(after.find((e) => e.id === id)?.note).toBe('');
    expect(after.find((e) => e.id === 'r1')?.outcome).toBe('worked');
  });
});
