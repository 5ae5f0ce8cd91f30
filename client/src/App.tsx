import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary, LoadFailed, Loading } from './components';
import { useAuthState } from './lib/auth';
import { lazyComponent } from './lib/lazy';
import { ScreenPage } from './meeting-pages/ScreenPage';
import { RoomPage } from './room/RoomPage';

// Every page but the room (and the shared screen, whose preview the room shows) loads when its route is
// first shown: the room carries only its own code.
const JoinPage = lazyComponent(async () => (await import('./pages/JoinPage')).JoinPage);
const LoginPage = lazyComponent(async () => (await import('./pages/LoginPage')).LoginPage);
const MeetingsPage = lazyComponent(async () => (await import('./pages/MeetingsPage')).MeetingsPage);
const SetupPage = lazyComponent(async () => (await import('./pages/SetupPage')).SetupPage);
const PreparePage = lazyComponent(async () => (await import('./meeting-pages/PreparePage')).PreparePage);
const MinutesPage = lazyComponent(async () => (await import('./minutes/MinutesPage')).MinutesPage);
const AdminPage = lazyComponent(async () => (await import('./pages/AdminPage')).AdminPage);
const AccountLinkPage = lazyComponent(async () => (await import('./pages/AccountLinkPage')).AccountLinkPage);

export function App() {
  const { t } = useTranslation();
  const { state, failed, refresh } = useAuthState();
  const [location] = useLocation();
  // A new page opens at its top, not where the last one was scrolled to (the room's end takes the leader to the minutes).
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [location]);
  if (failed) return <p role="alert">{t('app.error')}</p>;
  if (!state) return <Loading />;

  return (
    // A page whose code did not load says so; going to another page tries that one.
    <ErrorBoundary key={location} fallback={<LoadFailed />}>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/join/:token">{(params) => <JoinPage token={params.token} />}</Route>
          <Route path="/m/:id/prepare">{(params) => <PreparePage meetingId={params.id} />}</Route>
          <Route path="/m/:id/minutes">{(params) => <MinutesPage meetingId={params.id} />}</Route>
          <Route path="/m/:id/screen">{(params) => <ScreenPage meetingId={params.id} />}</Route>
          <Route path="/m/:id">{(params) => <RoomPage meetingId={params.id} />}</Route>
          <Route path="/setup">{state.setupNeeded ? <SetupPage onDone={refresh} /> : <Redirect to="/" />}</Route>
          <Route path="/login">{state.account ? <Redirect to="/" /> : <LoginPage onDone={refresh} providers={state.providers} localLogin={state.localLogin} />}</Route>
          <Route path="/account-link/:token">{(params) => <AccountLinkPage token={params.token} onDone={refresh} />}</Route>
          <Route path="/admin">
            {state.account?.admin ? <AdminPage account={state.account} providers={state.providers} localLogin={state.localLogin} /> : <Redirect to={state.account ? '/' : '/login'} />}
          </Route>
          <Route path="/">
            {state.setupNeeded ? <Redirect to="/setup" /> : state.account ? <MeetingsPage account={state.account} onLogout={refresh} /> : <Redirect to="/login" />}
          </Route>
          <Route>
            <Redirect to="/" />
          </Route>
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}
