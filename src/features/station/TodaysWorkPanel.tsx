import { Button } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { casePathOf, PATHS } from '../../app/routes';
import type { ListedCase } from '../cases/case-list-filter';
import type { MessageKey } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';
import type { TodaysWork } from './todays-work';

/** Cases shown under each tile; the rest is one tap away in the filtered list. */
const SHOWN_PER_TILE = 3;

interface Tile {
  key: keyof TodaysWork;
  labelKey: MessageKey;
  /** The list, filtered: `/cases?…`. */
  search: string;
}

const TILES: readonly Tile[] = [
  { key: 'corrections', labelKey: 'cases.station.corrections', search: 'status=correction' },
  { key: 'toDeliver', labelKey: 'cases.station.toDeliver', search: 'status=decided' },
  { key: 'nearDeadline', labelKey: 'cases.station.nearDeadline', search: 'deadline=near' },
  { key: 'toEvaluate', labelKey: 'cases.station.toEvaluate', search: 'status=to_evaluate' },
];

/**
 * 今日待办: unfinished intakes, 待补正, 待送达, 临近期限 and 待评价, each with its count and the first cases.
 * Buttons rather than links: the catalogue below keeps the page's first links (see StationScreen).
 */
export function TodaysWorkPanel({
  work,
  draftCount,
}: {
  work: TodaysWork | null;
  draftCount: number | null;
}) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <section className="db-station__panel" aria-labelledby="station-today">
      <h2 id="station-today" className="db-station__heading">
        {t('cases.station.today')}
      </h2>
      {work === null ? (
        <p className="db-station__empty" role="status">
          {t('cases.station.loading')}
        </p>
      ) : (
        <ul className="db-station__tiles">
          <li className="db-station__tile" data-testid="work-drafts">
            <Button
              className="db-station__tile-button"
              fill="none"
              onClick={() => void navigate(PATHS.intake)}
            >
              <span className="db-station__tile-label">{t('cases.station.drafts')}</span>
              <span className="db-station__tile-count">
                {t('cases.station.count', { count: draftCount ?? 0 })}
              </span>
            </Button>
          </li>
          {TILES.map((tile) => (
            <WorkTile
              key={tile.key}
              label={t(tile.labelKey)}
              cases={work[tile.key]}
              testId={`work-${tile.key}`}
              onOpenAll={() => void navigate(`${PATHS.cases}?${tile.search}`)}
              onOpen={(caseId) => void navigate(casePathOf(caseId))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function WorkTile({
  label,
  cases,
  testId,
  onOpenAll,
  onOpen,
}: {
  label: string;
  cases: readonly ListedCase[];
  testId: string;
  onOpenAll: () => void;
  onOpen: (caseId: string) => void;
}) {
  const t = useT();
  const isUrgent = cases.length > 0;
  return (
    <li className={`db-station__tile${isUrgent ? ' db-station__tile--urgent' : ''}`} data-testid={testId}>
      <Button className="db-station__tile-button" fill="none" onClick={onOpenAll}>
        <span className="db-station__tile-label">{label}</span>
        <span className="db-station__tile-count">{t('cases.station.count', { count: cases.length })}</span>
      </Button>
      {cases.length === 0 ? (
        <p className="db-station__tile-none">{t('cases.station.none')}</p>
      ) : (
        <ul className="db-station__tile-cases">
          {cases.slice(0, SHOWN_PER_TILE).map(({ head }) => (
            <li key={head.id}>
              <button type="button" className="db-station__case-button" onClick={() => onOpen(head.id)}>
                <strong>{head.applicant.name}</strong> <span>{head.item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
