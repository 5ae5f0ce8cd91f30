import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field, Page } from '../components';
import { call } from '../lib/api';
import { API } from '@naervaer/shared/routes';
import { errorText } from '../lib/errors';

export function SetupPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['ui', 'access']);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await call(API.setup, {}, { email, name, password });
      onDone();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <Page title={t('access:auth.setupTitle')}>
      <p>{t('access:auth.setupIntro')}</p>
      <form className="card form" onSubmit={submit}>
        <Field label={t('access:auth.name')}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} required autoComplete="name" />}</Field>
        <Field label={t('access:auth.email')}>
          {(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="email" />}
        </Field>
        <Field label={t('access:auth.password')} hint={t('access:auth.passwordHint')}>
          {(p) => (
            <input {...p} type="password" value={password} onChange={(e) => setPassword(e.target.value)} required minLength={10} autoComplete="new-password" />
          )}
        </Field>
        <ErrorMessage message={error} />
        <button type="submit" className="primary">
          {t('access:auth.createAccount')}
        </button>
      </form>
    </Page>
  );
}
