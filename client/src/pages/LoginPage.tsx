import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field, Page } from '../components';
import { ApiFailure, call } from '../lib/api';
import { API } from '@naervaer/shared/routes';
import { errorText } from '../lib/errors';

export function LoginPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call(API.login, {}, { email, password });
      onDone();
    } catch (err) {
      setError(err instanceof ApiFailure && err.status === 401 ? t('auth.wrongCredentials') : errorText(err, t));
    }
  };

  return (
    <Page title={t('auth.loginTitle')}>
      <form className="card form" onSubmit={submit}>
        <Field label={t('auth.email')}>
          {(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="username" />}
        </Field>
        <Field label={t('auth.password')}>
          {(p) => <input {...p} type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="current-password" />}
        </Field>
        <ErrorMessage message={error} />
        <button type="submit" className="primary">
          {t('auth.login')}
        </button>
      </form>
    </Page>
  );
}
