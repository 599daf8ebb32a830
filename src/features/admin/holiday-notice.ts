/**
 * Reads the text of the State Council's notice (国务院办公厅关于某年部分节假日安排的通知) as it is published:
 *
 *   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、
 *   2月28日（周六）上班。
 *
 * into the holiday blocks (放假) and the 调休 working days (上班) of a schedule. The result still goes through
 * the domain's parseHolidaySchedule (dates in the year, weekends only, no overlaps …); this file only reads
 * the text and reports what it could not read. Pure: no DOM.
 */
import { epochDayOf, isIsoDate } from '../../domain/calendar/iso-date';
import type { HolidayBlock } from '../../domain/calendar/holiday-schedule';

export type NoticeProblem =
  | { kind: 'noSections' }
  | { kind: 'noHolidayDates'; name: string }
  | { kind: 'badDate'; name: string; text: string }
  | { kind: 'dayCount'; name: string; stated: number; counted: number };

export interface NoticeReading {
  holidays: HolidayBlock[];
  workdays: string[];
  /** The notice's date (the last 某年某月某日 of the text), when it has one. */
  publishedAt: string | null;
  /** The title, when the text starts with it. */
  title: string | null;
  problems: NoticeProblem[];
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const SECTION = /(?:^|\n|。)\s*[一二三四五六七八九十]+[、.．]\s*([^：:\n]{1,20})[：:]/g;
const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;
/** 2月15日至23日 / 9月30日至10月6日 / 2023年12月30日至2024年1月1日 */
const RANGE =
  /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\s*[至到－—~-]\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日)?/;

function normalise(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\r\n?/g, '\n')
    .replace(/[（(][^）)]*[）)]/g, ''); // （周六）（农历腊月二十八、周日）
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads the notice text for `year` (dates without a year belong to it). */
export function readHolidayNotice(text: string, year: number): NoticeReading {
  const raw = text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const firstLine = raw.trim().split('\n')[0]?.trim() ?? '';
  const title = /节假日安排的通知/.test(firstLine) ? firstLine : null;
  const allDates = [...raw.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)];
  const last = allDates[allDates.length - 1];
  const publishedAt = last ? isoOf(Number(last[1]), Number(last[2]), Number(last[3])) : null;

  const body = normalise(text);
  const sections = [...body.matchAll(SECTION)];
  const reading: NoticeReading = { holidays: [], workdays: [], publishedAt, title, problems: [] };
  if (sections.length === 0) {
    reading.problems.push({ kind: 'noSections' });
    return reading;
  }
  sections.forEach((section, index) => {
    const name = (section[1] ?? '').trim();
    const start = (section.index ?? 0) + section[0].length;
    const end = sections[index + 1]?.index ?? body.length;
    const sentences = body.slice(start, end).split('。');
    const offSentence = sentences.find((s) => s.includes('放假'));
    const range = offSentence ? RANGE.exec(offSentence.slice(0, offSentence.indexOf('放假'))) : null;
    if (!range) {
      reading.problems.push({ kind: 'noHolidayDates', name });
    } else {
      const fromYear = range[1] ? Number(range[1]) : year;
      const from = isoOf(fromYear, Number(range[2]), Number(range[3]));
      const toYear = range[4] ? Number(range[4]) : fromYear;
      const toMonth = range[5] ? Number(range[5]) : Number(range[2]);
      const to = range[6] ? isoOf(toYear, toMonth, Number(range[6])) : from;
      if (!isIsoDate(from) || !isIsoDate(to)) {
        reading.problems.push({ kind: 'badDate', name, text: range[0] });
      } else {
        reading.holidays.push({ name, from, to });
        const stated =
          /共\s*(\d+)\s*天/.exec(offSentence ?? '') ?? /放假\s*(\d+)\s*天/.exec(offSentence ?? '');
        const counted = epochDayOf(to) - epochDayOf(from) + 1;
        if (stated && Number(stated[1]) !== counted)
          reading.problems.push({ kind: 'dayCount', name, stated: Number(stated[1]), counted });
      }
    }
    for (const sentence of sentences) {
      const at = sentence.indexOf('上班');
      if (at < 0) continue;
      for (const match of sentence.slice(0, at).matchAll(DATE)) {
        const date = isoOf(match[1] ? Number(match[1]) : year, Number(match[2]), Number(match[3]));
        if (!isIsoDate(date)) reading.problems.push({ kind: 'badDate', name, text: match[0] });
        else if (!reading.workdays.includes(date)) reading.workdays.push(date);
      }
    }
  });
  reading.workdays.sort();
  return reading;
}
