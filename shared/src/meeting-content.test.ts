import { describe, expect, it } from 'vitest';
import { anonymousExampleMeeting, fullExampleMeeting } from './fixtures';
import { MeetingContent, defaultMeetingContent, notesInOrder, parseMeetingContent, safeParseMeetingContent } from './meeting-content';
import { findIdentifyingFields, stripIdentifyingFields } from './pupil';

describe('parseMeetingContent', () => {
  it('round-trips the full example meeting through JSON unchanged', () => {
    const full = fullExampleMeeting();
    const fromYjs: unknown = JSON.parse(JSON.stringify(full));
    expect(parseMeetingContent('named', fromYjs)).toEqual(full);
    expect(parseMeetingContent('followup', fromYjs)).toEqual(full);
  });

  it('keeps æ, ø and å intact', () => {
    const parsed = parseMeetingContent('named', JSON.parse(JSON.stringify(fullExampleMeeting())));
    expect(parsed.pupil?.name).toBe('Sofie Åsheim Næss');
    expect(parsed.participants.map((p) => p.name)).toContain('Øystein Bråten');
  });

  it('fills in everything missing with defaults, so a fresh Yjs document parses', () => {
    for (const raw of [{}, null, undefined]) {
      const content = parseMeetingContent('named', raw);
      expect(content).toEqual(defaultMeetingContent());
      expect(content.agreement.rows).toEqual([]);
      expect(content.childChecklists.before.feelsUnsafe).toEqual({ done: false, note: '' });
      expect(content.absence.validDaysSemester).toBeNull();
      expect(content.areas).toHaveLength(8);
      expect(content.notes.closing).toBe('');
    }
  });

  it('fills in missing parts inside a partly filled section', () => {
    const content = parseMeetingContent('named', { frames: { gruffAgreement: 'Vi tar pause.' }, understanding: { factors: { attention: { relevant: true } } } });
    expect(content.frames).toEqual({ confidentialityReminderGiven: false, contentAndMethod: '', gruffAgreement: 'Vi tar pause.' });
    expect(content.understanding.factors.attention).toEqual({ relevant: true, note: '' });
    expect(content.understanding.factors.tangibleRewards).toEqual({ relevant: false, note: '' });
  });

  it('refuses keys it does not know, at any depth', () => {
    expect(safeParseMeetingContent('named', { pupilName: 'Sofie' }).success).toBe(false);
    expect(safeParseMeetingContent('named', { concern: { reason: 'x', parentPhone: '900 00 000' } }).success).toBe(false);
  });

  it('refuses badly typed data with a path to the problem', () => {
    const result = safeParseMeetingContent('named', { agreement: { rows: [{ id: 'r', deadline: 'neste uke' }] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['agreement', 'rows', 0, 'deadline']);
  });

  it('gives the step notes in agenda order', () => {
    expect(notesInOrder(fullExampleMeeting()).map((n) => n.step)[0]).toBe('welcome');
    expect(notesInOrder(fullExampleMeeting())).toHaveLength(9);
  });

  it('fills every part of the content in the full example, so the PDF code is exercised on all of it', () => {
    const full = fullExampleMeeting();
    expect(Object.keys(full).sort()).toEqual(Object.keys(MeetingContent.shape).sort());
    expect(full.pupil?.dateOfBirth).toBeDefined();
    expect(full.frames.meetingLeaderId && full.frames.minuteTakerId && full.frames.plannedLengthMinutes).toBeTruthy();
    expect(full.understanding.sras).toBeDefined();
    expect(full.agreement.rows.every((row) => row.responsible && row.deadline)).toBe(true);
    expect(full.agreement.periodFrom && full.agreement.periodTo && full.closing.nextMeetingDate).toBeTruthy();
    expect(full.feedback.safe && full.feedback.useful && full.feedback.comment).toBeTruthy();
    expect(full.events.pauses[0]?.resumedAt).toBeDefined();
    expect(Object.values(full.notes).every((text) => text !== '')).toBe(true);
  });
});

describe('an anonymous consultation', () => {
  it('parses the anonymous example', () => {
    const anonymous = anonymousExampleMeeting();
    expect(parseMeetingContent('anonymous', JSON.parse(JSON.stringify(anonymous)))).toEqual(anonymous);
  });

  it('refuses a pupil name', () => {
    const result = safeParseMeetingContent('anonymous', { pupil: { name: 'Sofie Åsheim Næss' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(['pupil']);
  });

  it('refuses even an empty pupil record', () => {
    expect(safeParseMeetingContent('anonymous', { pupil: {} }).success).toBe(false);
  });

  it('refuses the pupil or a parent among the participants or the recipients of the minutes', () => {
    const withParent = safeParseMeetingContent('anonymous', {
      participants: [
        { id: 'a', name: 'Kari', service: 'kontaktlaerer' },
        { id: 'b', name: 'Agnieszka Næss', service: 'foresatt' },
      ],
    });
    expect(withParent.success).toBe(false);
    expect(withParent.error?.issues.map((i) => i.path)).toEqual([['participants', 1]]);

    const toParent = safeParseMeetingContent('anonymous', { closing: { minutesRecipients: [{ id: 'r', service: 'foresatt', name: 'Mor' }] } });
    expect(toParent.error?.issues.map((i) => i.path)).toEqual([['closing', 'minutesRecipients', 0]]);
  });

  it('refuses a name hidden under a key of its own', () => {
    expect(safeParseMeetingContent('anonymous', { info: { pupilName: 'Sofie' } }).success).toBe(false);
  });

  it('accepts a named meeting once the server has stripped what identifies the pupil', () => {
    const full = JSON.parse(JSON.stringify(fullExampleMeeting())) as unknown;
    expect(findIdentifyingFields(full)).toEqual([
      'pupil',
      'participants.2',
      'participants.3',
      'participants.4',
      'closing.minutesRecipients.0',
      'closing.minutesRecipients.1',
    ]);
    const stripped = stripIdentifyingFields(full);
    expect(findIdentifyingFields(stripped)).toEqual([]);
    const parsed = parseMeetingContent('anonymous', stripped);
    expect(parsed.pupil).toBeUndefined();
    expect(parsed.participants.map((p) => p.service)).not.toContain('elev');
    expect(parsed.participants).toHaveLength(7);
    // The original is left untouched.
    expect(findIdentifyingFields(full)).toHaveLength(6);
  });
});
