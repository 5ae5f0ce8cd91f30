/** Small building blocks every page uses: the page frame, the language picker, form fields. */
import { Component, type ReactNode, type RefObject, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@naervaer/shared/i18n';
import { currentLanguage, setLanguage } from './lib/i18n';

/**
 * The language picker. A language's texts may have to load first: the picker shows the choice while
 * they do, and if they cannot load it stays on the language there is and says so.
 */
export function LanguagePicker() {
  const { t } = useTranslation();
  const id = useId();
  const [pending, setPending] = useState<Language | null>(null);
  const [failed, setFailed] = useState(false);
  const choose = (language: Language) => {
    setPending(language);
    setFailed(false);
    setLanguage(language)
      .catch(() => setFailed(true))
      .finally(() => setPending((p) => (p === language ? null : p)));
  };
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('app.language')}</label>
      <select id={id} value={pending ?? currentLanguage()} aria-busy={pending !== null} onChange={(e) => choose(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`app.languages.${l}`)}
          </option>
        ))}
      </select>
      {failed && (
        <span className="language-failed" role="alert">
          {t('app.languageFailed')}
        </span>
      )}
    </div>
  );
}

/** The frame of an ordinary page: skip link, header with the app's name, and the main area. */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <span className="app-tagline">{t('app.tagline')}</span>
        <div className="app-header-actions">
          {actions}
          <LanguagePicker />
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}

type FieldProps = {
  label: string;
  hint?: string;
  children: (props: { id: string; 'aria-describedby'?: string }) => ReactNode;
};

/** A labelled form field; the hint is tied to the control for screen readers. */
export function Field({ label, hint, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(hint ? { 'aria-describedby': hintId } : {}) })}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** What a page shows while its data, or its code, is on the way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('app.loading')}
    </p>
  );
}

/**
 * Shows `fallback` in place of children that threw while rendering, most often because their code
 * did not load (the network dropped, or a new version replaced the files), instead of React taking
 * down the whole page.
 */
export class ErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * Where part of a page did not load: it says so, and offers a reload, which fetches the files again
 * under the names the running version gave them (the meeting's content is kept on the server).
 * `forChild` words it for the shared screen, which a child reads.
 */
export function LoadFailed({ forChild }: { forChild?: boolean }) {
  const { t } = useTranslation(['ui', 'meeting']);
  return (
    <div className="load-failed">
      <p role="alert">{t(forChild ? 'meeting:screen.loadFailed' : 'app.loadFailed')}</p>
      <button type="button" onClick={() => location.reload()}>
        {t(forChild ? 'meeting:screen.tryAgain' : 'app.reload')}
      </button>
    </div>
  );
}

export function ErrorMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

/**
 * A modal dialog: the native <dialog> opened with showModal(), so the keyboard stays inside it and the
 * page behind is inert until it closes. It opens when it mounts and closes when it unmounts. Escape
 * calls `onEscape`; without one, Escape leaves it open (a pause ends when the facilitator resumes).
 * Focus goes to `focusOnOpen`, or to the dialog itself, which then reads its name.
 */
export function Modal({ className, labelledBy, onEscape, focusOnOpen, children }: { className?: string; labelledBy: string; onEscape?: () => void; focusOnOpen?: RefObject<HTMLElement | null>; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  // Before the first paint, so the dialog is never seen open but not yet modal.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    (focusOnOpen?.current ?? dialog).focus();
    return () => dialog.close();
  }, [focusOnOpen]);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      tabIndex={-1}
      onCancel={(e) => {
        e.preventDefault();
        onEscape?.();
      }}
    >
      {children}
    </dialog>
  );
}
