import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { prefetchSession } from './app/access/session-prefetch';
import { createApiClient } from './host/api-client';
import { discoverHostInWindow } from './host/host-connection';
import { createI18n } from './i18n/i18n';
import { loadLanguage } from './i18n/language';
import { registerShellWorker } from './offline/register-shell-worker';
import { loadEditorCore } from './speech/load-editor-core';
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
// A speech opened directly (a reload, a link, the desktop app restoring its window) needs the editor core: it
// loads alongside the app's first requests instead of after them. (Failures surface where the screen loads it.)
if (window.location.hash.startsWith('#/doc/')) loadEditorCore().catch(() => undefined);
// Likewise the host's answer about the token, which every screen waits for. (App discovers again: the token
// taken from the fragment now is in session storage then.)
const discovery = discoverHostInWindow();
if (discovery.kind === 'connected') prefetchSession(createApiClient(discovery.connection), discovery.connection.token);

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App discover={discoverHostInWindow} />
    </I18nextProvider>
  </StrictMode>,
);
