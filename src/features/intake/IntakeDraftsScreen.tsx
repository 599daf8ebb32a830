import { Button } from 'antd-mobile';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, LoadingState } from '../../ui/PageState';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import type { IntakeDraft } from './intake-draft';
import { INTAKE_PATHS, intakeDraftPath } from './intake-paths';
import { useIntakeServices } from './intake-services';
import { useIntakeCatalogue } from './use-intake-catalogue';
import { STEP_KEYS } from './IntakeWizard';

/**
 * Route `/intake`: unfinished 代办登记 on this device, newest first, and 新建. `isEmbedded` (on the
 * station's home, which has its own 新建代办) shows the list alone under a second-level heading.
 */
export function IntakeDraftsScreen({ isEmbedded = false }: { isEmbedded?: boolean }) {
  const t = useT();
  const language = useLanguage();
  const { drafts } = useIntakeServices();
  const { items } = useIntakeCatalogue();
  const [list, setList] = useState<IntakeDraft[] | null>(null);
  const reload = useCallback(() => {
    drafts
      .list()
      .then(setList)
      .catch((error: unknown) => {
        console.warn('Daiban: drafts not listed', error);
        setList([]);
      });
  }, [drafts]);
  useEffect(reload, [reload]);

  const newButton = (
    <Link className="db-intake__new adm-button adm-button-primary adm-button-large" to={INTAKE_PATHS.new}>
      {t('intake.new')}
    </Link>
  );
  if (list === null) return <LoadingState label={t('intake.loading')} />;
  return (
    <div className="db-intake">
      {isEmbedded ? (
        <h2 className="db-intake__title">{t('intake.drafts.heading')}</h2>
      ) : (
        <header className="db-intake__header">
          <h1 className="db-intake__title">{t('intake.drafts.heading')}</h1>
          {newButton}
        </header>
      )}
      {list.length === 0 ? (
        <EmptyState title={t('intake.drafts.empty')} />
      ) : (
        <ul className="db-intake__drafts">
          {list.map((draft) => (
            <li key={draft.id} className="db-intake__draft">
              <Link to={intakeDraftPath(draft.id)} className="db-intake__draft-link">
                <strong>{draft.applicant.name.trim() || t('intake.drafts.noName')}</strong>
                {draft.item ? (
                  <span>{items.find((item) => item.code === draft.item?.code)?.name ?? draft.item.code}</span>
                ) : null}
                <span>
                  {t('intake.drafts.at', {
                    step: t(STEP_KEYS[draft.step]),
                    time: new Date(draft.updatedAt).toLocaleString(language),
                  })}
                </span>
              </Link>
              <Button
                fill="outline"
                color="danger"
                aria-label={t('intake.drafts.discardLabel', {
                  name: draft.applicant.name.trim() || t('intake.drafts.noName'),
                })}
                onClick={() => {
                  if (window.confirm(t('intake.drafts.discardConfirm')))
                    void drafts.remove(draft.id).then(reload);
                }}
              >
                {t('intake.drafts.discard')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
