import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { Loading } from './components';
import { i18n, startLanguage } from './lib/i18n';
// The app's stylesheets are global (pages share their classes), so they load together, in this order,
// whichever page opens first; only tldraw's own CSS waits for the board.
import './room/meeting/meeting.css';
import './room/board/board.css';
import './minutes/minutes.css';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const show = (page: ReactNode) =>
  root.render(
    <I18nextProvider i18n={i18n}>
      {page}
    </I18nextProvider>,
  );

// A remembered nynorsk or English loads before the app shows; until then the page says it is loading.
show(<Loading />);
void startLanguage().then(() => show(<App />));
