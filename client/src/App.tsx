import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';
import { useAuthState } from './lib/auth';
import { JoinPage } from './pages/JoinPage';
import { LoginPage } from './pages/LoginPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { SetupPage } from './pages/SetupPage';
import { PreparePage } from './meeting-pages/PreparePage';
import { ScreenPage } from './meeting-pages/ScreenPage';
import { RoomPage } from './room/RoomPage';
import { MinutesPage } from './minutes/MinutesPage';
import { AdminPage } from './pages/AdminPage';
import { AccountLinkPage } from './pages/AccountLinkPage';

export function App() {
  const { t } = useTranslation();
  const { state, failed, refresh } = useAuthState();
  if (failed) return <p role="alert">{t('app.error')}</p>;
  if (!state) return <p role="status" className="loading">{t('app.loading')}</p>;

  return (
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
  );
}
