import type { SupervisionLightResult } from '../../domain/supervision/supervision-light';
import { useT } from '../../ui/i18n/use-t';
import { LIGHT_KEYS, lightDetailOf } from './case-labels';

/** The 电子监察 light: a coloured dot and its name (the colour is never the only sign), and the detail. */
export function LightBadge({
  light,
  hasDetail = false,
}: {
  light: SupervisionLightResult;
  hasDetail?: boolean;
}) {
  const t = useT();
  return (
    <span className={`db-light db-light--${light.light}`} data-testid="case-light">
      <span className="db-light__dot" aria-hidden="true" />
      <span className="db-light__name">{t(LIGHT_KEYS[light.light])}</span>
      {hasDetail ? <span className="db-light__detail">{lightDetailOf(light, t)}</span> : null}
    </span>
  );
}
