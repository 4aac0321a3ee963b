import { describe, expect, it } from 'vitest';
import { CLEAN_SPEECH, checkInput, speechDoc } from './fixture';
import { placeholderCheck } from './placeholders';

describe('placeholderCheck', () => {
  it('reports unfilled slots and unset variables at their chips', () => {
    const doc = speechDoc(['全区完成投资{?投资额}，由{speaker}同志负责。']);
    const findings = placeholderCheck(checkInput(doc));
    expect(findings.map(({ kind, text, params }) => ({ kind, text, params }))).toEqual([
      { kind: 'unfilled-slot', text: '投资额', params: { key: '投资额' } },
      { kind: 'unresolved-placeholder', text: 'speaker', params: { key: 'speaker', placeholder: 'variable' } },
    ]);
    expect(findings.map((finding) => doc.nodeAt(finding.from)?.type.name)).toEqual(['placeholder', 'placeholder']);
    expect(findings[1]?.message).toBe("variable 'speaker' is not set");
  });

  it('reports nothing in the clean fixture', () => {
    expect(placeholderCheck(checkInput(speechDoc(CLEAN_SPEECH)))).toEqual([]);
  });
});
