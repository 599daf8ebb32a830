import { Button } from 'antd-mobile';
import { useId, useMemo, useState } from 'react';
import { useSessionStore, useSessionUser } from '../../app/session-store';
import { Badge } from '../../ui/Badge';
import { useT } from '../../ui/i18n/use-t';
import { EmptyState, LoadingState } from '../../ui/PageState';
import { pageOf } from './account-form-check';
import { fetchDevices, fetchStations, revokeDevice, type Device } from './admin-api';
import { chinaDateTime } from './admin-format';
import { AdminNotice, ApiErrorNotice } from './AdminNotice';
import { ConfirmDialog } from './ConfirmDialog';
import { Pager } from './Pager';
import { useRegionNames } from './use-region-names';
import { useServerData } from './use-server-data';

const PAGE_SIZE = 50;
type StatusFilter = 'all' | 'active' | 'revoked';

/** 设备管理: every tablet and browser signed in within the district; 停用 wipes it at its next contact. */
export function DevicesScreen() {
  const t = useT();
  const ids = useId();
  const admin = useSessionUser();
  const thisDeviceId = useSessionStore((state) => state.deviceId);
  const devices = useServerData((signal) => fetchDevices(signal), []);
  const stations = useServerData((signal) => fetchStations(signal), []);
  const names = useRegionNames(stations.data, admin?.scope ?? '', admin?.scopeName ?? '');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [page, setPage] = useState(1);
  const [toRevoke, setToRevoke] = useState<Device | null>(null);
  const [isRevoking, setRevoking] = useState(false);
  const [notice, setNotice] = useState<{ text?: string; error?: unknown } | null>(null);

  const filtered = useMemo(() => {
    const words = query.trim().toLowerCase();
    return (devices.data ?? []).filter(
      (d) =>
        (status === 'all' || (d.revokedAt === null) === (status === 'active')) &&
        (words === '' ||
          d.username.toLowerCase().includes(words) ||
          d.name.toLowerCase().includes(words) ||
          (names.get(d.userScope) ?? '').includes(words)),
    );
  }, [devices.data, query, status, names]);
  const shown = pageOf(filtered, page, PAGE_SIZE);

  async function confirmRevoke() {
    if (!toRevoke) return;
    setRevoking(true);
    try {
      await revokeDevice(toRevoke.id);
      setNotice({ text: t('admin.devices.revoked', { name: toRevoke.name, username: toRevoke.username }) });
      devices.reload();
    } catch (error) {
      setNotice({ error });
    } finally {
      setRevoking(false);
      setToRevoke(null);
    }
  }

  return (
    <section className="db-admin-page" aria-labelledby={`${ids}-heading`}>
      <header className="db-admin-page__header">
        <div>
          <h1 id={`${ids}-heading`} className="db-admin-page__title">
            {t('admin.devices.heading')}
          </h1>
          <p className="db-admin-page__intro">{t('admin.devices.intro')}</p>
        </div>
      </header>
      {notice?.text ? <AdminNotice tone="success">{notice.text}</AdminNotice> : null}
      {notice?.error ? (
        <ApiErrorNotice error={notice.error} prefix={t('admin.devices.revokeFailed')} />
      ) : null}

      <div className="db-admin-filters" role="search">
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-q`}>
            {t('admin.devices.search')}
          </label>
          <input
            id={`${ids}-q`}
            className="db-input"
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(1);
            }}
          />
        </div>
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-status`}>
            {t('admin.devices.status')}
          </label>
          <select
            id={`${ids}-status`}
            className="db-input"
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as StatusFilter);
              setPage(1);
            }}
          >
            <option value="active">{t('admin.devices.active')}</option>
            <option value="revoked">{t('admin.devices.revokedStatus')}</option>
            <option value="all">{t('admin.all')}</option>
          </select>
        </div>
      </div>

      {devices.error ? <ApiErrorNotice error={devices.error} prefix={t('admin.loadFailed')} /> : null}
      {devices.isLoading && !devices.data ? <LoadingState label={t('admin.loading')} /> : null}
      {devices.data && filtered.length === 0 ? <EmptyState title={t('admin.devices.none')} /> : null}
      {filtered.length > 0 ? (
        <>
          <p className="db-admin-count" role="status">
            {t('admin.devices.count', { count: filtered.length })}
          </p>
          <div className="db-admin-table-wrap">
            <table className="db-admin-table">
              <caption className="db-visually-hidden">{t('admin.devices.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.devices.name')}</th>
                  <th scope="col">{t('admin.devices.user')}</th>
                  <th scope="col">{t('admin.devices.region')}</th>
                  <th scope="col">{t('admin.devices.registeredAt')}</th>
                  <th scope="col">{t('admin.devices.lastSeenAt')}</th>
                  <th scope="col">{t('admin.devices.status')}</th>
                  <th scope="col">
                    <span className="db-visually-hidden">{t('admin.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.items.map((device) => (
                  <tr key={device.id}>
                    <th scope="row" data-label={t('admin.devices.name')}>
                      {device.name || t('admin.devices.unnamed')}
                      <span className="db-admin-table__sub db-admin-code">{device.id}</span>
                    </th>
                    <td data-label={t('admin.devices.user')}>
                      <span className="db-admin-code">{device.username}</span>
                      <span className="db-admin-table__sub">{t(`role.${device.userRole}`)}</span>
                    </td>
                    <td data-label={t('admin.devices.region')}>
                      {names.get(device.userScope) ?? device.userScope}
                    </td>
                    <td data-label={t('admin.devices.registeredAt')}>{chinaDateTime(device.registeredAt)}</td>
                    <td data-label={t('admin.devices.lastSeenAt')}>{chinaDateTime(device.lastSeenAt)}</td>
                    <td data-label={t('admin.devices.status')}>
                      {device.revokedAt === null ? (
                        <Badge tone="success">{t('admin.devices.active')}</Badge>
                      ) : (
                        <Badge tone="neutral">
                          {t('admin.devices.revokedAt', { time: chinaDateTime(device.revokedAt) })}
                        </Badge>
                      )}
                    </td>
                    <td className="db-admin-table__action">
                      {device.id === thisDeviceId ? (
                        <Badge tone="brand">{t('admin.devices.thisDevice')}</Badge>
                      ) : device.revokedAt === null ? (
                        <Button
                          size="small"
                          color="danger"
                          fill="outline"
                          onClick={() => setToRevoke(device)}
                          aria-label={t('admin.devices.revokeDevice', {
                            name: device.name || t('admin.devices.unnamed'),
                            username: device.username,
                          })}
                        >
                          {t('admin.devices.revoke')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={shown.page} pages={shown.pages} onPage={setPage} />
        </>
      ) : null}

      {toRevoke ? (
        <ConfirmDialog
          title={t('admin.devices.confirmTitle')}
          confirmLabel={t('admin.devices.revoke')}
          isDanger
          isBusy={isRevoking}
          onConfirm={() => void confirmRevoke()}
          onCancel={() => setToRevoke(null)}
        >
          <p>
            {t('admin.devices.confirmBody', {
              name: toRevoke.name || t('admin.devices.unnamed'),
              username: toRevoke.username,
            })}
          </p>
          <p className="db-admin-warning">{t('admin.devices.confirmWarning')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
