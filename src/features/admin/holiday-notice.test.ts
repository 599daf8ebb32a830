import { describe, expect, it } from 'vitest';
import { SCHEDULE_2025, SCHEDULE_2026 } from '../../domain/calendar/official-schedules';
import { readHolidayNotice } from './holiday-notice';

/** The 2026 notice as the State Council published it (国务院办公厅, 2025-11-04). */
const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作。
国务院办公厅
2025年11月4日`;

describe('reading the State Council notice', () => {
  it('reads the 2026 notice into exactly the official schedule', () => {
    const reading = readHolidayNotice(NOTICE_2026, 2026);
    expect(reading.problems).toEqual([]);
    expect(reading.holidays).toEqual(SCHEDULE_2026.holidays);
    expect(reading.workdays).toEqual([...SCHEDULE_2026.workdays].sort());
    expect(reading.publishedAt).toBe('2025-11-04');
    expect(reading.title).toBe('国务院办公厅关于2026年部分节假日安排的通知');
  });

  it('reads single days, full-width digits and a name with 、 (the 2025 wording)', () => {
    const text = `一、元旦：１月１日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。`;
    const reading = readHolidayNotice(text, 2025);
    expect(reading.problems).toEqual([]);
    const names = SCHEDULE_2025.holidays.map((h) => h.name);
    expect(reading.holidays).toEqual(
      SCHEDULE_2025.holidays.filter((h) => ['元旦', '春节', '国庆节、中秋节'].includes(h.name)),
    );
    expect(names).toContain('国庆节、中秋节');
    expect(reading.workdays).toEqual(['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11']);
  });

  it('says what it could not read', () => {
    expect(readHolidayNotice('随便一段文字', 2027).problems).toEqual([{ kind: 'noSections' }]);
    const reading = readHolidayNotice(
      '一、春节：放假安排另行通知。\n二、元旦：1月1日至3日放假，共4天。',
      2027,
    );
    expect(reading.problems).toEqual([
      { kind: 'noHolidayDates', name: '春节' },
      { kind: 'dayCount', name: '元旦', stated: 4, counted: 3 },
    ]);
    expect(readHolidayNotice('一、元旦：2月30日放假。', 2027).problems).toEqual([
      { kind: 'badDate', name: '元旦', text: '2月30日' },
    ]);
  });
});
