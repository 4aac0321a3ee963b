import { describe, expect, it } from 'vitest';
import { desktopArguments, readDesktopArguments } from './desktop-arguments';

const access = { hostUrl: 'http://127.0.0.1:51234', token: 'q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c' };

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
    for (const token of ['', 'short', `${access.token} x`, `${access.token}=`]) {
      expect(readDesktopArguments(desktopArguments({ ...access, token }))).toBeNull();
    }
  });
});
