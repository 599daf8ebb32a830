/**
 * 超期预警: the open cases at 红灯 超期 or 黄灯 预警 (promised date, or the 一次性告知 after 收件) of the scope,
 * the counts per township (district) or village (township) with the 差评 still open, and the thresholds in
 * force. A township row drills down (?scope=); filters by light and by limit.
 */
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PATHS } from '../../app/routes';
import type { SessionUser } from '../../domain/wire/auth-messages';
import { apiErrorText } from '../../ui/api-error-text';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import { drillScopeOfRegion, isViewableScope, limitText, regionLabel } from './supervision-format';
import { overdueAnswerSchema, useLoaded, useRegionNames, type OverdueRow } from './use-supervision-data';

/** Rows shown at first; 「显示更多」 adds as many again. */
const PAGE = 50;

type LightFilter = 'all' | 'red' | 'yellow';
type KindFilter = 'all' | 'deadline' | 'notice';

export function OverdueView({ user }: { user: SessionUser }) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const [params] = useSearchParams();
  const requested = params.get('scope') ?? '';
  const scope = isViewableScope(user.scope, requested) ? requested : user.scope;
  const [light, setLight] = useState<LightFilter>('all');
  const [kind, setKind] = useState<KindFilter>('all');
  const [shown, setShown] = useState(PAGE);
  const answer = useLoaded(`/api/supervision/overdue?scope=${scope}`, overdueAnswerSchema);
  const names = useRegionNames();

  if (answer.error !== null)
    return (
      <ErrorState
        title={t('supervision.loadFailed')}
        detail={`${apiErrorText(answer.error, t, language)} ${t('supervision.needsServer')}`}
        retryLabel={t('supervision.retry')}
        onRetry={answer.reload}
      />
    );
  if (answer.data === null) return <LoadingState label={t('supervision.overdue.loading')} />;
  const data = answer.data;
  const rows = data.rows.filter(
    (row) => (light === 'all' || row.light === light) && (kind === 'all' || row.kind === kind),
  );
  const scopeName = names.get(scope.padEnd(12, '0')) ?? user.scopeName;

  return (
    <div className="db-sup__body">
      {scope !== user.scope ? (
        <p className="db-sup__back">
          <Link to={PATHS.supervision}>{t('supervision.overdue.backTo', { name: user.scopeName })}</Link>
        </p>
      ) : null}
      <section className="db-sup__summary" aria-label={t('supervision.overdue.summary', { name: scopeName })}>
        <div className="db-sup__count db-sup__count--red">
          <span className="db-sup__count-label">{t('supervision.light.red')}</span>
          <span className="db-sup__count-value" data-testid="count-red">
            {data.counts.red}
          </span>
        </div>
        <div className="db-sup__count db-sup__count--yellow">
          <span className="db-sup__count-label">{t('supervision.light.yellow')}</span>
          <span className="db-sup__count-value" data-testid="count-yellow">
            {data.counts.yellow}
          </span>
        </div>
        <p className="db-sup__rule">
          {t('supervision.overdue.rule', {
            yellow: data.thresholds.yellowWorkingDays,
            notice: data.thresholds.correctionNoticeDays,
            today: data.today,
          })}
        </p>
      </section>

      <section aria-labelledby={`${ids}-regions`} className="db-sup__panel">
        <h2 id={`${ids}-regions`}>
          {t(data.by === 'township' ? 'supervision.overdue.byTownship' : 'supervision.overdue.byVillage')}
        </h2>
        {data.regions.length === 0 ? (
          <p>{t('supervision.overdue.noRegions')}</p>
        ) : (
          <div className="db-sup__table-wrap">
            <table className="db-sup__table">
              <thead>
                <tr>
                  <th scope="col">
                    {t(data.by === 'township' ? 'supervision.col.township' : 'supervision.col.village')}
                  </th>
                  <th scope="col" className="db-sup__num">
                    {t('supervision.light.red')}
                  </th>
                  <th scope="col" className="db-sup__num">
                    {t('supervision.light.yellow')}
                  </th>
                  <th scope="col" className="db-sup__num">
                    {t('supervision.overdue.followUpsOpen')}
                  </th>
                  <th scope="col" className="db-sup__num">
                    {t('supervision.overdue.followUpsOverdue')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.regions.map((region) => {
                  const name = names.get(region.key.padEnd(12, '0')) ?? region.key;
                  const drill = drillScopeOfRegion(region.key);
                  return (
                    <tr key={region.key} data-key={region.key}>
                      <th scope="row">
                        {drill === null ? (
                          name
                        ) : (
                          <Link to={`${PATHS.supervision}?scope=${drill}`}>
                            {name}
                            <span className="db-visually-hidden">
                              {t('supervision.dashboard.drillSuffix')}
                            </span>
                          </Link>
                        )}
                      </th>
                      <td className="db-sup__num">{region.red}</td>
                      <td className="db-sup__num">{region.yellow}</td>
                      <td className="db-sup__num">{region.followUpsOpen}</td>
                      <td className="db-sup__num">{region.followUpsOverdue}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby={`${ids}-list`} className="db-sup__panel">
        <div className="db-sup__toolbar">
          <h2 id={`${ids}-list`}>{t('supervision.overdue.listHeading', { count: rows.length })}</h2>
          <div className="db-field">
            <label className="db-field__label" htmlFor={`${ids}-light`}>
              {t('supervision.overdue.filterLight')}
            </label>
            <select
              id={`${ids}-light`}
              className="db-input"
              value={light}
              onChange={(event) => {
                setLight(event.target.value as LightFilter);
                setShown(PAGE);
              }}
            >
              <option value="all">{t('supervision.overdue.allLights')}</option>
              <option value="red">{t('supervision.light.red')}</option>
              <option value="yellow">{t('supervision.light.yellow')}</option>
            </select>
          </div>
          <div className="db-field">
            <label className="db-field__label" htmlFor={`${ids}-kind`}>
              {t('supervision.overdue.filterKind')}
            </label>
            <select
              id={`${ids}-kind`}
              className="db-input"
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as KindFilter);
                setShown(PAGE);
              }}
            >
              <option value="all">{t('supervision.overdue.allKinds')}</option>
              <option value="deadline">{t('supervision.overdue.kind.deadline')}</option>
              <option value="notice">{t('supervision.overdue.kind.notice')}</option>
            </select>
          </div>
        </div>
        {rows.length === 0 ? (
          <EmptyState title={t('supervision.overdue.none')} detail={t('supervision.overdue.noneDetail')} />
        ) : (
          <>
            <div className="db-sup__table-wrap">
              <table className="db-sup__table" data-testid="overdue-table">
                <thead>
                  <tr>
                    <th scope="col">{t('supervision.overdue.col.light')}</th>
                    <th scope="col">{t('supervision.overdue.col.receipt')}</th>
                    <th scope="col">{t('supervision.overdue.col.item')}</th>
                    <th scope="col">{t('supervision.overdue.col.region')}</th>
                    <th scope="col">{t('supervision.overdue.col.status')}</th>
                    <th scope="col">{t('supervision.overdue.col.kind')}</th>
                    <th scope="col">{t('supervision.overdue.col.due')}</th>
                    <th scope="col">{t('supervision.overdue.col.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, shown).map((row) => (
                    <OverdueTableRow key={`${row.caseId}-${row.kind}`} row={row} names={names} />
                  ))}
                </tbody>
              </table>
            </div>
            {rows.length > shown ? (
              <button type="button" className="db-sup__more" onClick={() => setShown((n) => n + PAGE)}>
                {t('supervision.showMore', { shown: Math.min(shown, rows.length), total: rows.length })}
              </button>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

function OverdueTableRow({ row, names }: { row: OverdueRow; names: ReadonlyMap<string, string> }) {
  const t = useT();
  const limit = limitText(row);
  return (
    <tr data-case={row.caseId}>
      <td>
        <span className={`db-sup__light db-sup__light--${row.light}`}>
          {t(`supervision.light.${row.light}`)}
        </span>
      </td>
      <td className="db-sup__mono">{row.receiptNo}</td>
      <td>{row.itemName}</td>
      <td>{regionLabel(row.regionCode, names)}</td>
      <td>{t(`supervision.status.${row.status}`)}</td>
      <td>{t(`supervision.overdue.kind.${row.kind}`)}</td>
      <td className="db-sup__mono">{row.due}</td>
      <td>
        {t(limit.key, limit.params)}
        {row.isPaused ? t('supervision.overdue.paused') : ''}
      </td>
    </tr>
  );
}
