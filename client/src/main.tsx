import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { i18n, startLanguage } from './lib/i18n';
// The app's stylesheets are global (pages share their classes), so they load together, in this order,
// whichever page opens first; only tldraw's own CSS waits for the board.
import './room/meeting/meeting.css';
import './room/board/board.css';
import './minutes/minutes.css';
import './styles.css';

void startLanguage().then(() =>
  createRoot(document.getElementById('root')!).render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  ),
);
