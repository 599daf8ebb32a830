import { describe, expect, it } from 'vitest';
import { translate } from '../../ui/i18n/i18n';
import {
  actionText,
  actorText,
  detailsText,
  targetText,
  type AuditEntry,
  type AuditLookups,
} from './audit-entry-text';
import { auditQueryOf } from './audit-query';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('zh-CN', key, params);

const LOOKUPS: AuditLookups = {
  actors: new Map([
    [
      'u-reviewer',
      { id: 'u-reviewer', username: 'zhen05a', name: '李审核', role: 'reviewer', scope: '360799105' },
    ],
  ]),
  items: new Map([['ITEM-A', '最低生活保障申请']]),
  regions: new Map([['360799105201', '永湖村']]),
};

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  actorId: 'u-reviewer',
  action: 'case.reveal',
  target: 'case:01HX',
  at: '2026-03-02T01:00:00.000Z',
  details: {},
  ...overrides,
});

describe('audit entries in words', () => {
  it('says who revealed which field of which case, never a value', () => {
    const reveal = entry({ details: { field: 'idNumber' } });
    expect(actorText(reveal.actorId, LOOKUPS, t)).toBe('李审核（zhen05a）');
    expect(actionText(reveal.action, t)).toBe('显示办件个人信息');
    expect(targetText(reveal.target, LOOKUPS, t)).toBe('办件 01HX');
    expect(detailsText(reveal, LOOKUPS, t)).toBe('显示了身份证号码');
  });

  it('names item versions, stations, accounts and the system; unknown actions stay readable', () => {
    expect(targetText('catalogue:ITEM-A@3', LOOKUPS, t)).toBe('最低生活保障申请（第 3 版）');
    expect(targetText('region:360799105201', LOOKUPS, t)).toBe('永湖村');
    expect(targetText('user:u-reviewer', LOOKUPS, t)).toBe('账号 李审核（zhen05a）');
    expect(targetText('holidays:2027', LOOKUPS, t)).toBe('2027 年节假日安排');
    expect(actorText(null, LOOKUPS, t)).toBe('系统');
    expect(actionText('case.view', t)).toBe('查看办件');
    expect(
      detailsText(
        entry({
          action: 'case.reveal',
          details: { field: 'idNumber', deviceTime: '2026-03-02T01:15:00.000Z' },
        }),
        LOOKUPS,
        t,
      ),
    ).toMatch(/^显示了.+，平板上的时间 .*2026.*09:15/);
    expect(
      detailsText(
        entry({ action: 'case.view', details: { deviceTime: '2026-03-02T01:15:00.000Z' } }),
        LOOKUPS,
        t,
      ),
    ).toMatch(/^平板上的时间 .*09:15/);
    expect(actionText('auth.refresh_regranted', t)).toBe('网络中断后重新签发登录凭证');
    expect(actionText('case.archive', t)).toBe('case.archive');
    expect(detailsText(entry({ action: 'case.archive', details: { a: 1, b: 'x' } }), LOOKUPS, t)).toBe(
      'a=1，b=x',
    );
    expect(
      detailsText(
        entry({ action: 'catalogue.import', details: { published: 2, unchanged: 34 } }),
        LOOKUPS,
        t,
      ),
    ).toBe('发布 2 个，无变化 34 个');
  });
});

describe('audit filters as a query', () => {
  it('sends the end date as the next day (exclusive) and leaves empty filters out', () => {
    expect(
      auditQueryOf({ from: '2026-03-01', to: '2026-03-31', actor: '', action: 'case.reveal' }, 2, 50),
    ).toBe('page=2&pageSize=50&from=2026-03-01&to=2026-04-01&action=case.reveal');
  });
});
