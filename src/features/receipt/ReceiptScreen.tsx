import { Button } from 'antd-mobile';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { createOfficialWorkingDayCalendar } from '../../domain/calendar';
import { EmptyState, ErrorState, LoadingState } from '../../ui/PageState';
import { useT } from '../../ui/i18n/use-t';
import { useReceiptSource } from './receipt-source';
import { buildReceiptModel, type ReceiptData } from './receipt-view';
import { ReceiptSheet } from './ReceiptSheet';

/** Route `/receipt/:receiptNo`: the 收件凭证 with 打印 and 继续登记. */
export function ReceiptScreen({ newIntakePath = '/intake/new' }: { newIntakePath?: string }) {
  const t = useT();
  const { receiptNo = '' } = useParams();
  const source = useReceiptSource();
  const [state, setState] = useState<{ data: ReceiptData | null; error: unknown; isLoading: boolean }>({
    data: null,
    error: null,
    isLoading: true,
  });

  useEffect(() => {
    let isCurrent = true;
    source
      .load(receiptNo)
      .then((data) => isCurrent && setState({ data, error: null, isLoading: false }))
      .catch((error: unknown) => isCurrent && setState({ data: null, error, isLoading: false }));
    return () => {
      isCurrent = false;
    };
  }, [receiptNo, source]);

  const model = useMemo(
    () =>
      state.data
        ? buildReceiptModel(state.data, window.location.origin, createOfficialWorkingDayCalendar())
        : null,
    [state.data],
  );

  if (state.isLoading) return <LoadingState label={t('receipt.loading')} />;
  if (state.error) return <ErrorState title={t('receipt.loadFailed')} detail={String(state.error)} />;
  if (!model)
    return (
      <EmptyState title={t('receipt.notFound')} detail={t('receipt.notFoundBody', { number: receiptNo })} />
    );
  return (
    <div className="db-receipt-screen">
      <div className="db-receipt-screen__actions db-no-print">
        <Button color="primary" size="large" onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
        <Link
          className="adm-button adm-button-default adm-button-large adm-button-shape-default db-receipt-screen__link"
          to={newIntakePath}
        >
          {t('receipt.nextIntake')}
        </Link>
      </div>
      <ReceiptSheet model={model} />
    </div>
  );
}
