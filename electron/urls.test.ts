import { describe, expect, it } from 'vitest';
import { externalLink, isHostUrl } from './urls';

const HOST = 'http://127.0.0.1:51234';

describe('isHostUrl', () => {
  it('accepts pages of the host origin', () => {
    expect(isHostUrl(`${HOST}/`, HOST)).toBe(true);
    expect(isHostUrl(`${HOST}/#/speech/1`, HOST)).toBe(true);
  });

  it('refuses other ports, addresses, schemes and garbage', () => {
    expect(isHostUrl('http://127.0.0.1:51235/', HOST)).toBe(false);
    expect(isHostUrl('http://localhost:51234/', HOST)).toBe(false);
    expect(isHostUrl('https://127.0.0.1:51234/', HOST)).toBe(false);
    expect(isHostUrl('http://127.0.0.1:51234@evil.example/', HOST)).toBe(false);
    expect(isHostUrl('file:///etc/passwd', HOST)).toBe(false);
    expect(isHostUrl('not a url', HOST)).toBe(false);
    expect(isHostUrl('', HOST)).toBe(false);
  });

  it('never matches opaque origins', () => {
    expect(isHostUrl('data:text/html,hi', 'null')).toBe(false);
  });
});

describe('externalLink', () => {
  it('lets http and https links through, normalized', () => {
    expect(externalLink('https://www.gov.cn/zhengce/')).toBe('https://www.gov.cn/zhengce/');
    expect(externalLink('HTTP://Example.com')).toBe('http://example.com/');
  });

  it('refuses other schemes', () => {
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'smb://server/share', 'javascript:alert(1)', 'ms-msdt:/id', 'mailto:a@b.cn', 'speechdesk://x']) {
      expect(externalLink(url)).toBeNull();
    }
  });

  it('refuses credentials and unparsable input', () => {
    expect(externalLink('https://user:pw@example.com/')).toBeNull();
    expect(externalLink('https://user@example.com/')).toBeNull();
    expect(externalLink('not a url')).toBeNull();
  });
});
