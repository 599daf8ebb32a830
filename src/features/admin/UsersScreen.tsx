import { Button } from 'antd-mobile';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useSessionUser } from '../../app/session-store';
import { ROLES, type Role } from '../../domain/roles';
import { Badge } from '../../ui/Badge';
import { useT } from '../../ui/i18n/use-t';
import { EmptyState, LoadingState } from '../../ui/PageState';
import { checkNewUser, pageOf, type FormProblems, type NewUserForm } from './account-form-check';
import {
  createUser,
  disableUser,
  fetchStations,
  fetchUsers,
  type PublicUser,
  type StationList,
} from './admin-api';
import { AdminField } from './AdminField';
import { AdminNotice, ApiErrorNotice } from './AdminNotice';
import { ConfirmDialog } from './ConfirmDialog';
import { Pager } from './Pager';
import { useRegionNames } from './use-region-names';
import { useServerData } from './use-server-data';

const PAGE_SIZE = 50;

/** 用户管理: the accounts of the admin's district, a new account, disabling one. */
export function UsersScreen() {
  const t = useT();
  const ids = useId();
  const admin = useSessionUser();
  const users = useServerData((signal) => fetchUsers(signal), []);
  const stations = useServerData((signal) => fetchStations(signal), []);
  const names = useRegionNames(stations.data, admin?.scope ?? '', admin?.scopeName ?? '');
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<'' | Role>('');
  const [page, setPage] = useState(1);
  const [toDisable, setToDisable] = useState<PublicUser | null>(null);
  const [isDisabling, setDisabling] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text?: string; error?: unknown } | null>(
    null,
  );

  const filtered = useMemo(() => {
    const words = query.trim().toLowerCase();
    return (users.data ?? []).filter(
      (u) =>
        (role === '' || u.role === role) &&
        (words === '' ||
          u.username.toLowerCase().includes(words) ||
          u.name.includes(words) ||
          (names.get(u.scope) ?? '').includes(words)),
    );
  }, [users.data, query, role, names]);
  const shown = pageOf(filtered, page, PAGE_SIZE);

  async function confirmDisable() {
    if (!toDisable) return;
    setDisabling(true);
    try {
      await disableUser(toDisable.id);
      setNotice({ tone: 'success', text: t('admin.users.disabled', { name: toDisable.name }) });
      users.reload();
    } catch (error) {
      setNotice({ tone: 'error', error });
    } finally {
      setDisabling(false);
      setToDisable(null);
    }
  }

  return (
    <section className="db-admin-page" aria-labelledby={`${ids}-heading`}>
      <header className="db-admin-page__header">
        <div>
          <h1 id={`${ids}-heading`} className="db-admin-page__title">
            {t('admin.users.heading')}
          </h1>
          <p className="db-admin-page__intro">{t('admin.users.intro')}</p>
        </div>
      </header>

      {stations.data && admin ? (
        <NewUserPanel
          stations={stations.data}
          adminScope={admin.scope}
          names={names}
          onCreated={(user) => {
            setNotice({
              tone: 'success',
              text: t('admin.users.created', { name: user.name, username: user.username }),
            });
            users.reload();
          }}
        />
      ) : null}

      {notice?.tone === 'success' ? <AdminNotice tone="success">{notice.text}</AdminNotice> : null}
      {notice?.tone === 'error' ? (
        <ApiErrorNotice error={notice.error} prefix={t('admin.users.disableFailed')} />
      ) : null}

      <div className="db-admin-filters" role="search">
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-q`}>
            {t('admin.users.search')}
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
          <label className="db-field__label" htmlFor={`${ids}-role`}>
            {t('admin.users.role')}
          </label>
          <select
            id={`${ids}-role`}
            className="db-input"
            value={role}
            onChange={(event) => {
              setRole(event.target.value as '' | Role);
              setPage(1);
            }}
          >
            <option value="">{t('admin.all')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {users.error ? <ApiErrorNotice error={users.error} prefix={t('admin.loadFailed')} /> : null}
      {users.isLoading && !users.data ? <LoadingState label={t('admin.loading')} /> : null}
      {users.data && filtered.length === 0 ? <EmptyState title={t('admin.users.none')} /> : null}
      {filtered.length > 0 ? (
        <>
          <p className="db-admin-count" role="status">
            {t('admin.users.count', { count: filtered.length })}
          </p>
          <div className="db-admin-table-wrap">
            <table className="db-admin-table">
              <caption className="db-visually-hidden">{t('admin.users.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.name')}</th>
                  <th scope="col">{t('admin.users.username')}</th>
                  <th scope="col">{t('admin.users.role')}</th>
                  <th scope="col">{t('admin.users.scope')}</th>
                  <th scope="col">{t('admin.users.status')}</th>
                  <th scope="col">
                    <span className="db-visually-hidden">{t('admin.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.items.map((user) => (
                  <tr key={user.id}>
                    <th scope="row" data-label={t('admin.users.name')}>
                      {user.name}
                    </th>
                    <td data-label={t('admin.users.username')} className="db-admin-code">
                      {user.username}
                    </td>
                    <td data-label={t('admin.users.role')}>{t(`role.${user.role}`)}</td>
                    <td data-label={t('admin.users.scope')}>{names.get(user.scope) ?? user.scope}</td>
                    <td data-label={t('admin.users.status')}>
                      <Badge tone={user.isActive ? 'success' : 'neutral'}>
                        {user.isActive ? t('admin.users.active') : t('admin.users.inactive')}
                      </Badge>
                    </td>
                    <td className="db-admin-table__action">
                      {user.isActive && user.id !== admin?.id ? (
                        <Button
                          size="small"
                          color="danger"
                          fill="outline"
                          onClick={() => setToDisable(user)}
                          aria-label={t('admin.users.disableUser', { name: user.name })}
                        >
                          {t('admin.users.disable')}
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

      {toDisable ? (
        <ConfirmDialog
          title={t('admin.users.confirmTitle', { name: toDisable.name })}
          confirmLabel={t('admin.users.disable')}
          isDanger
          isBusy={isDisabling}
          onConfirm={() => void confirmDisable()}
          onCancel={() => setToDisable(null)}
        >
          <p>{t('admin.users.confirmBody', { username: toDisable.username })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

const EMPTY_FORM: NewUserForm = { username: '', name: '', role: 'agent', scope: '', password: '' };

function NewUserPanel({
  stations,
  adminScope,
  names,
  onCreated,
}: {
  stations: StationList;
  adminScope: string;
  names: ReadonlyMap<string, string>;
  onCreated(user: PublicUser): void;
}) {
  const t = useT();
  const ids = useId();
  const [isOpen, setOpen] = useState(false);
  const [form, setForm] = useState<NewUserForm>(EMPTY_FORM);
  const [problems, setProblems] = useState<FormProblems<keyof NewUserForm>>({});
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const scopes: [string, string][] =
    form.role === 'agent'
      ? stations.stations.map((s) => [s.code, `${names.get(s.code.slice(0, 9)) ?? ''} ${s.name}`])
      : form.role === 'reviewer'
        ? stations.townships.map((r) => [r.code.slice(0, 9), r.name])
        : [[adminScope, names.get(adminScope) ?? adminScope]];

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = checkNewUser(form);
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0 || isSaving) return;
    setSaving(true);
    try {
      const user = await createUser({ ...form, username: form.username.trim(), name: form.name.trim() });
      setForm(EMPTY_FORM);
      setOpen(false);
      onCreated(user);
    } catch (cause) {
      setError(cause);
    } finally {
      setSaving(false);
    }
  }

  const field = (
    key: keyof NewUserForm,
    control: (a: Record<string, unknown>) => React.ReactNode,
    hint?: string,
  ) => (
    <AdminField
      id={`${ids}-${key}`}
      label={t(`admin.users.${key}`)}
      hint={hint}
      error={problems[key] ? t(problems[key]) : null}
      isRequired
      requiredMark={t('admin.requiredMark')}
      render={control}
    />
  );

  if (!isOpen)
    return (
      <div className="db-admin-page__actions">
        <Button color="primary" onClick={() => setOpen(true)}>
          {t('admin.users.new')}
        </Button>
      </div>
    );
  return (
    <form
      className="db-admin-panel"
      noValidate
      onSubmit={(event) => void save(event)}
      aria-labelledby={`${ids}-title`}
    >
      <h2 id={`${ids}-title`} className="db-admin-subheading">
        {t('admin.users.new')}
      </h2>
      <div className="db-admin-form">
        {field('name', (a) => (
          <input
            {...a}
            className="db-input"
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
        ))}
        {field(
          'username',
          (a) => (
            <input
              {...a}
              className="db-input"
              autoCapitalize="off"
              autoComplete="off"
              spellCheck={false}
              value={form.username}
              onChange={(e) => setForm({ ...form, username: e.target.value })}
            />
          ),
          t('admin.users.usernameHint'),
        )}
        {field('role', (a) => (
          <select
            {...a}
            className="db-input"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value as Role, scope: '' })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        ))}
        {field('scope', (a) => (
          <select
            {...a}
            className="db-input"
            value={form.scope}
            onChange={(e) => setForm({ ...form, scope: e.target.value })}
          >
            <option value="">{t('admin.choosePlaceholder')}</option>
            {scopes.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        ))}
        {field(
          'password',
          (a) => (
            <input
              {...a}
              className="db-input"
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
            />
          ),
          t('admin.users.passwordHint'),
        )}
      </div>
      {error ? <ApiErrorNotice error={error} prefix={t('admin.users.createFailed')} /> : null}
      <div className="db-admin-page__actions">
        <Button onClick={() => setOpen(false)} disabled={isSaving}>
          {t('admin.cancel')}
        </Button>
        <Button type="submit" color="primary" loading={isSaving}>
          {t('admin.users.create')}
        </Button>
      </div>
    </form>
  );
}
