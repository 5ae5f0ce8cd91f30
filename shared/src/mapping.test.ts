import { describe, expect, it } from 'vitest';
import { type MappingItem, summarizeMapping } from './mapping';
import { SystemModelConfig, defaultSystemAreas } from './system-model';

const item = (id: string, areaId: string, kind: MappingItem['kind'], text = `tekst ${id}`): MappingItem => ({ id, areaId, kind, text });

describe('the system model', () => {
  it('has the eight default areas with their bokmål names', () => {
    expect(defaultSystemAreas().map((a) => [a.id, a.name])).toEqual([
      ['self', 'Eleven selv'],
      ['health', 'Helse'],
      ['schoolAcademic', 'Skole – faglig'],
      ['schoolSocial', 'Skole – sosialt og læringsmiljø'],
      ['schoolRoute', 'Skolevei, morgen og overganger'],
      ['family', 'Familie og hjem'],
      ['friends', 'Venner og fritid'],
      ['services', 'Hjelpetjenester og nettverk'],
    ]);
  });

  it('gives the default areas in nynorsk and English too', () => {
    expect(defaultSystemAreas('nn')[0]?.name).toBe('Eleven sjølv');
    expect(defaultSystemAreas('en')[5]?.name).toBe('Family and home');
  });

  it('lets a municipality rename, add and remove areas, but not repeat an id or have none', () => {
    const custom = [{ id: 'self', name: 'Barnet selv' }, { id: 'sfo', name: 'SFO', description: 'Skolefritidsordningen' }];
    expect(SystemModelConfig.parse(custom)).toEqual(custom);
    expect(SystemModelConfig.safeParse([...custom, { id: 'sfo', name: 'Igjen' }]).success).toBe(false);
    expect(SystemModelConfig.safeParse([]).success).toBe(false);
  });
});

describe('summarizeMapping', () => {
  const areas = defaultSystemAreas();

  it('groups items per area in the configured order, resources apart from risks, keeping board order', () => {
    const summary = summarizeMapping(areas, [
      item('1', 'family', 'risk'),
      item('2', 'self', 'resource'),
      item('3', 'family', 'resource'),
      item('4', 'family', 'risk'),
    ]);
    expect(summary.areas.map((a) => a.area.id)).toEqual(areas.map((a) => a.id));
    const family = summary.areas.find((a) => a.area.id === 'family');
    expect(family?.resources.map((i) => i.id)).toEqual(['3']);
    expect(family?.risks.map((i) => i.id)).toEqual(['1', '4']);
    expect(summary.areas[0]?.resources.map((i) => i.id)).toEqual(['2']);
    expect(summary.totals).toEqual({ resources: 2, risks: 2 });
  });

  it('keeps empty areas, so the minutes show that an area was covered', () => {
    const summary = summarizeMapping(areas, []);
    expect(summary.areas).toHaveLength(8);
    expect(summary.areas.every((a) => a.resources.length === 0 && a.risks.length === 0)).toBe(true);
  });

  it('leaves out blank items and keeps items of an unknown area aside instead of losing them', () => {
    const summary = summarizeMapping(areas, [item('1', 'self', 'risk', '   '), item('2', 'removedArea', 'resource')]);
    expect(summary.totals).toEqual({ resources: 1, risks: 0 });
    expect(summary.unknownArea.map((i) => i.id)).toEqual(['2']);
  });
});
