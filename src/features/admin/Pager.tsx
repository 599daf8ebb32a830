import { Button } from 'antd-mobile';
import { useT } from '../../ui/i18n/use-t';

/** 上一页 / 第 x 页，共 y 页 / 下一页 under a table. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage(page: number): void }) {
  const t = useT();
  if (pages <= 1) return null;
  return (
    <nav className="db-admin-pager" aria-label={t('admin.pager.label')}>
      <Button size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('admin.pager.previous')}
      </Button>
      <span aria-live="polite">{t('admin.pager.position', { page, pages })}</span>
      <Button size="small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('admin.pager.next')}
      </Button>
    </nav>
  );
}
