import { describe, expect, it } from 'vitest';
import { desktopArguments, readDesktopArguments } from './desktop-arguments';

const access = { hostUrl: 'http://127.0.0.1:51234', token: '9f2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c1b3d5f7e9a2c4b6d8f0e1a3c5b7d9f2e' };

describe('desktop arguments', () => {
  it('round-trips through a renderer argv among other switches', () => {
    const argv = ['/opt/speechdesk/speechdesk', '--type=renderer', ...desktopArguments(access), '--enable-sandbox'];
    expect(readDesktopArguments(argv)).toEqual(access);
  });

  it('is null when a switch is missing', () => {
    expect(readDesktopArguments(['--type=renderer', desktopArguments(access)[0] ?? ''])).toBeNull();
    expect(readDesktopArguments([])).toBeNull();
  });

  it('refuses host URLs that are not a loopback origin', () => {
    for (const hostUrl of ['http://evil.example:80', 'http://127.0.0.1:51234/', 'https://127.0.0.1:1', 'http://127.0.0.1']) {
      expect(readDesktopArguments(desktopArguments({ ...access, token: access.token, hostUrl }))).toBeNull();
    }
  });

  it('refuses short or odd tokens', () => {
    for (const token of ['', 'short', `${access.token}0`, access.token.toUpperCase(), `-${access.token.slice(1)}`]) {
      expect(readDesktopArguments(desktopArguments({ ...access, token }))).toBeNull();
    }
  });
});
