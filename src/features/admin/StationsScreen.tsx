import { Button } from 'antd-mobile';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useT } from '../../ui/i18n/use-t';
import { EmptyState, LoadingState } from '../../ui/PageState';
import {
  checkNewStation,
  pageOf,
  stationCodeOf,
  type FormProblems,
  type NewStationForm,
} from './account-form-check';
import { createStation, fetchStations, renameStation, type Station, type StationList } from './admin-api';
import { AdminField } from './AdminField';
import { AdminNotice, ApiErrorNotice } from './AdminNotice';
import { ConfirmDialog } from './ConfirmDialog';
import { Pager } from './Pager';
import { useServerData } from './use-server-data';

/** 服务站管理: the village stations by township, with their agents and tablets; add or rename a station. */
export function StationsScreen() {
  const t = useT();
  const ids = useId();
  const stations = useServerData((signal) => fetchStations(signal), []);
  const [township, setTownship] = useState('');
  const [page, setPage] = useState(1);
  const [toRename, setToRename] = useState<Station | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const townships = stations.data?.townships ?? [];
  const shown = useMemo(
    () => (stations.data?.stations ?? []).filter((s) => township === '' || s.parentCode === township),
    [stations.data, township],
  );
  const paged = pageOf(shown, page, 50);
  const townshipName = (code: string | null) => townships.find((r) => r.code === code)?.name ?? '';

  return (
    <section className="db-admin-page" aria-labelledby={`${ids}-heading`}>
      <header className="db-admin-page__header">
        <div>
          <h1 id={`${ids}-heading`} className="db-admin-page__title">
            {t('admin.stations.heading')}
          </h1>
          <p className="db-admin-page__intro">{t('admin.stations.intro')}</p>
        </div>
      </header>

      {stations.data ? (
        <NewStationPanel
          list={stations.data}
          onCreated={(name) => {
            setNotice(t('admin.stations.created', { name }));
            stations.reload();
          }}
        />
      ) : null}
      {notice ? <AdminNotice tone="success">{notice}</AdminNotice> : null}

      <div className="db-admin-filters" role="search">
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-township`}>
            {t('admin.stations.township')}
          </label>
          <select
            id={`${ids}-township`}
            className="db-input"
            value={township}
            onChange={(event) => {
              setTownship(event.target.value);
              setPage(1);
            }}
          >
            <option value="">{t('admin.all')}</option>
            {townships.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      {stations.error ? <ApiErrorNotice error={stations.error} prefix={t('admin.loadFailed')} /> : null}
      {stations.isLoading && !stations.data ? <LoadingState label={t('admin.loading')} /> : null}
      {stations.data && shown.length === 0 ? <EmptyState title={t('admin.stations.none')} /> : null}
      {shown.length > 0 ? (
        <>
          <p className="db-admin-count" role="status">
            {t('admin.stations.count', { count: shown.length })}
          </p>
          <div className="db-admin-table-wrap">
            <table className="db-admin-table">
              <caption className="db-visually-hidden">{t('admin.stations.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.stations.name')}</th>
                  <th scope="col">{t('admin.stations.code')}</th>
                  <th scope="col">{t('admin.stations.township')}</th>
                  <th scope="col">{t('admin.stations.agents')}</th>
                  <th scope="col">{t('admin.stations.devices')}</th>
                  <th scope="col">
                    <span className="db-visually-hidden">{t('admin.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {paged.items.map((station) => (
                  <tr key={station.code}>
                    <th scope="row" data-label={t('admin.stations.name')}>
                      {station.name}
                      <span className="db-admin-table__sub">{station.kind}</span>
                    </th>
                    <td data-label={t('admin.stations.code')} className="db-admin-code">
                      {station.code}
                    </td>
                    <td data-label={t('admin.stations.township')}>{townshipName(station.parentCode)}</td>
                    <td data-label={t('admin.stations.agents')}>
                      {t('admin.stations.agentsN', { active: station.activeAgents, all: station.agents })}
                    </td>
                    <td data-label={t('admin.stations.devices')}>{station.devices}</td>
                    <td className="db-admin-table__action">
                      <Button
                        size="small"
                        onClick={() => setToRename(station)}
                        aria-label={t('admin.stations.renameStation', { name: station.name })}
                      >
                        {t('admin.stations.rename')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={paged.page} pages={paged.pages} onPage={setPage} />
        </>
      ) : null}
      {toRename ? (
        <RenameDialog
          station={toRename}
          onDone={(name) => {
            setToRename(null);
            if (name) {
              setNotice(t('admin.stations.renamed', { name }));
              stations.reload();
            }
          }}
        />
      ) : null}
    </section>
  );
}

function RenameDialog({ station, onDone }: { station: Station; onDone(name: string | null): void }) {
  const t = useT();
  const ids = useId();
  const [name, setName] = useState(station.name);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);

  async function save() {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 40) {
      setProblem(t(trimmed === '' ? 'admin.problem.required' : 'admin.stations.problem.nameTooLong'));
      return;
    }
    setSaving(true);
    try {
      await renameStation(station.code, trimmed);
      onDone(trimmed);
    } catch (cause) {
      setError(cause);
      setSaving(false);
    }
  }

  return (
    <ConfirmDialog
      title={t('admin.stations.renameTitle', { name: station.name })}
      confirmLabel={t('admin.save')}
      isBusy={isSaving}
      onConfirm={() => void save()}
      onCancel={() => onDone(null)}
    >
      <AdminField
        id={`${ids}-name`}
        label={t('admin.stations.newName')}
        error={problem}
        render={(a) => (
          <input {...a} className="db-input" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      />
      {error ? <ApiErrorNotice error={error} /> : null}
    </ConfirmDialog>
  );
}

const EMPTY: NewStationForm = { township: '', villagePart: '', name: '' };

function NewStationPanel({ list, onCreated }: { list: StationList; onCreated(name: string): void }) {
  const t = useT();
  const ids = useId();
  const [isOpen, setOpen] = useState(false);
  const [form, setForm] = useState<NewStationForm>(EMPTY);
  const [problems, setProblems] = useState<FormProblems<keyof NewStationForm>>({});
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);
  const registered = useMemo(() => new Set(list.stations.map((s) => s.code)), [list]);
  const code = stationCodeOf(form);

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = checkNewStation(form, registered);
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0 || !code || isSaving) return;
    setSaving(true);
    try {
      const created = await createStation({ code: code.code, name: form.name.trim() });
      setForm(EMPTY);
      setOpen(false);
      onCreated(created.name);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  if (!isOpen)
    return (
      <div className="db-admin-page__actions">
        <Button color="primary" onClick={() => setOpen(true)}>
          {t('admin.stations.new')}
        </Button>
      </div>
    );
  const problem = (key: keyof NewStationForm) => (problems[key] ? t(problems[key]) : null);
  return (
    <form
      className="db-admin-panel"
      noValidate
      onSubmit={(event) => void save(event)}
      aria-labelledby={`${ids}-title`}
    >
      <h2 id={`${ids}-title`} className="db-admin-subheading">
        {t('admin.stations.new')}
      </h2>
      <div className="db-admin-form">
        <AdminField
          id={`${ids}-township`}
          label={t('admin.stations.township')}
          error={problem('township')}
          isRequired
          requiredMark={t('admin.requiredMark')}
          render={(a) => (
            <select
              {...a}
              className="db-input"
              value={form.township}
              onChange={(e) => setForm({ ...form, township: e.target.value })}
            >
              <option value="">{t('admin.choosePlaceholder')}</option>
              {list.townships.map((r) => (
                <option key={r.code} value={r.code.slice(0, 9)}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        />
        <AdminField
          id={`${ids}-part`}
          label={t('admin.stations.villagePart')}
          hint={
            code
              ? t('admin.stations.codePreview', { code: code.code, kind: code.kind })
              : t('admin.stations.villagePartHint')
          }
          error={problem('villagePart')}
          isRequired
          requiredMark={t('admin.requiredMark')}
          render={(a) => (
            <input
              {...a}
              className="db-input"
              inputMode="numeric"
              maxLength={3}
              value={form.villagePart}
              onChange={(e) => setForm({ ...form, villagePart: e.target.value })}
            />
          )}
        />
        <AdminField
          id={`${ids}-name`}
          label={t('admin.stations.name')}
          error={problem('name')}
          isRequired
          requiredMark={t('admin.requiredMark')}
          render={(a) => (
            <input
              {...a}
              className="db-input"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
          )}
        />
      </div>
      {error ? <ApiErrorNotice error={error} prefix={t('admin.stations.createFailed')} /> : null}
      <div className="db-admin-page__actions">
        <Button onClick={() => setOpen(false)} disabled={isSaving}>
          {t('admin.cancel')}
        </Button>
        <Button type="submit" color="primary" loading={isSaving}>
          {t('admin.stations.create')}
        </Button>
      </div>
    </form>
  );
}
