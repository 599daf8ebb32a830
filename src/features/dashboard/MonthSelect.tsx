/** 统计月份: the month the figures are for, from this month back two years. */
import { useId } from 'react';
import { useT } from '../../ui/i18n/use-t';
import { currentMonth, shiftMonth } from './dashboard-model';
import { useMonthName } from './use-dashboard-texts';

const MONTHS_BACK = 24;

export function MonthSelect({ value, onChange }: { value: string; onChange: (month: string) => void }) {
  const t = useT();
  const id = useId();
  const monthName = useMonthName();
  const latest = currentMonth();
  const months = Array.from({ length: MONTHS_BACK }, (_, i) => shiftMonth(latest, -i));
  if (!months.includes(value)) months.push(value);
  return (
    <div className="db-field db-dash__month">
      <label className="db-field__label" htmlFor={id}>
        {t('supervision.month')}
      </label>
      <select id={id} className="db-input" value={value} onChange={(event) => onChange(event.target.value)}>
        {months.map((month) => (
          <option key={month} value={month}>
            {monthName(month)}
          </option>
        ))}
      </select>
    </div>
  );
}
