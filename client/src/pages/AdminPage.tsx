/**
 * The admin's page: the accounts (add a facilitator, one-time links for a password or for linking a
 * provider's login, deactivate and activate again, unlink), the audit log with filters, and the
 * running settings. Views call the API by the route table; every rule is the server's.
 */
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AccountLinkCreated, AdminAccount, RunningSettings } from '@naervaer/shared/admin';
import type { Account } from '@naervaer/shared/api';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '@naervaer/shared/audit';
import { formatDateTime } from '@naervaer/shared/i18n';
import { API } from '@naervaer/shared/routes';
import { ErrorMessage, Field, Modal, Page } from '../components';
import { call, query } from '../lib/api';
import { errorText } from '../lib/errors';
import { currentLanguage, existingKeys, useTranslate } from '../lib/i18n';

export function AdminPage({ account, providers, localLogin }: { account: Account; providers: readonly { id: string; name: string }[]; localLogin: boolean }) {
  const { t } = useTranslation(['ui', 'admin']);
  const [accounts, setAccounts] = useState<AdminAccount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setAccounts(await call(API.accounts, {}));
    } catch (err) {
      setError(errorText(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  return (
    <Page
      title={t('admin:title')}
      actions={
        <>
          <span className="who">{account.name}</span>
          <Link href="/">{t('admin:backToMeetings')}</Link>
        </>
      }
    >
      <nav aria-label={t('admin:sections')} className="admin-sections">
        <a href="#accounts">{t('admin:accounts.title')}</a>
        <a href="#audit">{t('admin:audit.title')}</a>
        <a href="#settings">{t('admin:settings.title')}</a>
      </nav>
      <ErrorMessage message={error} />
      <Accounts accounts={accounts} me={account.id} providers={providers} localLogin={localLogin} reload={load} />
      <AuditLog accounts={accounts ?? []} />
      <Settings />
    </Page>
  );
}

/** A one-time link, shown once with a copy button; it is not kept anywhere in the page after. */
function ShownLink({ link, name }: { link: AccountLinkCreated; name: string }) {
  const { t } = useTranslation(['ui', 'admin']);
  const [copied, setCopied] = useState(false);
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  // The new link has the keyboard: it is what the admin came for, and it is read out with what it is for.
  useEffect(() => field.current?.focus(), []);
  return (
    <div className="shown-link callout">
      <p id={`${id}-what`}>{t('admin:accounts.linkShown', { name, time: formatDateTime(link.expiresAt, currentLanguage()) })}</p>
      <input ref={field} readOnly value={link.url} aria-label={t('admin:accounts.linkLabel', { name })} aria-describedby={`${id}-what`} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={() => navigator.clipboard?.writeText(link.url).then(() => setCopied(true), () => setCopied(false))}>
        {t('admin:accounts.copy')}
      </button>
      <span role="status">{copied ? t('admin:accounts.copied') : ''}</span>
    </div>
  );
}

function Accounts({ accounts, me, providers, localLogin, reload }: { accounts: AdminAccount[] | null; me: string; providers: readonly { id: string; name: string }[]; localLogin: boolean; reload: () => Promise<void> }) {
  const { t } = useTranslation(['ui', 'admin']);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [shown, setShown] = useState<{ link: AccountLinkCreated; name: string } | null>(null);
  const [confirming, setConfirming] = useState<AdminAccount | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const questionId = useId();

  const act = async (work: () => Promise<unknown>, done?: string) => {
    setError(null);
    try {
      await work();
      if (done) setStatus(done);
      await reload();
    } catch (err) {
      setError(errorText(err));
    }
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const created = await call(API.createAccount, {}, { name, email });
      setShown(created.link ? { link: created.link, name: created.name } : null);
      setName('');
      setEmail('');
      setStatus(t('admin:accounts.created', { name: created.name }));
    });
  };

  const makeLink = (a: AdminAccount, purpose: 'password' | 'identity') =>
    void act(async () => setShown({ link: await call(API.createAccountLink, { accountId: a.id }, { purpose }), name: a.name }));

  return (
    <section id="accounts" aria-labelledby="accounts-title" className="card">
      <h2 id="accounts-title" tabIndex={-1}>
        {t('admin:accounts.title')}
      </h2>
      <h3 id="add-account-title">{t('admin:accounts.add')}</h3>
      <form className="form inline-form" onSubmit={add} aria-labelledby="add-account-title">
        <Field label={t('admin:accounts.name')}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} autoComplete="off" />}</Field>
        <Field label={t('admin:accounts.email')}>{(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required maxLength={200} autoComplete="off" />}</Field>
        <button type="submit" className="primary">
          {t('admin:accounts.addButton')}
        </button>
      </form>
      <ErrorMessage message={error} />
      <p role="status" className="hint">
        {status}
      </p>
      {shown && <ShownLink key={shown.link.url} link={shown.link} name={shown.name} />}
      <div className="table-scroll">
        <table className="admin-table">
          <Head columns={[t('admin:accounts.name'), t('admin:accounts.email'), t('admin:accounts.status'), t('admin:accounts.ways'), t('admin:accounts.actions')]} />
          <tbody>
            {(accounts ?? []).map((a) => (
              <tr key={a.id} data-account={a.email}>
                <th scope="row">
                  {a.name}
                  {a.admin && <span className="badge">{t('admin:accounts.adminBadge')}</span>}
                </th>
                <td>{a.email}</td>
                <td>{a.deactivatedAt ? t('admin:accounts.deactivatedOn', { date: formatDateTime(a.deactivatedAt, currentLanguage(), false) }) : t('admin:accounts.active')}</td>
                <td>
                  <ul className="plain">
                    {a.hasPassword && <li>{t('admin:accounts.password')}</li>}
                    {a.identities.map((i) => (
                      <li key={`${i.provider}:${i.subject}`}>
                        {i.providerName}
                        {i.byAdmin && <span className="hint"> ({t('admin:accounts.byAdmin')})</span>}{' '}
                        <button type="button" className="link-button" onClick={() => act(() => call(API.unlinkIdentity, { accountId: a.id }, { provider: i.provider, subject: i.subject }), t('admin:accounts.unlinked'))}>
                          {t('admin:accounts.unlink', { provider: i.providerName })}
                        </button>
                      </li>
                    ))}
                    {!a.hasPassword && !a.identities.length && <li>{t('admin:accounts.noWay')}</li>}
                  </ul>
                </td>
                <td>
                  <div className="row-actions">
                    {localLogin && !a.deactivatedAt && (
                      <button type="button" onClick={() => makeLink(a, 'password')} aria-label={`${t('admin:accounts.passwordLink')}: ${a.name}`}>
                        {t('admin:accounts.passwordLink')}
                      </button>
                    )}
                    {providers.length > 0 && !a.deactivatedAt && (
                      <button type="button" onClick={() => makeLink(a, 'identity')} aria-label={`${t('admin:accounts.identityLink')}: ${a.name}`}>
                        {t('admin:accounts.identityLink')}
                      </button>
                    )}
                    {a.id !== me &&
                      (a.deactivatedAt ? (
                        <button type="button" onClick={() => act(() => call(API.reactivateAccount, { accountId: a.id }), t('admin:accounts.reactivated', { name: a.name }))} aria-label={`${t('admin:accounts.reactivate')}: ${a.name}`}>
                          {t('admin:accounts.reactivate')}
                        </button>
                      ) : (
                        <button type="button" className="danger-quiet" onClick={() => setConfirming(a)} aria-label={`${t('admin:accounts.deactivate')}: ${a.name}`}>
                          {t('admin:accounts.deactivate')}
                        </button>
                      ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {confirming && (
        <Modal className="confirm-delete" labelledBy={questionId} focusOnOpen={heading} onEscape={() => setConfirming(null)}>
          <h4 id={questionId} ref={heading} tabIndex={-1}>
            {t('admin:accounts.deactivateQuestion', { name: confirming.name })}
          </h4>
          <p>{t('admin:accounts.deactivateExplain')}</p>
          <div className="actions">
            <button
              type="button"
              className="delete-for-good"
              onClick={() => {
                const who = confirming;
                setConfirming(null);
                // The row's button changes: focus goes to the section, where the status is read.
                void act(() => call(API.deactivateAccount, { accountId: who.id }), t('admin:accounts.deactivated', { name: who.name })).then(() => document.getElementById('accounts-title')?.focus());
              }}
            >
              {t('admin:accounts.deactivateConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('admin:accounts.cancel')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}

type Filters = { meetingId: string; party: string; action: string; from: string; to: string };
const NO_FILTERS: Filters = { meetingId: '', party: '', action: '', from: '', to: '' };

function AuditLog({ accounts }: { accounts: AdminAccount[] }) {
  const { t } = useTranslation(['ui', 'admin']);
  const tx = useTranslate();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (f: Filters, before?: number) => {
    setError(null);
    try {
      const page = await query(API.adminAudit, {}, { ...f, before, limit: 100 });
      setEntries((old) => (before && old ? [...old, ...page.entries] : page.entries));
      setNext(page.nextBefore);
    } catch (err) {
      setError(errorText(err));
    }
  }, []);
  useEffect(() => void load(NO_FILTERS), [load]);

  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [key]: e.target.value }));
  const actionLabel = (action: string) => tx([...existingKeys([`admin:audit.actions.${action}`]), 'admin:audit.unknown']);
  const party = (key: string | null, name: string | null) => (key === null ? '' : key === 'system' ? t('admin:audit.system') : (name ?? (key === 'unknown' ? t('admin:audit.unknown') : key)));
  const detail = (d: Record<string, unknown>) =>
    Object.entries(d)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(', ');

  return (
    <section id="audit" aria-labelledby="audit-title" className="card">
      <h2 id="audit-title">{t('admin:audit.title')}</h2>
      <p className="hint">{t('admin:audit.intro')}</p>
      <form
        className="form audit-filters"
        onSubmit={(e) => {
          e.preventDefault();
          void load(filters);
        }}
      >
        <Field label={t('admin:audit.person')}>
          {(p) => (
            <select {...p} value={filters.party} onChange={set('party')}>
              <option value="">{t('admin:audit.anyone')}</option>
              {accounts.map((a) => (
                <option key={a.id} value={`account:${a.id}`}>
                  {a.name} ({a.email})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin:audit.action')}>
          {(p) => (
            <select {...p} value={filters.action} onChange={set('action')}>
              <option value="">{t('admin:audit.anyAction')}</option>
              {AUDIT_ACTIONS.map((a: AuditAction) => (
                <option key={a} value={a}>
                  {tx(`admin:audit.actions.${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin:audit.meeting')}>{(p) => <input {...p} value={filters.meetingId} onChange={set('meetingId')} autoComplete="off" />}</Field>
        <Field label={t('admin:audit.from')}>{(p) => <input {...p} type="date" value={filters.from} onChange={set('from')} />}</Field>
        <Field label={t('admin:audit.to')}>{(p) => <input {...p} type="date" value={filters.to} onChange={set('to')} />}</Field>
        <div className="row-actions">
          <button type="submit" className="primary">
            {t('admin:audit.show')}
          </button>
          <button
            type="button"
            onClick={() => {
              setFilters(NO_FILTERS);
              void load(NO_FILTERS);
            }}
          >
            {t('admin:audit.clear')}
          </button>
        </div>
      </form>
      <ErrorMessage message={error} />
      {entries && (
        <p role="status" className="hint">
          {entries.length ? t('admin:audit.count', { count: entries.length }) : t('admin:audit.none')}
        </p>
      )}
      {entries && entries.length > 0 && (
        <div className="table-scroll">
          <table className="admin-table audit-table">
            <Head columns={[t('admin:audit.at'), t('admin:audit.action'), t('admin:audit.who'), t('admin:audit.subject'), t('admin:audit.meetingColumn'), t('admin:audit.address'), t('admin:audit.detail')]} />
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td>{formatDateTime(e.at, currentLanguage())}</td>
                  <td>{actionLabel(e.action)}</td>
                  <td>{party(e.actor, e.actorName)}</td>
                  <td>{party(e.subject, e.subjectName)}</td>
                  <td>{e.meetingId ?? ''}</td>
                  <td>{e.ip ?? ''}</td>
                  <td>{detail(e.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next !== null && (
        <button type="button" onClick={() => void load(filters, next)}>
          {t('admin:audit.older')}
        </button>
      )}
    </section>
  );
}

function Settings() {
  const { t } = useTranslation(['ui', 'admin']);
  const [settings, setSettings] = useState<RunningSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call(API.settings, {}).then(setSettings, (err: unknown) => setError(errorText(err)));
  }, []);
  return (
    <section id="settings" aria-labelledby="settings-title" className="card">
      <h2 id="settings-title">{t('admin:settings.title')}</h2>
      <p className="hint">{t('admin:settings.intro')}</p>
      <ErrorMessage message={error} />
      {settings && (
        <div className="table-scroll">
          <table className="admin-table">
            <Head columns={[t('admin:settings.name'), t('admin:settings.value')]} />
            <tbody>
              {settings.map((s) => (
                <tr key={s.name}>
                  <th scope="row">
                    <code>{s.name}</code>
                  </th>
                  <td>
                    <code>{s.value}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A table's column headings. */
function Head({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
