/** The console's entry: the design system's stylesheet and fonts (from the dkfds package), then the app. */
import 'dkfds-css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/i18n.tsx';

createRoot(document.getElementById('root')!).render(
  <I18nProvider>
    <App />
  </I18nProvider>,
);
