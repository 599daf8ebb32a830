import { Button, Dialog } from 'antd-mobile';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useDeviceStore, type VaultOwner } from '../../app/device-store';
import { useSessionStore } from '../../app/session-store';
import { BrandMark } from '../../ui/BrandMark';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { useT } from '../../ui/i18n/use-t';
import './login.css';

/**
 * 解锁: the device already holds this user's data; the password is checked locally (no network), then
 * the keys are unwrapped into memory. "Another account" leads to the online login, after a warning
 * that switching account erases this device's data.
 */
export function UnlockScreen({ owner, onOtherAccount }: { owner: VaultOwner; onOtherAccount(): void }) {
  const t = useT();
  const ids = useId();
  const unlock = useDeviceStore((state) => state.unlock);
  const signOutReason = useSessionStore((state) => state.signOutReason);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    if (password === '') {
      setProblem(t('login.passwordRequired'));
      passwordRef.current?.focus();
      return;
    }
    setSubmitting(true);
    setProblem(null);
    try {
      if (!(await unlock(password))) {
        setProblem(t('unlock.wrongPassword'));
        setPassword('');
        passwordRef.current?.focus();
      }
    } catch (error) {
      setProblem(t('unlock.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSubmitting(false);
    }
  }

  async function otherAccount() {
    if (await Dialog.confirm({ content: t('unlock.otherAccountWarning') })) onOtherAccount();
  }

  return (
    <div className="db-login">
      <header className="db-login__language">
        <LanguageSwitch className="db-login__language-button" />
      </header>
      <main className="db-login__panel">
        <div className="db-login__brand">
          <BrandMark size={72} />
          <p className="db-login__app-name">{t('app.name')}</p>
        </div>
        <form className="db-login__form" noValidate onSubmit={(event) => void submit(event)}>
          <h1 className="db-login__heading">{t('unlock.heading')}</h1>
          {signOutReason === 'locked' ? (
            <p className="db-login__notice" role="status">
              {t('login.reason.locked')}
            </p>
          ) : null}
          <p>{t('unlock.intro', { name: `${owner.displayName}（${owner.username}）` })}</p>
          <div className="db-field">
            <label className="db-field__label" htmlFor={`${ids}-password`}>
              {t('login.password')}
            </label>
            <input
              ref={passwordRef}
              id={`${ids}-password`}
              className="db-input"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              disabled={isSubmitting}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${ids}-problem` : undefined}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {problem ? (
            <p id={`${ids}-problem`} className="db-login__failure" role="alert">
              {problem}
            </p>
          ) : null}
          <Button
            type="submit"
            color="primary"
            size="large"
            block
            loading={isSubmitting}
            loadingText={t('unlock.submitting')}
          >
            {t('unlock.submit')}
          </Button>
          <button type="button" className="db-login__reveal" onClick={() => void otherAccount()}>
            {t('unlock.otherAccount')}
          </button>
        </form>
      </main>
    </div>
  );
}
