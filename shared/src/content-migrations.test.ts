import { describe, expect, it } from 'vitest';
import { CONTENT_MIGRATIONS, CONTENT_SCHEMA_VERSION, latestContentVersion, pendingMigrations } from './content-migrations';

describe('content migrations', () => {
  it('end at the content schema version, each a step up', () => {
    expect(latestContentVersion()).toBe(CONTENT_SCHEMA_VERSION);
    expect(CONTENT_MIGRATIONS.map((m) => m.to)).toEqual(CONTENT_MIGRATIONS.map((_, i) => i + 2));
  });

  it('are pending from the version a document is at, in order', () => {
    const noop = () => undefined;
    const list = [
      { to: 3, name: 'c', migrate: noop },
      { to: 2, name: 'b', migrate: noop },
    ];
    expect(pendingMigrations(1, list).map((m) => m.to)).toEqual([2, 3]);
    expect(pendingMigrations(2, list).map((m) => m.to)).toEqual([3]);
    expect(pendingMigrations(3, list)).toEqual([]);
  });
});
