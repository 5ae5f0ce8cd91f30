import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';

describe('password hashing', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('riktig hest batteri');
    expect(stored.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('riktig hest batteri', stored)).toBe(true);
    expect(await verifyPassword('feil passord', stored)).toBe(false);
  });
  it('never accepts anything against the dummy hash', async () => {
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});
