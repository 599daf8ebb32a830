import { Button, type ButtonRef } from 'antd-mobile';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../ui/i18n/use-t';

/**
 * A modal question before an action that cannot be undone (停用设备, 停用账号): the native <dialog>, so focus
 * stays inside, Esc cancels and screen readers announce it. The cancel button has the focus first.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  isDanger = false,
  isBusy = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isDanger?: boolean;
  isBusy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<ButtonRef>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    cancel.current?.nativeElement?.focus();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="db-admin-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-body`}
      onCancel={(event) => {
        event.preventDefault();
        if (!isBusy) onCancel();
      }}
    >
      <h2 id={`${ids}-title`} className="db-admin-dialog__title">
        {title}
      </h2>
      <div id={`${ids}-body`} className="db-admin-dialog__body">
        {children}
      </div>
      <div className="db-admin-dialog__actions">
        <Button ref={cancel} onClick={onCancel} disabled={isBusy}>
          {t('admin.cancel')}
        </Button>
        <Button color={isDanger ? 'danger' : 'primary'} onClick={onConfirm} loading={isBusy}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
