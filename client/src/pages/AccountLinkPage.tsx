/**
 * The page behind a one-time link the admin handed over: choose a password, or log in once through a
 * provider to link that login to the account. A used or expired link says so, and whom to ask.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountLinkInfo } from '@naervaer/shared/admin';
import { formatDateTime } from '@naervaer/shared/i18n';
import { API } from '@naervaer/shared/routes';
import { ErrorMessage, Field, Loading, Page } from '../components';
import { ApiFailure, call } from '../lib/api';
import { errorText } from '../lib/errors';
import { currentLanguage } from '../lib/i18n';

export function AccountLinkPage({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation(['ui', 'access']);
  const [info, setInfo] = useState<AccountLinkInfo | null>(null);
  const [gone, setGone] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call(API.accountLink, { token }).then(setInfo, (err: unknown) => (err instanceof ApiFailure && err.status === 410 ? setGone(true) : setError(errorText(err))));
  }, [token]);

  // The login that links starts from this page, which names the account (never from a bare link).
  const linkWith = async (provider: string) => {
    try {
      const { url } = await call(API.startIdentityLink, { token }, { provider });
      window.location.assign(url);
    } catch (err) {
      setError(errorText(err));
    }
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call(API.setPassword, { token }, { password });
      // The session starts on the server; the app opens on the meetings.
      window.history.replaceState(null, '', '/');
      onDone();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <Page title={t('access:accountLink.title')}>
      {gone && (
        <p className="callout" role="alert">
          {t('access:accountLink.gone')}
        </p>
      )}
      <ErrorMessage message={error} />
      {!info && !gone && !error && <Loading />}
      {info?.purpose === 'password' && (
        <form className="card form" onSubmit={save}>
          <p>{t('access:accountLink.passwordIntro', { name: info.name, email: info.email })}</p>
          <Field label={t('access:accountLink.newPassword')} hint={t('access:auth.passwordHint')}>
            {(p) => <input {...p} type="password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={10} maxLength={200} autoComplete="new-password" />}
          </Field>
          <p className="hint">{t('access:accountLink.expires', { time: formatDateTime(info.expiresAt, currentLanguage()) })}</p>
          <button type="submit" className="primary">
            {t('access:accountLink.save')}
          </button>
        </form>
      )}
      {info?.purpose === 'identity' && (
        <div className="card provider-logins">
          <p>{t('access:accountLink.identityIntro', { name: info.name, email: info.email })}</p>
          {info.providers.map((p) => (
            <button key={p.id} type="button" className="primary" onClick={() => void linkWith(p.id)}>
              {t('access:auth.withProvider', { name: p.name })}
            </button>
          ))}
          <p className="hint">{t('access:accountLink.expires', { time: formatDateTime(info.expiresAt, currentLanguage()) })}</p>
        </div>
      )}
    </Page>
  );
}
