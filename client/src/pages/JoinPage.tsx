import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { API } from '@naervaer/shared/routes';
import { Page } from '../components';
import { ApiFailure, call } from '../lib/api';

/** Trades the invitation token in the link for a guest session, then opens the room. */
export function JoinPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    call(API.join, {}, { token }).then(
      (joined) => !cancelled && navigate(joined.url, { replace: true }),
      (err) => !cancelled && setError(err instanceof ApiFailure && err.error === 'meeting_ended' ? t('join.ended') : err instanceof ApiFailure && err.status === 410 ? t('join.expired') : t('join.invalid')),
    );
    return () => {
      cancelled = true;
    };
  }, [token, navigate, t]);

  return (
    <Page title={t('join.title')}>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : (
        <p role="status">{t('join.joining')}</p>
      )}
    </Page>
  );
}
