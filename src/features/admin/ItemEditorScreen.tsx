import { Button } from 'antd-mobile';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import type { MessageKey, Translate } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';
import { ErrorState, LoadingState } from '../../ui/PageState';
import { fetchCatalogue, fetchItemVersions, publishItem } from './admin-api';
import { chinaDateTime } from './admin-format';
import { adminPath, itemEditorPath, NEW_ITEM_CODE } from './admin-sections';
import { AdminNotice, ApiErrorNotice } from './AdminNotice';
import { ItemBasicsSection } from './ItemBasicsSection';
import { ItemRowsEditors } from './ItemRowsEditors';
import {
  changedFieldsOf,
  checkItemForm,
  emptyItemForm,
  fieldIdOf,
  formOfItem,
  itemFieldLabelKey,
  type FormProblem,
  type ItemBody,
  type ItemForm,
} from './item-form';
import { useServerData } from './use-server-data';

/** 事项编辑: edit an item (or a new one) and publish it as a new version. */
export function ItemEditorScreen() {
  const t = useT();
  const { code = NEW_ITEM_CODE } = useParams();
  const isNew = code === NEW_ITEM_CODE;
  const catalogue = useServerData((signal) => fetchCatalogue(signal), []);
  const latest = catalogue.data?.find((item) => item.code === code);

  if (catalogue.isLoading && !catalogue.data) return <LoadingState label={t('admin.loading')} />;
  if (catalogue.error && !catalogue.data)
    return (
      <ErrorState
        title={t('admin.loadFailed')}
        detail={catalogue.error instanceof Error ? catalogue.error.message : undefined}
        retryLabel={t('admin.retry')}
        onRetry={catalogue.reload}
      />
    );
  if (!isNew && !latest)
    return <ErrorState title={t('admin.item.notFound')} detail={t('admin.item.notFoundDetail', { code })} />;
  return (
    <ItemEditor
      key={`${code}@${latest?.version ?? 0}`}
      latest={latest}
      catalogue={catalogue.data ?? []}
      onPublished={catalogue.reload}
    />
  );
}

interface PublishedNote {
  code: string;
  name: string;
  version: number;
}

