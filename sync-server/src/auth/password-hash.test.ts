import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './password-hash';

describe('scrypt password hashes', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('daiban123');
    const b = await hashPassword('daiban123');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('daiban123', a)).toBe(true);
    expect(await verifyPassword('daiban124', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('treats unreadable hashes as a mismatch and flags old parameters for rehash', async () => {
    for (const broken of ['', 'plain', 'scrypt$3$8$1$AAAAAAAAAAA$BBBB', 'bcrypt$2b$10$abc']) {
      expect(await verifyPassword('x', broken)).toBe(false);
      expect(needsRehash(broken)).toBe(true);
    }
    expect(needsRehash(await hashPassword('x'))).toBe(false);
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });

  it('normalises Unicode so the same Chinese password typed two ways matches', async () => {
    const hash = await hashPassword('密码\u00e9');
    expect(await verifyPassword('密码e\u0301', hash)).toBe(true);
  });
});
