import { describe, expect, it } from 'vitest';
import { indicatorsOf, monthlyReportText, zeroCounts, type Indicators } from '../../domain/statistics';
import { translate } from '../../ui/i18n/i18n';
import { caseExportPath } from './case-export-path';
import {
  chartValueOf,
  drillScopeOf,
  groupingsFor,
  indicatorText,
  isMonth,
  isScopeWithin,
  periodOfMonth,
  rowLabel,
  scopeTrail,
  shiftMonth,
  subRegionKeys,
  trendPeriod,
} from './dashboard-model';
import { fileNameOf } from './download-file-name';
import { reportSentenceOf } from './report-sentence';

const figures: Indicators = indicatorsOf({
  ...zeroCounts(),
  accepted: 12,
  decided: 10,
  acceptedDecided: 10,
  acceptedWithdrawn: 0,
  workingDaysTotal: 45,
  ratings: 20,
  satisfied: 19,
  consultations: 7,
});

describe('dashboard figures as shown', () => {
  it('writes counts, rates with one decimal and days, and charts rates in percent', () => {
    expect(indicatorText(figures, 'accepted')).toBe('12');
    expect(indicatorText(figures, 'completionRate')).toBe('83.3%');
    expect(indicatorText(figures, 'averageWorkingDays')).toBe('4.5');
    expect(indicatorText(indicatorsOf(zeroCounts()), 'satisfactionRate')).toBe('—');
    expect(chartValueOf(figures, 'satisfactionRate')).toBe(95);
    expect(chartValueOf(indicatorsOf(zeroCounts()), 'averageWorkingDays')).toBeNull();
  });

  it('says the monthly sentence in Chinese exactly as monthlyReportText does', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('zh-CN', key, params);
    expect(reportSentenceOf(t, figures, '河口镇', '2026-11')).toBe(
      monthlyReportText(figures, '河口镇', '2026-11'),
    );
    const quiet = indicatorsOf(zeroCounts());
    expect(reportSentenceOf(t, quiet, '青岚区', '2026-02')).toBe(
      monthlyReportText(quiet, '青岚区', '2026-02'),
    );
  });
});

describe('months and periods', () => {
  it('checks, shifts and bounds months, across years and leap Februaries', () => {
    expect(isMonth('2026-10')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth(null)).toBe(false);
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', 2)).toBe('2027-01');
    expect(periodOfMonth('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(trendPeriod('2026-03')).toEqual({ from: '2025-10-01', to: '2026-03-31' });
  });
});

describe('drill-down', () => {
  it('offers the sub-regions first and drills only into townships and villages', () => {
    expect(groupingsFor('360799')).toEqual(['township', 'month', 'item']);
    expect(groupingsFor('360799101')).toEqual(['village', 'month', 'item']);
    expect(groupingsFor('360799101201')).toEqual(['month', 'item']);
    expect(drillScopeOf('township', '360799101')).toBe('360799101');
    expect(drillScopeOf('village', '360799101201')).toBe('360799101201');
    expect(drillScopeOf('item', '360799101')).toBeNull();
    expect(drillScopeOf('month', '2026-10')).toBeNull();
  });

  it('keeps a requested scope only inside the user’s own, and walks back up to it', () => {
    expect(isScopeWithin('360799101', '360799101201')).toBe(true);
    expect(isScopeWithin('360799101', '360799102')).toBe(false);
    expect(isScopeWithin('360799', '36079910%')).toBe(false);
    expect(isScopeWithin('360799', '3607991012')).toBe(false);
    expect(scopeTrail('360799', '360799101201')).toEqual(['360799', '360799101', '360799101201']);
    expect(scopeTrail('360799101', '360799101201')).toEqual(['360799101', '360799101201']);
  });

  it('lists every township of a district and every village of a township, and names rows', () => {
    const regions = [
      { code: '360799000000', name: '青岚区', level: 'county' as const },
      { code: '360799102000', name: '柳湾镇', level: 'township' as const },
      { code: '360799101000', name: '河口镇', level: 'township' as const },
      { code: '360799101201', name: '青石村', level: 'village' as const },
      { code: '360799102201', name: '桃源村', level: 'village' as const },
    ];
    expect(subRegionKeys('360799', regions)).toEqual(['360799101', '360799102']);
    expect(subRegionKeys('360799101', regions)).toEqual(['360799101201']);
    const names = {
      regions: new Map(regions.map((r) => [r.code, r.name])),
      items: new Map([['ITEM-A', '最低生活保障申请']]),
    };
    const texts = { generalEnquiry: '综合咨询', month: (m: string) => `月${m}` };
    expect(rowLabel('township', '360799101', names, texts)).toBe('河口镇');
    expect(rowLabel('item', 'ITEM-A', names, texts)).toBe('最低生活保障申请');
    expect(rowLabel('item', '', names, texts)).toBe('综合咨询');
    expect(rowLabel('month', '2026-10', names, texts)).toBe('月2026-10');
  });
});

describe('downloads', () => {
  it('reads the Chinese file name of RFC 5987, else the ASCII one', () => {
    const header = `attachment; filename="report-360799-2026-10.xlsx"; filename*=UTF-8''${encodeURIComponent('青岚区2026年10月工作情况报表.xlsx')}`;
    expect(fileNameOf(header)).toBe('青岚区2026年10月工作情况报表.xlsx');
    expect(fileNameOf('attachment; filename="cases.csv"')).toBe('cases.csv');
    expect(fileNameOf('attachment; filename*=UTF-8\'\'%E0%A4%A; filename="x.csv"')).toBe('x.csv');
    expect(fileNameOf(null)).toBeNull();
  });

  it('builds the case list query from the filter and refuses dates the wrong way round', () => {
    const base = { status: '' as const, item: '', overdue: '' as const, from: '', to: '', reveal: false };
    expect(caseExportPath('360799101', base)).toEqual({ path: '/api/reports/cases.csv?scope=360799101' });
    expect(
      caseExportPath('360799', {
        ...base,
        status: 'archived',
        overdue: 'true',
        from: '2026-10-01',
        reveal: true,
      }),
    ).toEqual({
      path: '/api/reports/cases.csv?scope=360799&status=archived&overdue=true&from=2026-10-01&reveal=true',
    });
    expect(caseExportPath('360799', { ...base, from: '2026-10-31', to: '2026-10-01' })).toEqual({
      problem: 'supervision.export.datesReversed',
    });
  });
});