function ItemEditor({
  latest,
  catalogue,
  onPublished,
}: {
  latest: ServiceItem | undefined;
  catalogue: readonly ServiceItem[];
  onPublished(): void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [form, setForm] = useState<ItemForm>(() => (latest ? formOfItem(latest) : emptyItemForm()));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [hasTried, setTried] = useState(false);
  const [isPublishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<unknown>(null);
  const location = useLocation();
  // After publishing, the editor opens again on the new version; the navigation state says what was published.
  const [published, setPublished] = useState<PublishedNote | null>(() => {
    const note = (location.state as { published?: PublishedNote } | null)?.published ?? null;
    return note && latest && note.code === latest.code && note.version === latest.version ? note : null;
  });
  const summary = useRef<HTMLDivElement>(null);
  const versions = useServerData(
    (signal) => (latest ? fetchItemVersions(latest.code, signal) : Promise.resolve(null)),
    [latest?.code, latest?.version],
  );

  const takenCodes = useMemo(
    () => (latest ? new Set<string>() : new Set(catalogue.map((item) => item.code))),
    [catalogue, latest],
  );
  const categories = useMemo(() => [...new Set(catalogue.map((item) => item.category))].sort(), [catalogue]);
  const check = useMemo(() => checkItemForm(form, takenCodes), [form, takenCodes]);
  const changed = check.ok ? changedFieldsOf(check.body, latest) : [];
  const shownProblems = hasTried ? problems : [];

  // Once the admin tried to publish, the messages follow what they type.
  useEffect(() => {
    if (hasTried) setProblems(check.ok ? [] : check.problems);
  }, [check, hasTried]);

  const errorOf = (path: string) => {
    const problem = shownProblems.find((p) => p.path === path);
    return problem ? t(problem.key, problem.params) : null;
  };

  async function publish(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setPublishError(null);
    setPublished(null);
    if (!check.ok) {
      setProblems(check.problems);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    if (changed.length === 0 || isPublishing) return;
    setPublishing(true);
    try {
      const item = await publishItem(check.body satisfies ItemBody);
      const note: PublishedNote = { code: item.code, name: item.name, version: item.version };
      setPublished(note);
      void navigate(itemEditorPath(item.code), { replace: true, state: { published: note } });
      onPublished();
    } catch (error) {
      setPublishError(error);
    } finally {
      setPublishing(false);
    }
  }

  const title = latest ? t('admin.item.editHeading', { name: latest.name }) : t('admin.item.newHeading');
  return (
    <form className="db-admin-page db-admin-editor" noValidate onSubmit={(event) => void publish(event)}>
      <header className="db-admin-page__header">
        <div>
          <p className="db-admin-breadcrumb">
            <Link to={adminPath('catalogue')}>{t('admin.section.catalogue')}</Link>
          </p>
          <h1 className="db-admin-page__title">{title}</h1>
          {latest ? (
            <p className="db-admin-page__intro">
              {t('admin.item.currentVersion', {
                version: latest.version,
                time: chinaDateTime(latest.publishedAt),
              })}
            </p>
          ) : (
            <p className="db-admin-page__intro">{t('admin.item.newIntro')}</p>
          )}
        </div>
      </header>

      {published ? (
        <AdminNotice tone="success">
          {t('admin.item.published', { name: published.name, version: published.version })}
        </AdminNotice>
      ) : null}
      {publishError ? <ApiErrorNotice error={publishError} prefix={t('admin.item.publishFailed')} /> : null}
      {shownProblems.length > 0 ? (
        <div className="db-admin-problems" role="alert" tabIndex={-1} ref={summary}>
          <p className="db-admin-problems__title">
            {t('admin.item.problems', { count: shownProblems.length })}
          </p>
          <ul>
            {shownProblems.map((problem) => (
              <li key={problem.path}>
                <a href={`#${fieldIdOf(problem.path)}`}>
                  {labelOfPath(problem.path, t)}：{t(problem.key, problem.params)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="db-admin-editor__body">
        <div className="db-admin-editor__main">
          <ItemBasicsSection
            form={form}
            update={setForm}
            errorOf={errorOf}
            isNew={!latest}
            categories={categories}
          />
          <ItemRowsEditors form={form} update={setForm} errorOf={errorOf} />
        </div>
        {latest ? (
          <aside className="db-admin-editor__aside" aria-labelledby="db-admin-versions">
            <h2 id="db-admin-versions" className="db-admin-subheading">
              {t('admin.item.versions')}
            </h2>
            {versions.error ? <ApiErrorNotice error={versions.error} /> : null}
            <ol className="db-admin-versions">
              {(versions.data?.versions ?? []).map((v) => (
                <li key={v.version}>
                  <span className="db-admin-versions__number">
                    {t('admin.catalogue.versionN', { version: v.version })}
                  </span>
                  <span>{chinaDateTime(v.publishedAt)}</span>
                  <span className="db-admin-versions__detail">
                    {t('admin.item.versionDetail', {
                      promised: v.promisedDays,
                      legal: v.legalDays,
                      materials: v.materials.length,
                    })}
                  </span>
                </li>
              ))}
            </ol>
            <p className="db-field__hint">{t('admin.item.versionsHint')}</p>
          </aside>
        ) : null}
      </div>

      <div className="db-admin-publish">
        <p className="db-admin-publish__summary" role="status">
          {!check.ok && hasTried
            ? t('admin.item.fixFirst')
            : check.ok && changed.length === 0
              ? t('admin.item.noChanges')
              : latest
                ? t('admin.item.willPublish', {
                    version: latest.version + 1,
                    previous: latest.version,
                    fields: changed.map((key) => labelOfPath(key, t)).join('、'),
                  })
                : t('admin.item.willPublishNew')}
        </p>
        <div className="db-admin-publish__actions">
          <Link className="db-admin-button" to={adminPath('catalogue')}>
            {t('admin.item.back')}
          </Link>
          <Button
            type="submit"
            color="primary"
            loading={isPublishing}
            disabled={check.ok && changed.length === 0}
          >
            {latest ? t('admin.item.publish', { version: latest.version + 1 }) : t('admin.item.publishNew')}
          </Button>
        </div>
      </div>
    </form>
  );
}

const ROW_LABELS = {
  materials: 'admin.materials.legendShort',
  fees: 'admin.fees.legendShort',
  fields: 'admin.fields.legendShort',
} as const;

const CELL_LABELS: Record<string, Record<string, MessageKey>> = {
  materials: {
    name: 'admin.material.name',
    form: 'admin.material.form',
    originals: 'admin.material.originals',
    copies: 'admin.material.copies',
    necessity: 'admin.material.necessity',
    source: 'admin.material.source',
    note: 'admin.material.note',
    id: 'admin.material.id',
  },
  fees: {
    name: 'admin.fee.name',
    standard: 'admin.fee.standard',
    basis: 'admin.fee.basis',
    reducible: 'admin.fee.reducible',
  },
  fields: {
    key: 'admin.field.key',
    label: 'admin.field.label',
    type: 'admin.field.type',
    required: 'admin.field.required',
    options: 'admin.field.options',
    min: 'admin.field.min',
    max: 'admin.field.max',
    hint: 'admin.field.hint',
  },
};

/** The label of a field path for the problem list: 「第 2 项材料 · 材料名称」. */
function labelOfPath(path: string, t: Translate): string {
  const [head, index, cell] = path.split('.');
  if ((head === 'materials' || head === 'fees' || head === 'fields') && index !== undefined) {
    const row = t(ROW_LABELS[head], { n: Number(index) + 1 });
    const cellKey = cell ? CELL_LABELS[head]?.[cell] : undefined;
    return cellKey ? `${row} · ${t(cellKey)}` : row;
  }
  const key = itemFieldLabelKey(head ?? '');
  return key ? t(key) : path;
}
