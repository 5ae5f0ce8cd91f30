import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Joined } from '@naervaer/shared/api';
import { API } from '@naervaer/shared/routes';
import type * as z from 'zod';
import { Page } from '../components';
import { ApiFailure, call } from '../lib/api';

/** What a login through the provider ended with, when it came back here (`?login=other_person`). */
const OUTCOMES = { other_person: 'access:join.otherPerson', failed: 'access:join.loginFailed' } as const;

/**
 * Trades the invitation token in the link for a guest session, then opens the room. A link that needs
 * a login says so, and sends the person to log in first.
 */
export function JoinPage({ token }: { token: string }) {
  const { t } = useTranslation(['ui', 'access']);
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [login, setLogin] = useState<z.infer<typeof Joined>['login'] | null>(null);
  const came = new URLSearchParams(window.location.search).get('login');
  const outcome = came === 'other_person' || came === 'failed' ? OUTCOMES[came] : null;

  useEffect(() => {
    let cancelled = false;
    call(API.join, {}, { token }).then(
      (joined) => {
        if (cancelled) return;
        if (joined.login) setLogin(joined.login);
        else navigate(joined.url, { replace: true });
      },
      (err) => !cancelled && setError(err instanceof ApiFailure && err.error === 'meeting_ended' ? t('access:join.ended') : err instanceof ApiFailure && err.status === 410 ? t('access:join.expired') : t('access:join.invalid')),
    );
    return () => {
      cancelled = true;
    };
  }, [token, navigate, t]);

  return (
    <Page title={t('access:join.title')}>
      {outcome && (
        <p className="callout" role="alert">
          {t(outcome)}
        </p>
      )}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : login ? (
        <div className="card provider-logins">
          <p role="status">{t('access:join.loginNeeded', { name: login.name })}</p>
          <a className="button primary" href={login.url}>
            {t('access:join.loginButton', { name: login.name })}
          </a>
        </div>
      ) : (
        <p role="status">{t('access:join.joining')}</p>
      )}
    </Page>
  );
}
