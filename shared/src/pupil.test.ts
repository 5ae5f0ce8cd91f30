import { describe, expect, it } from 'vitest';
import { IDENTIFYING_FIELD_PATHS, PupilIdentity, findIdentifyingFields, mayIdentifyPupil, pupilFieldFor, stripIdentifyingFields } from './pupil';

describe('the pupil’s identity', () => {
  it('needs a name and accepts class, school and an ISO date of birth', () => {
    expect(PupilIdentity.parse({ name: 'Sofie Åsheim Næss', class: '6B', school: 'Bråtåsen skole', dateOfBirth: '2014-03-17' })).toEqual({
      name: 'Sofie Åsheim Næss',
      class: '6B',
      school: 'Bråtåsen skole',
      dateOfBirth: '2014-03-17',
    });
    expect(PupilIdentity.safeParse({ name: '  ' }).success).toBe(false);
    expect(PupilIdentity.safeParse({ name: 'Sofie', dateOfBirth: '17.03.2014' }).success).toBe(false);
    expect(PupilIdentity.safeParse({ name: 'Sofie', address: 'Storgata 1' }).success).toBe(false);
  });

  it('may be stored in named and follow-up meetings, never in an anonymous consultation', () => {
    expect(mayIdentifyPupil('named')).toBe(true);
    expect(mayIdentifyPupil('followup')).toBe(true);
    expect(mayIdentifyPupil('anonymous')).toBe(false);
    expect(pupilFieldFor('named').safeParse(undefined).success).toBe(true);
    expect(pupilFieldFor('anonymous').safeParse(undefined).success).toBe(true);
    expect(pupilFieldFor('anonymous').safeParse({ name: 'Sofie' }).success).toBe(false);
  });

  it('lists the identifying fields as paths the server can act on', () => {
    expect(IDENTIFYING_FIELD_PATHS).toEqual([
      'pupil',
      'participants[service=elev]',
      'participants[service=foresatt]',
      'closing.minutesRecipients[service=elev]',
      'closing.minutesRecipients[service=foresatt]',
    ]);
  });

  it('finds and strips identifying fields in raw content without touching the rest', () => {
    const raw = {
      pupil: { name: 'Sofie' },
      participants: [
        { id: '1', service: 'elev' },
        { id: '2', service: 'ppt' },
        { id: '3', service: 'foresatt' },
        { id: '4', service: 'foresatt' },
      ],
      concern: { reason: 'fravær' },
    };
    expect(findIdentifyingFields(raw)).toEqual(['pupil', 'participants.0', 'participants.2', 'participants.3']);
    expect(stripIdentifyingFields(raw)).toEqual({ participants: [{ id: '2', service: 'ppt' }], concern: { reason: 'fravær' } });
  });

  it('copes with content that is not an object at all', () => {
    expect(findIdentifyingFields(null)).toEqual([]);
    expect(findIdentifyingFields('text')).toEqual([]);
    expect(findIdentifyingFields({ participants: 'not a list' })).toEqual([]);
    expect(stripIdentifyingFields(null)).toBeNull();
  });
});
