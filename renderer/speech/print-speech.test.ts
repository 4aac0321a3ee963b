import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../common/desktop-api';
import { printSpeech } from './print-speech';

describe('printSpeech', () => {
  it('saves a PDF through the desktop app, named after the speech', async () => {
    const printToPDF = vi.fn(async () => ({ saved: true as const, fileName: '讲话.pdf' }));
    const print = vi.fn();
    const desktop = { printToPDF } as unknown as DesktopApi;
    expect(await printSpeech('在全区会议上的讲话', desktop, print)).toEqual({ saved: true, fileName: '讲话.pdf' });
    expect(printToPDF).toHaveBeenCalledWith({ suggestedName: '在全区会议上的讲话' });
    expect(print).not.toHaveBeenCalled();
  });

  it('opens the browser\'s print dialog without the desktop app', async () => {
    const print = vi.fn();
    expect(await printSpeech('讲话', undefined, print)).toBe('printed');
    expect(print).toHaveBeenCalledOnce();
  });
});
