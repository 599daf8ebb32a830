import { describe, expect, it } from 'vitest';
import { checkNewStation, checkNewUser, pageOf, stationCodeOf } from './account-form-check';
import { chinaDateTime, fileNameOf } from './admin-format';
import { base64OfBytes } from './file-base64';

describe('new user form', () => {
  it('accepts a well-formed account and names each bad field', () => {
    expect(
      checkNewUser({
        username: 'cun273',
        name: '新代办',
        role: 'agent',
        scope: '360799105201',
        password: 'initial-pass',
      }),
    ).toEqual({});
    expect(
      checkNewUser({
        username: 'a b',
        name: ' ',
        role: 'reviewer',
        scope: '360799105201',
        password: 'short',
      }),
    ).toEqual({
      username: 'admin.users.problem.username',
      name: 'admin.problem.required',
      scope: 'admin.users.problem.scopeLevel',
      password: 'admin.users.problem.passwordShort',
    });
  });
});

describe('new station form', () => {
  it('builds the 12-digit code, 村 or 社区 by its range, and refuses taken or out-of-range digits', () => {
    expect(stationCodeOf({ township: '360799105', villagePart: '205', name: '' })).toEqual({
      code: '360799105205',
      kind: '村',
    });
    expect(stationCodeOf({ township: '360799105', villagePart: '012', name: '' })?.kind).toBe('社区');
    const taken = new Set(['360799105205']);
    expect(checkNewStation({ township: '360799105', villagePart: '205', name: '新村' }, taken)).toEqual({
      villagePart: 'admin.stations.problem.taken',
    });
    expect(checkNewStation({ township: '360799105', villagePart: '450', name: '' }, taken)).toEqual({
      villagePart: 'admin.stations.problem.range',
      name: 'admin.problem.required',
    });
    expect(checkNewStation({ township: '', villagePart: '2a', name: 'x' }, taken)).toEqual({
      township: 'admin.problem.choose',
      villagePart: 'admin.stations.problem.digits',
    });
  });
});

describe('small helpers', () => {
  it('pages a list and keeps an out-of-range page on the last one', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, 3, 50)).toEqual({ items: items.slice(100), page: 3, pages: 3 });
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf([], 1, 50)).toEqual({ items: [], page: 1, pages: 1 });
  });

  it('shows times in China time and reads the Chinese file name of a download', () => {
    expect(chinaDateTime('2026-03-01T17:05:00.000Z')).toBe('2026-03-02 01:05');
    expect(chinaDateTime('nonsense')).toBe('');
    expect(
      fileNameOf(
        `attachment; filename="catalogue-template.xlsx"; filename*=UTF-8''${encodeURIComponent('事项目录导入模板.xlsx')}`,
        'x',
      ),
    ).toBe('事项目录导入模板.xlsx');
    expect(fileNameOf('attachment; filename="a.csv"', 'x')).toBe('a.csv');
    expect(fileNameOf(null, 'fallback.xlsx')).toBe('fallback.xlsx');
  });

  it('encodes bytes as base64 like the server decodes them', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(base64OfBytes(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
