import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field, Page } from '../components';
import { ApiFailure, call } from '../lib/api';
import { API, pathFor } from '@naervaer/shared/routes';
import { errorText } from '../lib/errors';

const OUTCOMES = ['refused', 'failed', 'link', 'link_gone', 'linked_elsewhere', 'deactivated'] as const;

/** Logging in: a button per OpenID provider (Feide, Entra ID, ...), and e-mail and password where local login is on. */
export function LoginPage({ onDone, providers, localLogin }: { onDone: () => void; providers: readonly { id: string; name: string }[]; localLogin: boolean }) {
  const { t } = useTranslation(['ui', 'access']);
  // What a provider's login ended with, when it came back here (the server says it in the address).
  const came = new URLSearchParams(window.location.search).get('login');
  const outcome = OUTCOMES.find((o) => o === came) ?? null;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call(API.login, {}, { email, password });
      onDone();
    } catch (err) {
      setError(err instanceof ApiFailure && err.status === 401 ? t('access:auth.wrongCredentials') : errorText(err));
    }
  };

  return (
    <Page title={t('access:auth.loginTitle')}>
      {outcome && (
        <p className="callout" role="alert">
          {t(`access:auth.outcome.${outcome}`)}
        </p>
      )}
      {providers.length > 0 && (
        <div className="card provider-logins">
          {providers.map((p) => (
            <a key={p.id} className="button primary" href={pathFor(API.oidcStart, { provider: p.id })}>
              {t('access:auth.withProvider', { name: p.name })}
            </a>
          ))}
          {localLogin && <p className="hint">{t('access:auth.orPassword')}</p>}
        </div>
      )}
      {localLogin && (
        <form className="card form" onSubmit={submit}>
          <Field label={t('access:auth.email')}>
            {(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="username" />}
          </Field>
          <Field label={t('access:auth.password')}>
            {(p) => <input {...p} type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="current-password" />}
          </Field>
          <ErrorMessage message={error} />
          <button type="submit" className="primary">
            {t('access:auth.login')}
          </button>
        </form>
      )}
    </Page>
  );
}
