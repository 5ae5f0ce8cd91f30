/**
 * In an anonymous consultation, every field checks what a person types against the same rule the
 * server applies (shared/anonymous.ts) before anything is sent: what would be refused is not sent,
 * and the field says why, in the person's language, where they typed it. Nothing typed is lost
 * silently: the field keeps what was there and names what it could not take.
 */
import { type ReactNode, Suspense, createContext, use, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnonymousProblem, WritePlace } from '@naervaer/shared/anonymous';
import { ErrorBoundary, LoadFailed, Loading } from '../../components';

/** What a write breaks of the rule, or null; absent outside an anonymous consultation. */
type Check = (place: WritePlace, value: unknown) => AnonymousProblem | null;
type Rule = { check: Check | null; remind: boolean };
const RuleContext = createContext<Rule>({ check: null, remind: false });

/**
 * Fetches the rule's code the first time an anonymous consultation needs it. A failed fetch is kept:
 * `use` must be handed the same promise on every render to reach the error boundary (a new one each
 * time would suspend again and fetch again, for as long as the network is gone), and the boundary's
 * button reloads the page, which fetches the code anew.
 */
let rule: Promise<typeof import('@naervaer/shared/anonymous')> | undefined;
const loadRule = () => (rule ??= import('@naervaer/shared/anonymous'));

type RuleProps = { anonymous: boolean; remind: boolean; invitedNames?: readonly string[]; children: ReactNode };

/**
 * Wraps a meeting's fields: `anonymous` turns the check on, `remind` shows the reminder at each text
 * field, `invitedNames` are the names the fields refuse (the meeting's invited people). The rule's code
 * loads only for an anonymous consultation, and its fields show once it is there (never without it).
 */
export function AnonymousRule(props: RuleProps) {
  return (
    <ErrorBoundary fallback={<LoadFailed />}>
      <Suspense fallback={<Loading />}>
        <RuleProvider {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

function RuleProvider({ anonymous, remind, invitedNames = [], children }: RuleProps) {
  const code = anonymous ? use(loadRule()) : null;
  const key = invitedNames.join('\n');
  const check = useMemo((): Check | null => {
    if (!code) return null;
    const names = code.invitedNamePattern(invitedNames);
    return (place, value) => code.anonymousWriteProblem(place, [value], { names });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the names' text is the dependency
  }, [code, key]);
  return <RuleContext.Provider value={{ check, remind }}>{children}</RuleContext.Provider>;
}

/**
 * A field's guard: `allows(place, value)` is true when the value may be sent (always, outside an
 * anonymous consultation); otherwise the reason is kept for `GuardNote` to show until `clear` (on
 * leaving the field).
 */
export function useAnonymousGuard() {
  const rule = useContext(RuleContext);
  const [problem, setProblem] = useState<AnonymousProblem | null>(null);
  const allows = (place: WritePlace, value: unknown): boolean => {
    if (!rule.check) return true;
    const found = rule.check(place, value);
    // The reason stays in view while the person goes on typing; it goes when they leave the field.
    if (found) setProblem(found);
    return found === null;
  };
  return { allows, problem, remind: rule.check !== null && rule.remind, clear: () => setProblem(null) };
}

/** What a field says under it: why its last change was not sent, or the plain reminder. */
export function GuardNote({ id, problem, remind }: { id: string; problem: AnonymousProblem | null; remind: boolean }) {
  const { t } = useTranslation();
  if (problem) {
    const what = problem.kind === 'identifier' ? t(`anonymous.kinds.${problem.found.kind}`) : problem.kind === 'name' ? t('anonymous.kinds.name') : t('anonymous.kinds.identity');
    return (
      <p id={id} className="guard-note warning" role="alert">
        {t('anonymous.refused', { what })}
      </p>
    );
  }
  return remind ? (
    <p id={id} className="guard-note hint">
      {t('anonymous.reminder')}
    </p>
  ) : null;
}
