import { describe, expect, it } from 'vitest';
import { canvasAvailability } from './availability';

describe('whether the board canvas may run', () => {
  it('runs anywhere with a licence key', () => {
    expect(canvasAvailability('key', { protocol: 'https:', hostname: 'naervaer.kommune.no' })).toBe('available');
  });

  it('runs without a key in development: plain http or localhost', () => {
    expect(canvasAvailability(null, { protocol: 'http:', hostname: '10.0.0.5' })).toBe('available');
    expect(canvasAvailability(null, { protocol: 'https:', hostname: 'localhost' })).toBe('available');
  });

  it('falls back to the list on an https host without a key, where tldraw would hide itself', () => {
    expect(canvasAvailability(null, { protocol: 'https:', hostname: 'naervaer.kommune.no' })).toBe('licenseMissing');
  });
});
