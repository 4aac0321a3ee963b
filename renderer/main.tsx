import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { discoverHostInWindow } from './host/host-connection';
import { createI18n } from './i18n/i18n';
import { loadLanguage } from './i18n/language';
import { registerShellWorker } from './offline/register-shell-worker';
import 'prosemirror-view/style/prosemirror.css';
import './styles/base.css';
import './styles/library.css';
import './styles/speech.css';
import './styles/page.css';
import './styles/templates.css';
import './styles/export.css';
import './styles/print.css';
import './styles/access.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const i18n = createI18n(loadLanguage(localStorage));
registerShellWorker({ production: import.meta.env.PROD, desktop: window.speechdesk, navigator, location });

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App discover={discoverHostInWindow} />
    </I18nextProvider>
  </StrictMode>,
);
