import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiClient, type ApiClient } from '../host/api-client';
import type { HostConnection, HostDiscovery } from '../host/host-connection';
import { createIndicatorsClient, type IndicatorsClient } from '../host/indicators-client';
import { useHostDiscovery } from '../host/use-host-discovery';
import { IndicatorsView } from '../indicators/IndicatorsView';
import { LibraryView } from '../library/LibraryView';
import { TrashView } from '../library/TrashView';
import { SpeechScreen } from '../speech/SpeechScreen';
import { AppHeader } from './AppHeader';
import { IdentityDialog } from './identity/IdentityDialog';
import { loadIdentity, saveIdentity } from './identity/user-identity';
import { MissingTokenScreen } from './MissingTokenScreen';
import { useRoute } from './use-route';
import { useTokenRejected } from './use-token-check';

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
  const api = useMemo(() => injected ?? createApiClient(connection), [injected, connection]);
  const indicators = useMemo(() => injectedIndicators ?? createIndicatorsClient(connection), [injectedIndicators, connection]);
  const rejected = useTokenRejected(api);
  const [route, navigate] = useRoute();
  const [identity, setIdentity] = useState(() => loadIdentity(localStorage));
  const [editingIdentity, setEditingIdentity] = useState(false);

  if (rejected) return <MissingTokenScreen origin={connection.origin} reason="rejected" />;

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

  if (route.screen === 'speech') {
    return (
      <>
        {identity && <SpeechScreen key={route.documentId} api={api} connection={connection} documentId={route.documentId} user={identity} />}
        {identityDialog}
      </>
    );
  }

  return (
    <div className="library-screen">
      <AppHeader screen={route.screen} identity={identity} onEditIdentity={() => setEditingIdentity(true)} />
      <main className={route.screen === 'indicators' ? 'library-main library-main-wide' : 'library-main'}>
        {route.screen === 'trash' ? (
          <TrashView api={api} />
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
