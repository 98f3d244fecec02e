import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hash';

// Small N keeps the unit test fast; the format and comparison are what is tested here.
const fast = { N: 1024, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse', fast);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('correct horse');
    await expect(verifyPassword('correct horse', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct hors', stored)).resolves.toBe(false);
  });

  it('salts every hash and reads the cost parameters back from the hash', async () => {
    const a = await hashPassword('same', fast);
    const b = await hashPassword('same', { N: 2048, r: 8, p: 1 });
    expect(a).not.toBe(b);
    await expect(verifyPassword('same', b)).resolves.toBe(true);
  });

  it('matches the same characters however they were composed (NFKC)', async () => {
    const stored = await hashPassword('caf\u00e9', fast);
    await expect(verifyPassword('cafe\u0301', stored)).resolves.toBe(true);
  });

  it('treats malformed hashes as a mismatch and refuses empty passwords', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
    await expect(verifyPassword('x', 'scrypt$a$b$c$d$e')).resolves.toBe(false);
    await expect(hashPassword('', fast)).rejects.toThrow(/empty/);
  });
});
