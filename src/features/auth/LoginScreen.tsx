import { Button } from 'antd-mobile';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { useDeviceStore } from '../../app/device-store';
import { useSessionStore, type SignOutReason } from '../../app/session-store';
import { apiErrorText } from '../../ui/api-error-text';
import { BrandMark } from '../../ui/BrandMark';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import type { MessageKey } from '../../ui/i18n/i18n';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { currentDeviceName } from './device-name';
import { hasProblems, validateLogin, type LoginProblems } from './login-validation';
import { UnlockScreen } from './UnlockScreen';
import './login.css';

const REASON_KEYS: Record<SignOutReason, MessageKey> = {
  signedOut: 'login.reason.signedOut',
  sessionExpired: 'login.reason.sessionExpired',
  deviceRevoked: 'login.reason.deviceRevoked',
  locked: 'login.reason.locked',
};

/** On a device with no known owner, the vault is checked this long after the login form appeared. */
const OWNER_CHECK_DELAY_MS = 1_500;

/**
 * The sign-in route: the offline unlock when this device holds a user's data, else the online login.
 */
export function LoginScreen() {
  const owner = useDeviceStore((state) => state.owner);
  const isOwnerChecked = useDeviceStore((state) => state.isOwnerChecked);
  const loadOwner = useDeviceStore((state) => state.loadOwner);
  const wipe = useDeviceStore((state) => state.wipe);
  useEffect(() => {
    // The owner comes from the hint (first paint without the database code); the vault decides. With no
    // owner known (a new device) the database code (RxDB, ~100 KB) loads once the login form is up.
    if (isOwnerChecked) return undefined;
    const timer = setTimeout(() => void loadOwner(), owner ? 0 : OWNER_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [isOwnerChecked, loadOwner, owner]);
  if (owner === undefined) return null;
  if (owner) return <UnlockScreen owner={owner} onOtherAccount={() => void wipe()} />;
  return <OnlineLoginScreen />;
}

/**
 * 登录: username and password with visible labels, inline checks, the server's refusal in words,
 * and the device name sent along. The first login on a device also creates its key vault, so the
 * next start can unlock offline. The route guard moves on once the session is set.
 */
function OnlineLoginScreen() {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const completeOnlineLogin = useDeviceStore((state) => state.completeOnlineLogin);
  const deviceId = useSessionStore((state) => state.deviceId);
  const signOutReason = useSessionStore((state) => state.signOutReason);
  const deviceName = useMemo(currentDeviceName, []);

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [isPasswordShown, setPasswordShown] = useState(false);
  const [hasTriedSubmit, setTriedSubmit] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const pending = useRef<AbortController | null>(null);

  useEffect(() => () => pending.current?.abort(), []);

  // Problems show from the first attempt on, and update as the user types.
  const problems: LoginProblems = hasTriedSubmit ? validateLogin({ username, password }) : {};

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    setTriedSubmit(true);
    setFailure(null);
    const found = validateLogin({ username, password });
    if (hasProblems(found)) {
      (found.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    const controller = new AbortController();
    pending.current = controller;
    setSubmitting(true);
    try {
      const response = await api.login(
        { username: username.trim(), password, deviceName, ...(deviceId ? { deviceId } : {}) },
        controller.signal,
      );
      await completeOnlineLogin(password, response);
    } catch (error) {
      if (controller.signal.aborted) return;
      setFailure({ error });
      setPassword('');
      passwordRef.current?.focus();
    } finally {
      if (!controller.signal.aborted) setSubmitting(false);
    }
  }

  const usernameError = problems.username ? t(problems.username.key, problems.username.params) : null;
  const passwordError = problems.password ? t(problems.password.key, problems.password.params) : null;

  return (
    <div className="db-login">
      <header className="db-login__language">
        <LanguageSwitch className="db-login__language-button" />
      </header>
      <main className="db-login__panel">
        <div className="db-login__brand">
          <BrandMark size={72} />
          <p className="db-login__app-name">{t('app.name')}</p>
          <p className="db-login__subtitle">{t('login.subtitle')}</p>
        </div>

        <form className="db-login__form" noValidate onSubmit={(event) => void submit(event)}>
          <h1 className="db-login__heading">{t('login.heading')}</h1>
          {signOutReason ? (
            <p className={`db-login__notice db-login__notice--${signOutReason}`} role="status">
              {t(REASON_KEYS[signOutReason])}
            </p>
          ) : null}

          <div className="db-field">
            <label className="db-field__label" htmlFor={`${ids}-username`}>
              {t('login.username')}
            </label>
            <input
              ref={usernameRef}
              id={`${ids}-username`}
              className="db-input"
              name="username"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              enterKeyHint="next"
              value={username}
              disabled={isSubmitting}
              aria-invalid={usernameError ? true : undefined}
              aria-describedby={usernameError ? `${ids}-username-error` : undefined}
              onChange={(event) => setUsername(event.target.value)}
            />
            {usernameError ? (
              <p id={`${ids}-username-error`} className="db-field__error">
                {usernameError}
              </p>
            ) : null}
          </div>

          <div className="db-field">
            <label className="db-field__label" htmlFor={`${ids}-password`}>
              {t('login.password')}
            </label>
            <div className="db-login__password">
              <input
                ref={passwordRef}
                id={`${ids}-password`}
                className="db-input"
                name="password"
                type={isPasswordShown ? 'text' : 'password'}
                autoComplete="current-password"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                enterKeyHint="go"
                value={password}
                disabled={isSubmitting}
                aria-invalid={passwordError ? true : undefined}
                aria-describedby={passwordError ? `${ids}-password-error` : undefined}
                onChange={(event) => setPassword(event.target.value)}
              />
              <button
                type="button"
                className="db-login__reveal"
                aria-pressed={isPasswordShown}
                aria-controls={`${ids}-password`}
                onClick={() => setPasswordShown((shown) => !shown)}
              >
                {isPasswordShown ? t('login.hidePassword') : t('login.showPassword')}
              </button>
            </div>
            {passwordError ? (
              <p id={`${ids}-password-error`} className="db-field__error">
                {passwordError}
              </p>
            ) : null}
          </div>

          {failure ? (
            <p className="db-login__failure" role="alert">
              {t('login.failed', { reason: apiErrorText(failure.error, t, language) })}
            </p>
          ) : null}

          <Button
            type="submit"
            color="primary"
            size="large"
            block
            loading={isSubmitting}
            loadingText={t('login.submitting')}
          >
            {t('login.submit')}
          </Button>
          <p className="db-login__device">{t('login.device', { device: deviceName })}</p>
        </form>
      </main>
      <footer className="db-login__version">{t('app.version', { version: __APP_VERSION__ })}</footer>
    </div>
  );
}
