import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE, DEMO_LOGINS, DEMO_PASSWORD, DEMO_SEED, generateDemoDistrict } from './index';

describe('generateDemoDistrict', () => {
  it('returns the district, its regions, users and catalogue', () => {
    const demo = generateDemoDistrict();
    expect(demo.townships).toHaveLength(18);
    expect(demo.villages).toHaveLength(272);
    expect(demo.regions).toEqual([demo.district, ...demo.townships, ...demo.villages]);
    expect(demo.users).toHaveLength(311);
    expect(demo.catalogue).toEqual(DEMO_CATALOGUE);
    expect(DEMO_PASSWORD).toBe('daiban123');
  });

  it('is deterministic: the default seed is DEMO_SEED, and the same seed gives deep-equal output', () => {
    expect(generateDemoDistrict()).toEqual(generateDemoDistrict({ seed: DEMO_SEED }));
    expect(generateDemoDistrict({ seed: 5 })).toEqual(generateDemoDistrict({ seed: 5 }));
  });

  it('gives different names for a different seed', () => {
    const a = generateDemoDistrict({ seed: 1 });
    const b = generateDemoDistrict({ seed: 2 });
    expect(a.villages.map((v) => v.name)).not.toEqual(b.villages.map((v) => v.name));
    expect(a.townships.map((t) => t.name)).not.toEqual(b.townships.map((t) => t.name));
    expect(a.users.map((u) => u.name)).not.toEqual(b.users.map((u) => u.name));
  });

  it('gives each call its own catalogue copy', () => {
    const demo = generateDemoDistrict();
    const first = demo.catalogue[0];
    if (first) first.name = 'changed';
    expect(DEMO_CATALOGUE[0]?.name).not.toBe('changed');
    expect(generateDemoDistrict().catalogue[0]?.name).not.toBe('changed');
  });

  it('agrees with the printed demo logins', () => {
    const demo = generateDemoDistrict();
    for (const login of DEMO_LOGINS) {
      const user = demo.users.find((u) => u.username === login.username);
      expect(user).toMatchObject({ role: login.role, name: login.name, scope: login.scope });
      expect(demo.regions.find((r) => r.code === login.scope.padEnd(12, '0'))?.name).toBe(login.regionName);
    }
  });

  it('builds in well under 100 ms', () => {
    generateDemoDistrict({ seed: 11 });
    const start = performance.now();
    generateDemoDistrict({ seed: 12 });
    expect(performance.now() - start).toBeLessThan(100);
  });
});
