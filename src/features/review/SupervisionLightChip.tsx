import type { SupervisionLightResult } from '../../domain/supervision/supervision-light';
import { useT } from '../../ui/i18n/use-t';
import { lightDetailOf } from './light-text';

const LIGHT_KEYS = {
  green: 'review.light.green',
  yellow: 'review.light.yellow',
  red: 'review.light.red',
  none: 'review.light.none',
} as const;

/** 电子监察 light: a coloured dot with its name (绿灯/黄灯/红灯/未计时) and the detail in words. */
export function SupervisionLightChip({
  result,
  isCompact = false,
}: {
  result: SupervisionLightResult;
  isCompact?: boolean;
}) {
  const t = useT();
  return (
    <span className={`db-review-light db-review-light--${result.light}`} data-light={result.light}>
      <span className="db-review-light__dot" aria-hidden="true" />
      <span className="db-review-light__name">{t(LIGHT_KEYS[result.light])}</span>
      {isCompact && result.light === 'none' ? null : (
        <span className="db-review-light__detail">{lightDetailOf(result, t)}</span>
      )}
    </span>
  );
}
