import { describe, expect, it } from 'vitest';
import { actorSchema, ROLE_SCOPE_DIGITS, ROLES } from '../domain/roles';
import { generateDemoRegions } from './demo-regions';
import { DEMO_LOGINS, DEMO_PASSWORD, demoLoginsOf, generateDemoUsers } from './demo-users';

const regions = generateDemoRegions();
const users = generateDemoUsers(regions);
const byRole = (role: string) => users.filter((u) => u.role === role);

describe('demo users', () => {
  it('has one agent per village, two reviewers per township, two supervisors and one admin', () => {
    expect(users).toHaveLength(272 + 36 + 2 + 1);
    for (const village of regions.villages) {
      expect(byRole('agent').filter((u) => u.scope === village.code)).toHaveLength(1);
    }
    for (const township of regions.townships) {
      expect(byRole('reviewer').filter((u) => u.scope === township.code.slice(0, 9))).toHaveLength(2);
    }
    expect(byRole('supervisor')).toHaveLength(2);
    expect(byRole('admin')).toHaveLength(1);
  });

  it('gives every role the scope length it needs and valid actor fields', () => {
    for (const user of users) {
      expect(user.scope).toHaveLength(ROLE_SCOPE_DIGITS[user.role]);
      expect(user.password).toBe(DEMO_PASSWORD);
      expect(user.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
      expect(
        actorSchema.safeParse({ userId: user.id, name: user.name, role: user.role, scope: user.scope })
          .success,
      ).toBe(true);
      expect(user.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
    }
  });

  it('has unique ids, usernames and names following the documented scheme', () => {
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    expect(new Set(users.map((u) => u.username)).size).toBe(users.length);
    expect(new Set(users.map((u) => u.name)).size).toBe(users.length);
    expect(byRole('agent').map((u) => u.username)).toEqual(
      regions.villages.map((_, i) => `cun${String(i + 1).padStart(3, '0')}`),
    );
    expect(
      byRole('reviewer')
        .map((u) => u.username)
        .slice(0, 4),
    ).toEqual(['zhen01a', 'zhen01b', 'zhen02a', 'zhen02b']);
    expect(byRole('reviewer').at(-1)?.username).toBe('zhen18b');
    expect(byRole('supervisor').map((u) => u.username)).toEqual(['qu01', 'qu02']);
    expect(byRole('admin')[0]?.username).toBe('admin');
  });

  it('keeps usernames and scopes across seeds but changes names', () => {
    const other = generateDemoUsers(generateDemoRegions(99), 99);
    expect(other.map((u) => [u.id, u.username, u.scope])).toEqual(
      users.map((u) => [u.id, u.username, u.scope]),
    );
    expect(other.map((u) => u.name)).not.toEqual(users.map((u) => u.name));
  });

  it('prints one demo login per role, pairing the agent with a reviewer of the same township', () => {
    expect(DEMO_LOGINS.map((l) => l.role)).toEqual([...ROLES]);
    expect(DEMO_LOGINS).toEqual(demoLoginsOf(regions, users));
    const [agent, reviewer] = DEMO_LOGINS;
    expect(agent?.scope.slice(0, 9)).toBe(reviewer?.scope);
    expect(agent?.regionName).toMatch(/村$/);
    expect(reviewer?.regionName).toMatch(/镇$/);
    for (const login of DEMO_LOGINS) {
      const user = users.find((u) => u.username === login.username);
      expect(user?.role).toBe(login.role);
      expect(login.password).toBe(DEMO_PASSWORD);
      expect(login.regionPath.startsWith('青岚区')).toBe(true);
    }
  });
});
