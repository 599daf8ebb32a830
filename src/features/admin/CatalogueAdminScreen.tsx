import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../ui/Badge';
import { useT } from '../../ui/i18n/use-t';
import { EmptyState, LoadingState } from '../../ui/PageState';
import { fetchCatalogue } from './admin-api';
import { chinaDateTime } from './admin-format';
import { adminPath, itemEditorPath, NEW_ITEM_CODE } from './admin-sections';
import { ApiErrorNotice } from './AdminNotice';
import { useServerData } from './use-server-data';

type StatusFilter = 'all' | 'active' | 'retired';

/** 事项目录管理: every item's latest version, searchable, each with its editor. */
export function CatalogueAdminScreen() {
  const t = useT();
  const ids = useId();
  const catalogue = useServerData((signal) => fetchCatalogue(signal), []);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');

  const items = useMemo(() => catalogue.data ?? [], [catalogue.data]);
  const categories = useMemo(() => [...new Set(items.map((item) => item.category))].sort(), [items]);
  const shown = useMemo(() => {
    const words = query.trim().toLowerCase();
    return items
      .filter((item) => category === '' || item.category === category)
      .filter((item) => status === 'all' || item.isActive === (status === 'active'))
      .filter(
        (item) =>
          words === '' ||
          item.name.toLowerCase().includes(words) ||
          item.code.toLowerCase().includes(words) ||
          item.department.toLowerCase().includes(words),
      )
      .sort((a, b) => a.category.localeCompare(b.category, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));
  }, [items, query, category, status]);

  return (
    <section className="db-admin-page" aria-labelledby={`${ids}-heading`}>
      <header className="db-admin-page__header">
        <div>
          <h1 id={`${ids}-heading`} className="db-admin-page__title">
            {t('admin.catalogue.heading')}
          </h1>
          <p className="db-admin-page__intro">{t('admin.catalogue.intro')}</p>
        </div>
        <div className="db-admin-page__actions">
          <Link className="db-admin-button db-admin-button--primary" to={itemEditorPath(NEW_ITEM_CODE)}>
            {t('admin.catalogue.new')}
          </Link>
          <Link className="db-admin-button" to={adminPath('import')}>
            {t('admin.catalogue.import')}
          </Link>
        </div>
      </header>

      <div className="db-admin-filters" role="search">
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-q`}>
            {t('admin.catalogue.search')}
          </label>
          <input
            id={`${ids}-q`}
            className="db-input"
            type="search"
            value={query}
            placeholder={t('admin.catalogue.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-category`}>
            {t('admin.catalogue.category')}
          </label>
          <select
            id={`${ids}-category`}
            className="db-input"
            value={category}
            onChange={(event) => setCategory(event.target.value)}
          >
            <option value="">{t('admin.all')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-status`}>
            {t('admin.catalogue.status')}
          </label>
          <select
            id={`${ids}-status`}
            className="db-input"
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
          >
            <option value="all">{t('admin.all')}</option>
            <option value="active">{t('admin.catalogue.active')}</option>
            <option value="retired">{t('admin.catalogue.retired')}</option>
          </select>
        </div>
      </div>

      {catalogue.error ? <ApiErrorNotice error={catalogue.error} prefix={t('admin.loadFailed')} /> : null}
      {catalogue.isLoading && !catalogue.data ? <LoadingState label={t('admin.loading')} /> : null}
      {catalogue.data && shown.length === 0 ? <EmptyState title={t('admin.catalogue.none')} /> : null}
      {shown.length > 0 ? (
        <>
          <p className="db-admin-count" role="status">
            {t('admin.catalogue.count', { count: shown.length })}
          </p>
          <div className="db-admin-table-wrap">
            <table className="db-admin-table">
              <caption className="db-visually-hidden">{t('admin.catalogue.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.item.name')}</th>
                  <th scope="col">{t('admin.catalogue.category')}</th>
                  <th scope="col">{t('admin.catalogue.version')}</th>
                  <th scope="col">{t('admin.catalogue.publishedAt')}</th>
                  <th scope="col">{t('admin.catalogue.materials')}</th>
                  <th scope="col">{t('admin.catalogue.timeLimit')}</th>
                  <th scope="col">{t('admin.catalogue.status')}</th>
                  <th scope="col">
                    <span className="db-visually-hidden">{t('admin.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((item) => (
                  <tr key={item.code}>
                    <th scope="row" data-label={t('admin.item.name')}>
                      <span className="db-admin-table__name">{item.name}</span>
                      <span className="db-admin-table__sub">{item.department}</span>
                    </th>
                    <td data-label={t('admin.catalogue.category')}>{item.category}</td>
                    <td data-label={t('admin.catalogue.version')} className="db-admin-nowrap">
                      {t('admin.catalogue.versionN', { version: item.version })}
                    </td>
                    <td data-label={t('admin.catalogue.publishedAt')} className="db-admin-nowrap">
                      {chinaDateTime(item.publishedAt)}
                    </td>
                    <td data-label={t('admin.catalogue.materials')}>
                      {t('admin.catalogue.materialsN', { count: item.materials.length })}
                    </td>
                    <td data-label={t('admin.catalogue.timeLimit')}>
                      {t('admin.catalogue.days', { promised: item.promisedDays, legal: item.legalDays })}
                    </td>
                    <td data-label={t('admin.catalogue.status')}>
                      <Badge tone={item.isActive ? 'success' : 'neutral'}>
                        {item.isActive ? t('admin.catalogue.active') : t('admin.catalogue.retired')}
                      </Badge>
                    </td>
                    <td className="db-admin-table__action">
                      <Link
                        className="db-admin-button db-admin-button--small"
                        to={itemEditorPath(item.code)}
                        aria-label={t('admin.catalogue.editItem', { name: item.name })}
                      >
                        {t('admin.catalogue.edit')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
