import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH, checkInput, speechDoc } from './fixture';
import { runChecks } from './run-checks';

describe('the clean fixture', () => {
  it('gives no check anything to report', () => {
    expect(runChecks(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
