import { describe, expect, it } from 'vitest';
import { OFFICIAL_MARGINS_MM, SPEECH_PDF_OPTIONS } from './pdf-options';

describe('speech PDF options', () => {
  it('leaves the official 156 mm × 225 mm type area on A4', () => {
    expect(OFFICIAL_MARGINS_MM).toEqual({ top: 37, left: 28, right: 26, bottom: 35 });
    expect(210 - OFFICIAL_MARGINS_MM.left - OFFICIAL_MARGINS_MM.right).toBe(156);
    expect(297 - OFFICIAL_MARGINS_MM.top - OFFICIAL_MARGINS_MM.bottom).toBe(225);
  });

  it('gives Electron the margins in inches on portrait A4', () => {
    expect(SPEECH_PDF_OPTIONS.pageSize).toBe('A4');
    expect(SPEECH_PDF_OPTIONS.landscape).toBe(false);
    expect(SPEECH_PDF_OPTIONS.margins?.top).toBeCloseTo(1.4567, 4);
    expect(SPEECH_PDF_OPTIONS.margins?.left).toBeCloseTo(1.1024, 4);
    expect(SPEECH_PDF_OPTIONS.margins?.right).toBeCloseTo(1.0236, 4);
    expect(SPEECH_PDF_OPTIONS.margins?.bottom).toBeCloseTo(1.378, 3);
  });
});
