import { describe, expect, it } from 'vitest';
import {
  afterLoginPath,
  guidePath,
  homePathFor,
  isNavItemActive,
  isPathAllowed,
  navItemsFor,
} from './routes';

describe('routes by role', () => {
  it('lands the agent on the station and every other role on the catalogue', () => {
    expect(homePathFor('agent')).toBe('/station');
    expect(homePathFor('reviewer')).toBe('/catalogue');
    expect(homePathFor('supervisor')).toBe('/catalogue');
    expect(homePathFor('admin')).toBe('/catalogue');
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
    expect(afterLoginPath('/station', 'reviewer')).toBe('/catalogue');
    expect(afterLoginPath('//evil.example/phish', 'agent')).toBe('/station');
    expect(afterLoginPath('https://evil.example', 'agent')).toBe('/station');
    expect(afterLoginPath('/login', 'agent')).toBe('/station');
    expect(afterLoginPath(null, 'admin')).toBe('/catalogue');
  });

  it('encodes item codes in guide paths', () => {
    expect(guidePath('a/b c')).toBe('/catalogue/a%2Fb%20c');
  });
});
