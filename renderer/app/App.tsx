import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiClient, type ApiClient } from '../host/api-client';
import type { HostConnection, HostDiscovery } from '../host/host-connection';
import { createIndicatorsClient, type IndicatorsClient } from '../host/indicators-client';
import { useHostDiscovery } from '../host/use-host-discovery';
import { IndicatorsView } from '../indicators/IndicatorsView';
import { forgetDeletedSpeeches, forgetSpeeches } from '../library/forget-deleted-speeches';
import { LibraryView } from '../library/LibraryView';
import { TrashView } from '../library/TrashView';
import { SpeechScreen } from '../speech/SpeechScreen';
import { AppHeader } from './AppHeader';
import { IdentityDialog } from './identity/IdentityDialog';
import { loadIdentity, saveIdentity } from './identity/user-identity';
import { MissingTokenScreen } from './MissingTokenScreen';
import { useRoute } from './use-route';
import { AccessProvider, type Access } from './access/access';
import { useSession } from './access/use-session';
import { ErrorMessage } from './ErrorMessage';

interface AppProps {
  /** Finds the host and token (host/host-connection.ts); a function so that it can run again. */
  discover: () => HostDiscovery;
  /** Injected by tests; the real app builds its client from the discovered connection. */
  api?: ApiClient;
  /** Injected by tests, like api. */
  indicators?: IndicatorsClient;
}

export function App({ discover, api, indicators }: AppProps) {
  useDocumentLanguage();
  const discovery = useHostDiscovery(discover);
  if (discovery.kind === 'missing-token') return <MissingTokenScreen origin={discovery.origin} reason="missing" />;
  return <ConnectedApp connection={discovery.connection} api={api} indicators={indicators} />;
}

/** Keeps <html lang> and the window title in the interface language, for fonts, screen readers and the taskbar. */
function useDocumentLanguage() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.name');
  }, [i18n.language, t]);
}

interface ConnectedAppProps {
  connection: HostConnection;
  api: ApiClient | undefined;
  indicators: IndicatorsClient | undefined;
}

function ConnectedApp({ connection, api: injected, indicators: injectedIndicators }: ConnectedAppProps) {
  const { t } = useTranslation();
  const api = useMemo(() => injected ?? createApiClient(connection), [injected, connection]);
  const session = useSession(api, connection.token);
  if (session.kind === 'rejected') return <MissingTokenScreen origin={connection.origin} reason={session.ended ? 'ended' : 'rejected'} />;
  if (session.kind === 'failed') {
    return (
      <main className="notice-screen">
        <div className="notice-card">
          <ErrorMessage error={session.error} context={t('host.sessionFailed')} />
          <button type="button" className="button" onClick={session.retry}>
            {t('common.retry')}
          </button>
        </div>
      </main>
    );
  }
  if (session.kind === 'loading') return null;
  return (
    <AccessProvider value={session.access}>
      <Screens access={session.access} connection={connection} api={api} injectedIndicators={injectedIndicators} />
    </AccessProvider>
  );
}

interface ScreensProps {
  access: Access;
  connection: HostConnection;
  api: ApiClient;
  injectedIndicators: IndicatorsClient | undefined;
}

function Screens({ access, connection, api, injectedIndicators }: ScreensProps) {
  const indicators = useMemo(() => injectedIndicators ?? createIndicatorsClient(connection), [injectedIndicators, connection]);
  const [route, navigate] = useRoute();
  const [identity, setIdentity] = useState(() => loadIdentity(localStorage));
  const [editingIdentity, setEditingIdentity] = useState(false);
  const onLibrary = route.screen === 'library';
  useEffect(() => {
    // Whenever the library shows, this browser forgets the speeches the host no longer has. It is only
    // tidying: with the host unreachable (or no IndexedDB) it waits for the next time.
    if (onLibrary) forgetDeletedSpeeches(api, connection).catch(() => undefined);
  }, [onLibrary, api, connection]);

  const identityDialog =
    identity === null || editingIdentity ? (
      <IdentityDialog
        current={identity}
        onSave={(chosen) => {
          setIdentity(saveIdentity(localStorage, chosen));
          setEditingIdentity(false);
        }}
        onCancel={identity === null ? undefined : () => setEditingIdentity(false)}
      />
    ) : null;

  // An invitation opens its one speech, whatever the address says: there is no library behind it.
  const speechId = access.speechId ?? (route.screen === 'speech' ? route.documentId : null);
  if (speechId !== null) {
    return (
      <>
        {identity && (
          <SpeechScreen key={speechId} api={api} connection={connection} documentId={speechId} user={identity} onEditIdentity={() => setEditingIdentity(true)} />
        )}
        {identityDialog}
      </>
    );
  }

  return (
    <div className="library-screen">
      <AppHeader screen={route.screen === 'speech' ? 'library' : route.screen} identity={identity} onEditIdentity={() => setEditingIdentity(true)} />
      <main className={route.screen === 'indicators' ? 'library-main library-main-wide' : 'library-main'}>
        {route.screen === 'trash' ? (
          <TrashView api={api} onDeletedForGood={(id) => void forgetSpeeches(connection, (speechId) => speechId === id).catch(() => undefined)} />
        ) : route.screen === 'indicators' ? (
          <IndicatorsView client={indicators} />
        ) : (
          <LibraryView api={api} onOpen={(documentId) => navigate({ screen: 'speech', documentId })} />
        )}
      </main>
      {identityDialog}
    </div>
  );
}
