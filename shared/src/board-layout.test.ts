import { describe, expect, it } from 'vitest';
import { BOARD, areaAt, areaOfNote, boardLayout, placeNote } from './board-layout';
import { DEFAULT_AREA_IDS } from './system-model';

describe('the board layout', () => {
  const layout = boardLayout(DEFAULT_AREA_IDS);

  it('puts the eight default areas in a ring around the pupil in the middle', () => {
    expect(layout.areas).toHaveLength(8);
    expect(layout.pupil.x).toBe(BOARD.tileW + BOARD.gap);
    expect(layout.pupil.y).toBe(BOARD.tileH + BOARD.gap);
    for (const a of layout.areas) expect(a.x === layout.pupil.x && a.y === layout.pupil.y).toBe(false);
  });

  it('finds the area a point lies in, and the nearest one from a gap or the middle', () => {
    const social = layout.areas.find((a) => a.areaId === 'schoolSocial')!;
    expect(areaAt(layout, social.x + 10, social.y + 10)).toBe('schoolSocial');
    expect(areaAt(layout, -500, -500)).toBe('self');
    expect(areaAt(layout, layout.pupil.x + 5, layout.pupil.y + layout.pupil.h / 2)).toBe('schoolSocial');
  });

  it('places new notes inside their area, resources from the left and risks from the right, without overlap', () => {
    const family = layout.areas.find((a) => a.areaId === 'family')!;
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 30; i++) placed.push(placeNote(layout, 'family', i % 2 ? 'risk' : 'resource', placed));
    for (const p of placed) {
      expect(areaOfNote(layout, p.x, p.y)).toBe('family');
      expect(p.x + BOARD.noteW).toBeLessThanOrEqual(family.x + family.w);
      expect(p.y + BOARD.noteH).toBeLessThanOrEqual(family.y + family.h);
    }
    expect(placed[0]!.x).toBeLessThan(placed[1]!.x);
    // Two columns of three: the first six notes each get a slot of their own.
    const firstSix = placed.slice(0, 6).map((p) => `${p.x},${p.y}`);
    expect(new Set(firstSix).size).toBe(6);
  });

  it('lays out any number of configured areas', () => {
    expect(boardLayout(['a']).areas).toHaveLength(1);
    const twelve = boardLayout(Array.from({ length: 12 }, (_, i) => `a${i}`));
    expect(new Set(twelve.areas.map((a) => `${a.x},${a.y}`)).size).toBe(12);
  });
});
