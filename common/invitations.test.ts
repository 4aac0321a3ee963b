import { describe, expect, it } from 'vitest';
import { canComment, canEditText, invitationLink, parseDuration, parseInvitationLink } from './invitations';

describe('invitation links', () => {
  it('round-trip through the link a colleague pastes', () => {
    const link = invitationLink('https://speechdesk.example.org/', 'a b/c', 'tok-_9');
    expect(link).toBe('https://speechdesk.example.org/#/doc/a%20b%2Fc?token=tok-_9');
    expect(parseInvitationLink(`  ${link} `)).toEqual({ origin: 'https://speechdesk.example.org', documentId: 'a b/c', token: 'tok-_9', href: link });
    expect(parseInvitationLink('http://127.0.0.1:4870/#/doc/x?token=y')).toMatchObject({ origin: 'http://127.0.0.1:4870', documentId: 'x', token: 'y' });
    expect(parseInvitationLink('HTTP://Host.Example:8080/app/#/doc/x?token=y')?.origin).toBe('http://host.example:8080');
  });

  it('refuse what is not an http(s) link to a speech with a token', () => {
    for (const text of [
      '',
      'speechdesk.example.org/#/doc/x?token=y',
      'file:///etc/passwd#/doc/x?token=y',
      'javascript:alert(1)//#/doc/x?token=y',
      'https://user:pw@host/#/doc/x?token=y',
      'https://host/#/doc/x',
      'https://host/#token=y',
      'https://host/#/doc/?token=y',
      'https://host:99999/#/doc/x?token=y',
      'https://host/#/doc/x?token=y&more=1',
      'https://host/#/doc/%E0%A4%A?token=y',
    ]) {
      expect(parseInvitationLink(text), text).toBeNull();
    }
  });
});

describe('durations', () => {
  it('take whole hours or days up to a year', () => {
    expect(parseDuration('12h')).toBe(12 * 3600 * 1000);
    expect(parseDuration('7d')).toBe(7 * 24 * 3600 * 1000);
    expect(parseDuration('365d')).toBe(365 * 24 * 3600 * 1000);
    for (const bad of ['366d', '0d', '7', 'd', '1.5d', '7w', ' -1d', '']) expect(parseDuration(bad), bad).toBeNull();
  });
});

describe('roles', () => {
  it('let owners and editors change the text, and all but viewers comment', () => {
    expect(['owner', 'editor', 'commenter', 'viewer'].map((role) => [canEditText(role as never), canComment(role as never)])).toEqual([
      [true, true],
      [true, true],
      [false, true],
      [false, false],
    ]);
  });
});
