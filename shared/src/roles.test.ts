import { describe, expect, it } from 'vitest';
import { CAPABILITIES, can } from './roles';

describe('the role table', () => {
  it('lets the facilitator do everything', () => {
    for (const c of CAPABILITIES) expect(can('facilitator', c)).toBe(true);
  });
  it('lets a participant edit content but never move the agenda or invite', () => {
    expect(can('participant', 'content.write')).toBe(true);
    expect(can('participant', 'control.write')).toBe(false);
    expect(can('participant', 'meeting.invite')).toBe(false);
    expect(can('participant', 'minutes.produce')).toBe(false);
  });
  it('lets an observer read but not write anything', () => {
    expect(can('observer', 'meeting.read')).toBe(true);
    expect(can('observer', 'content.write')).toBe(false);
    expect(can('observer', 'control.write')).toBe(false);
  });
  it('gives unknown roles nothing', () => {
    expect(can('admin', 'meeting.read')).toBe(false);
    expect(can('__proto__', 'meeting.read')).toBe(false);
    expect(can(undefined, 'meeting.read')).toBe(false);
  });
});
