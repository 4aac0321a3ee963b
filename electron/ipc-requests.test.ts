import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, openFileRequestSchema, openTeamWindowRequestSchema, printToPdfRequestSchema, saveFileRequestSchema, unsyncedChangesSchema } from './ipc-requests';

describe('openFileRequestSchema', () => {
  it('accepts known kinds and an optional title', () => {
    expect(openFileRequestSchema.parse({ kinds: ['docx', 'txt'], title: '导入讲稿' })).toEqual({ kinds: ['docx', 'txt'], title: '导入讲稿' });
  });

  it('refuses empty, repeated or unknown kinds and extra fields', () => {
    expect(openFileRequestSchema.safeParse({ kinds: [] }).success).toBe(false);
    expect(openFileRequestSchema.safeParse({ kinds: ['docx', 'docx'] }).success).toBe(false);
    expect(openFileRequestSchema.safeParse({ kinds: ['exe'] }).success).toBe(false);
    expect(openFileRequestSchema.safeParse({ kinds: ['md'], defaultPath: '/etc' }).success).toBe(false);
    expect(openFileRequestSchema.safeParse(undefined).success).toBe(false);
  });
});

describe('saveFileRequestSchema', () => {
  it('accepts bytes with a kind and a name', () => {
    const data = new Uint8Array([1, 2, 3]);
    expect(saveFileRequestSchema.parse({ kind: 'docx', suggestedName: '讲话', data }).data).toBe(data);
  });

  it('accepts a Node Buffer, which is what IPC may deliver', () => {
    expect(saveFileRequestSchema.safeParse({ kind: 'txt', suggestedName: 'a', data: Buffer.from('x') }).success).toBe(true);
  });

  it('refuses non-bytes, oversized data and long names', () => {
    expect(saveFileRequestSchema.safeParse({ kind: 'txt', suggestedName: 'a', data: 'text' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ kind: 'txt', suggestedName: 'a', data: [1, 2] }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ kind: 'txt', suggestedName: 'a', data: new Uint8Array(MAX_FILE_BYTES + 1) }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ kind: 'txt', suggestedName: 'x'.repeat(201), data: new Uint8Array() }).success).toBe(false);
  });
});

describe('printToPdfRequestSchema', () => {
  it('takes only a suggested name', () => {
    expect(printToPdfRequestSchema.parse({ suggestedName: '讲话' })).toEqual({ suggestedName: '讲话' });
    expect(printToPdfRequestSchema.safeParse({ suggestedName: '讲话', margins: { top: 0 } }).success).toBe(false);
  });
});

describe('unsyncedChangesSchema', () => {
  it('takes a whole, non-negative count and nothing else', () => {
    expect(unsyncedChangesSchema.parse(0)).toBe(0);
    expect(unsyncedChangesSchema.parse(12)).toBe(12);
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null, { count: 3 }]) expect(unsyncedChangesSchema.safeParse(bad).success).toBe(false);
  });
});

describe('openTeamWindowRequestSchema', () => {
  it('takes an invitation link and gives the window its origin', () => {
    expect(openTeamWindowRequestSchema.parse(' https://team.example:8443/#/doc/s1?token=abc ')).toEqual({
      origin: 'https://team.example:8443',
      documentId: 's1',
      token: 'abc',
      href: 'https://team.example:8443/#/doc/s1?token=abc',
    });
  });

  it('refuses anything else', () => {
    for (const request of ['file:///etc/passwd#/doc/s1?token=abc', 'https://team.example/', 'https://team.example/#token=abc', 42, null, { url: 'x' }, `https://a/#/doc/s?token=${'x'.repeat(5000)}`]) {
      expect(openTeamWindowRequestSchema.safeParse(request).success, String(request).slice(0, 40)).toBe(false);
    }
  });
});
