/**
 * Screens live in the URL fragment (#/, #/trash, #/indicators, #/doc/<id>) so that a reload, or Electron restoring its
 * window, reopens the same speech, and so that the static host needs no routes of its own.
 */
export type Route = { screen: 'library' } | { screen: 'trash' } | { screen: 'indicators' } | { screen: 'speech'; documentId: string };

const SPEECH = /^#\/doc\/([^/?#]+)$/;

export function parseRoute(hash: string): Route {
  if (hash === '#/trash') return { screen: 'trash' };
  if (hash === '#/indicators') return { screen: 'indicators' };
  const speech = SPEECH.exec(hash)?.[1];
  if (speech !== undefined) {
    try {
      return { screen: 'speech', documentId: decodeURIComponent(speech) };
    } catch {
      return { screen: 'library' };
    }
  }
  return { screen: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'trash':
      return '#/trash';
    case 'indicators':
      return '#/indicators';
    case 'speech':
      return `#/doc/${encodeURIComponent(route.documentId)}`;
  }
}
