/**
 * Sections whose code other parts of the project provide: the whiteboard's board measurement
 * (test/bench/board.ts) and the minutes PDF renderer (server/src/minutes/). Each is loaded if it is
 * there; when it is not, the section says "not available yet" and its numbers stay null.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type Optional<T> = { available: true; value: T } | { available: false; reason: string };

async function load(path: string): Promise<Record<string, unknown> | null> {
  if (!existsSync(path)) return null;
  return (await import(path)) as Record<string, unknown>;
}

/** The board measurement: the first exported function of board.ts, called with { quick }; its numeric results. */
export async function boardSection(quick: boolean): Promise<Optional<Record<string, number | null>>> {
  const mod = await load(join(import.meta.dirname, 'board.ts'));
  if (!mod) return { available: false, reason: 'not available yet (test/bench/board.ts has not landed)' };
  const fn = Object.values(mod).find((v): v is (o: { quick: boolean }) => Promise<Record<string, unknown>> => typeof v === 'function');
  if (!fn) return { available: false, reason: 'not available yet (board.ts exports no measurement)' };
  const raw = await fn({ quick });
  const value: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(raw ?? {})) if (typeof v === 'number' || v === null) value[k] = v;
  return { available: true, value };
}

export type MinutesRenderer = (notes: 'fixture' | 300) => Promise<Uint8Array>;

type RenderMinutesPdf = (meeting: Record<string, unknown>, content: Record<string, unknown>, options?: { createdAt?: Date }) => Promise<Uint8Array>;

/**
 * Renders the minutes PDF of the full example meeting through the minutes module's
 * `renderMinutesPdf(meeting, content)`, with the fixture's mapping or with 300 mapping notes; or why not yet.
 */
export async function minutesRenderer(root: string): Promise<Optional<MinutesRenderer>> {
  const mod = await load(join(root, 'server', 'src', 'minutes', 'index.ts'));
  const render = mod?.renderMinutesPdf as RenderMinutesPdf | undefined;
  if (!render) return { available: false, reason: 'not available yet (server/src/minutes has no renderMinutesPdf)' };
  const fixtures = (await import('@naervaer/shared/fixtures')) as Record<string, unknown>;
  const full = fixtures.fullExampleMeeting as (() => Record<string, unknown>) | undefined;
  if (!full) return { available: false, reason: 'not available yet (no fullExampleMeeting fixture)' };
  const meeting = {
    id: 'bench-meeting',
    kind: 'named',
    title: 'Samarbeidsmøte for Sofie',
    school: 'Bråtåsen skole',
    startsAt: '2025-11-20T08:30:00.000Z',
    language: 'nb',
    facilitatorId: 'bench-lead',
    createdAt: '2025-11-01T08:00:00.000Z',
  };
  return {
    available: true,
    value: async (notes) => {
      const content = full();
      if (notes === 300) {
        const items = content.mapping as Record<string, unknown>[];
        const base = items.length ? items : [{ id: 'm', areaId: 'school', kind: 'resource', text: 'Trygg voksen' }];
        content.mapping = Array.from({ length: 300 }, (_, i) => ({ ...base[i % base.length], id: `note-${i}`, text: `${base[i % base.length]!.text} (${i + 1})` }));
      }
      const pdf = await render(meeting, content, { createdAt: new Date('2025-11-20T10:00:00Z') });
      return pdf instanceof Uint8Array ? pdf : new Uint8Array(pdf);
    },
  };
}
