import { describe, expect, it } from 'vitest';
import { API, pathFor } from './routes';

describe('the route table', () => {
  it('fills a path with its values, each encoded', () => {
    expect(pathFor(API.revokeLink, { id: 'm 1', linkId: 'a/b' })).toBe('/api/meetings/m%201/minutes/links/a%2Fb');
    expect(pathFor(API.meetings, {})).toBe('/api/meetings');
  });

  it('has one route per method and path', () => {
    const keys = Object.values(API).map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
