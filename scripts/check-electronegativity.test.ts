import { describe, expect, it } from 'vitest';
import { compareWithAllowlist, findingsOf, parseAllowlist, summaryLine, WHOLE_APP } from './check-electronegativity';

const sarif = (results: unknown[]) => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Electronegativity' } }, results }] });
const result = (ruleId: string, uri: string, startLine: number) => ({
  ruleId,
  level: 'note',
  message: { text: `about ${ruleId}` },
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine, startColumn: 1 } } }],
});

describe('findingsOf', () => {
  it('reads check, file and line of each result', () => {
    expect(findingsOf(sarif([result('PRELOAD_JS_CHECK', 'window.ts', 27)]))).toEqual([
      { check: 'PRELOAD_JS_CHECK', file: 'window.ts', line: 27, message: 'about PRELOAD_JS_CHECK' },
    ]);
  });

  it('names application-wide findings N/A', () => {
    expect(findingsOf(sarif([result('CSP_GLOBAL_CHECK', 'file:///', 1)]))[0]?.file).toBe(WHOLE_APP);
  });

  it('reads an empty report as no findings and refuses a malformed one', () => {
    expect(findingsOf(sarif([]))).toEqual([]);
    expect(() => findingsOf({ runs: [] })).toThrow();
    expect(() => findingsOf({ runs: [{ results: [{ ruleId: 'X' }] }] })).toThrow();
  });
});

describe('parseAllowlist', () => {
  it('needs a check id, a file and a real sentence of justification', () => {
    const entry = { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'window.ts', justification: 'Only validated http(s) links reach shell.openExternal.' };
    expect(parseAllowlist([entry])).toEqual([entry]);
    expect(() => parseAllowlist([{ ...entry, justification: 'ok' }])).toThrow();
    expect(() => parseAllowlist([{ check: entry.check, file: entry.file }])).toThrow();
    expect(() => parseAllowlist([{ ...entry, line: 3 }])).toThrow();
  });
});

describe('compareWithAllowlist', () => {
  const findings = findingsOf(sarif([result('PRELOAD_JS_CHECK', 'window.ts', 27), result('OPEN_EXTERNAL_JS_CHECK', 'ipc.ts', 3)]));
  const entry = (check: string, file: string) => ({ check, file, justification: 'A sentence long enough to count.' });

  it('separates justified from unjustified findings by check and file', () => {
    const { unjustified, unused } = compareWithAllowlist(findings, [entry('PRELOAD_JS_CHECK', 'window.ts'), entry('OPEN_EXTERNAL_JS_CHECK', 'window.ts')]);
    expect(unjustified.map((finding) => `${finding.check} ${finding.file}`)).toEqual(['OPEN_EXTERNAL_JS_CHECK ipc.ts']);
    expect(unused).toEqual([entry('OPEN_EXTERNAL_JS_CHECK', 'window.ts')]);
  });

  it('passes when everything is justified', () => {
    expect(compareWithAllowlist(findings, [entry('PRELOAD_JS_CHECK', 'window.ts'), entry('OPEN_EXTERNAL_JS_CHECK', 'ipc.ts')]).unjustified).toEqual([]);
  });
});

describe('summaryLine', () => {
  it('reports the check as one passed or one failed test', () => {
    expect(summaryLine(false)).toBe('electronegativity: 1 passed, 0 failed');
    expect(summaryLine(true)).toBe('electronegativity: 0 passed, 1 failed');
  });
});
