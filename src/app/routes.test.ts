import { describe, expect, it } from 'vitest';
import {
  afterLoginPath,
  correctionNoticePath,
  guidePath,
  homePathFor,
  isNavItemActive,
  isPathAllowed,
  navItemsFor,
  reviewCasePath,
} from './routes';

describe('routes by role', () => {
  it('lands each role on its own home screen', () => {
    expect(homePathFor('agent')).toBe('/station');
    expect(homePathFor('reviewer')).toBe('/review');
    expect(homePathFor('supervisor')).toBe('/dashboard');
    expect(homePathFor('admin')).toBe('/admin');
  });

  it('keeps the station for agents only', () => {
    expect(isPathAllowed('/station', 'agent')).toBe(true);
    expect(isPathAllowed('/station', 'reviewer')).toBe(false);
    expect(isPathAllowed('/catalogue/abc', 'reviewer')).toBe(true);
  });

  it('marks the catalogue navigation current on guide pages', () => {
    const [agentCatalogue] = navItemsFor('agent');
    expect(agentCatalogue?.to).toBe('/station');
    expect(agentCatalogue && isNavItemActive(agentCatalogue, guidePath('11370100-001'))).toBe(true);
    expect(agentCatalogue && isNavItemActive(agentCatalogue, '/stationery')).toBe(false);
  });

  it('returns to the page that asked for a login only when it is safe and allowed', () => {
    expect(afterLoginPath('/catalogue/x?q=dibao', 'reviewer')).toBe('/catalogue/x?q=dibao');
    expect(afterLoginPath('/station', 'reviewer')).toBe('/review');
    expect(afterLoginPath('/review/case-0001', 'reviewer')).toBe('/review/case-0001');
    expect(afterLoginPath('/review/case-0001', 'agent')).toBe('/station');
    expect(afterLoginPath('//evil.example/phish', 'agent')).toBe('/station');
    expect(afterLoginPath('https://evil.example', 'agent')).toBe('/station');
    expect(afterLoginPath('/login', 'agent')).toBe('/station');
    expect(afterLoginPath(null, 'admin')).toBe('/admin');
  });

  it('gives the reviewer the review desk first in the navigation, and keeps it from other roles', () => {
    const reviewerNav = navItemsFor('reviewer').map((item) => item.to);
    expect(reviewerNav[0]).toBe('/review');
    expect(reviewerNav).toEqual(expect.arrayContaining(['/catalogue', '/consultations']));
    const [desk] = navItemsFor('reviewer');
    expect(desk && isNavItemActive(desk, reviewCasePath('case-0001'))).toBe(true);
    expect(desk && isNavItemActive(desk, correctionNoticePath('a/b'))).toBe(true);
    expect(correctionNoticePath('a/b')).toBe('/review/a%2Fb/notice');
    for (const role of ['agent', 'supervisor', 'admin'] as const)
      expect(isPathAllowed('/review', role)).toBe(false);
    expect(isPathAllowed('/review/x/notice', 'reviewer')).toBe(true);
  });

  it('opens 系统管理 to admins whole and to supervisors without users, stations and devices', () => {
    expect(navItemsFor('admin')[0]?.to).toBe('/admin');
    expect(navItemsFor('supervisor').map((item) => item.to)).toContain('/admin');
    for (const path of ['/admin/catalogue', '/admin/import', '/admin/audit', '/admin/holidays']) {
      expect(isPathAllowed(path, 'admin')).toBe(true);
      expect(isPathAllowed(path, 'supervisor')).toBe(true);
      expect(isPathAllowed(path, 'reviewer')).toBe(false);
      expect(isPathAllowed(path, 'agent')).toBe(false);
    }
    for (const path of ['/admin/users', '/admin/stations', '/admin/devices']) {
      expect(isPathAllowed(path, 'admin')).toBe(true);
      expect(isPathAllowed(path, 'supervisor')).toBe(false);
    }
    expect(afterLoginPath('/admin/devices', 'supervisor')).not.toBe('/admin/devices');
  });

  it('opens the dashboards and 电子监察 to reviewers and supervisors, and the thresholds to admins too', () => {
    for (const path of ['/dashboard', '/reports/monthly', '/supervision', '/supervision/follow-ups']) {
      expect(isPathAllowed(path, 'reviewer')).toBe(true);
      expect(isPathAllowed(path, 'supervisor')).toBe(true);
      expect(isPathAllowed(path, 'agent')).toBe(false);
      expect(isPathAllowed(path, 'admin')).toBe(false);
    }
    expect(isPathAllowed('/supervision/thresholds', 'admin')).toBe(true);
    expect(isPathAllowed('/supervision/thresholds', 'agent')).toBe(false);
    expect(
      navItemsFor('supervisor')
        .slice(0, 3)
        .map((item) => item.to),
    ).toEqual(['/dashboard', '/supervision', '/reports/monthly']);
    const dashboard = navItemsFor('reviewer').find((item) => item.to === '/dashboard');
    expect(dashboard && isNavItemActive(dashboard, '/reports/monthly')).toBe(true);
    expect(afterLoginPath('/dashboard?scope=360799101', 'supervisor')).toBe('/dashboard?scope=360799101');
    expect(afterLoginPath('/dashboard', 'agent')).toBe('/station');
  });

  it('encodes item codes in guide paths', () => {
    expect(guidePath('a/b c')).toBe('/catalogue/a%2Fb%20c');
  });
});
