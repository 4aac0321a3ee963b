import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './route';

describe('routes', () => {
  it('parses the screens', () => {
    expect(parseRoute('#/')).toEqual({ screen: 'library' });
    expect(parseRoute('#/trash')).toEqual({ screen: 'trash' });
    expect(parseRoute('#/indicators')).toEqual({ screen: 'indicators' });
    expect(parseRoute('#/doc/abc-123')).toEqual({ screen: 'speech', documentId: 'abc-123' });
  });

  it('sends anything else to the library', () => {
    for (const hash of ['', '#', '#/doc/', '#/doc/a/b', '#/nowhere', '#/doc/%E0%A4%A']) expect(parseRoute(hash)).toEqual({ screen: 'library' });
  });

  it('round-trips ids that need escaping', () => {
    const routes: Route[] = [{ screen: 'library' }, { screen: 'trash' }, { screen: 'indicators' }, { screen: 'speech', documentId: '讲话 1/2' }];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
