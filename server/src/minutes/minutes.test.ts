/** What the minutes say: the shared notes under their own heading, and the child's feedback told the same way twice. */
import { describe, expect, it } from 'vitest';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import type { Language } from '@naervaer/shared/i18n';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import type { DocBlock } from '@naervaer/shared/minutes';
import type { MeetingRow } from '../storage/storage';
import { documentModel } from './index';

const MEETING: MeetingRow = {
  id: 'm-minutes',
  kind: 'named',
  title: 'Samarbeidsmøte for Sofie, 6B',
  school: 'Bråtåsen skole',
  startsAt: '2025-11-20T08:30:00+01:00',
  language: 'nb',
  facilitatorId: 'f-1',
  createdAt: '2025-11-01T08:00:00Z',
};

const minutes = (content: MeetingContent, language: Language = 'nb') => documentModel('minutes', MEETING, content, { onDate: '2025-11-20', language });
const blocksOf = (content: MeetingContent, id: string, language: Language = 'nb') => minutes(content, language).sections.find((s) => s.id === id)?.blocks ?? [];

/** The after-meeting checklist's row about the child's feedback: [item, done, note]. */
function feedbackRow(content: MeetingContent): string[] | undefined {
  const tables = blocksOf(content, 'childParticipation').filter((b): b is Extract<DocBlock, { type: 'table' }> => b.type === 'table');
  return tables.at(-1)?.rows.find((r) => r[0] === 'Barnet får gi tilbakemelding på hvor trygt og nyttig møtet var');
}

describe('the shared notes in the minutes', () => {
  it('stand under a heading of their own, "Felles notater" as in the room, in the section of their step', () => {
    const content = fullExampleMeeting();
    const sectionOf = { welcome: 'meeting', introductions: 'participants', purpose: 'purpose', frames: 'frames', information: 'information', understanding: 'understanding', mapping: 'mapping', measures: 'measures', closing: 'closing' } as const;
    for (const [step, id] of Object.entries(sectionOf)) {
      const blocks = blocksOf(content, id);
      const at = blocks.findIndex((b) => b.type === 'paragraph' && b.text === content.notes[step as keyof typeof sectionOf]);
      expect(at, step).toBeGreaterThan(0);
      expect(blocks[at - 1], step).toEqual({ type: 'subheading', text: 'Felles notater' });
    }
    expect(blocksOf(content, 'meeting', 'nn')).toContainEqual({ type: 'subheading', text: 'Felles notat' });
    expect(blocksOf(content, 'meeting', 'en')).toContainEqual({ type: 'subheading', text: 'Shared notes' });
  });

  it('get no heading when a step has none', () => {
    const content = fullExampleMeeting();
    content.notes.purpose = '  \n';
    expect(blocksOf(content, 'purpose').filter((b) => b.type === 'subheading')).toEqual([]);
  });
});

describe("the child's feedback in the checklist after the meeting", () => {
  it('says yes when the child gave feedback, though nobody ticked it, and says where the answers are', () => {
    const content = fullExampleMeeting();
    content.childChecklists.after.givesFeedback = { done: false, note: '' };
    expect(feedbackRow(content)).toEqual([expect.any(String), 'Ja', 'Svarene står under «Barnets tilbakemelding».']);
    expect(blocksOf(content, 'feedback')).toContainEqual({ type: 'fields', rows: expect.arrayContaining([{ label: 'Hvor trygt var det for deg i møtet?', value: '4 av 5: Ganske trygt' }]) });
  });

  it("keeps the facilitator's note beside the yes", () => {
    const content = fullExampleMeeting();
    content.childChecklists.after.givesFeedback = { done: false, note: 'Sofie svarte på nettbrettet med Åse.' };
    expect(feedbackRow(content)).toEqual([expect.any(String), 'Ja', 'Sofie svarte på nettbrettet med Åse.']);
  });

  it('says no when there are no answers and nobody ticked it, and yes when it was ticked', () => {
    const content = fullExampleMeeting();
    content.feedback = {};
    content.childChecklists.after.givesFeedback = { done: false, note: '' };
    expect(feedbackRow(content)).toEqual([expect.any(String), 'Nei', '']);
    content.childChecklists.after.givesFeedback = { done: true, note: '' };
    expect(feedbackRow(content)).toEqual([expect.any(String), 'Ja', '']);
  });
});
